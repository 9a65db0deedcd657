#include "core/document.hpp"

namespace sitrep {

std::string Document::rule_text(SourceRef ref) const {
    if (ref.empty()) return {};
    return sources ? sources->render(ref) : SourceTable{}.render(ref);
}

std::string Document::rule_text(const std::vector<SourceRef>& refs) const {
    std::string out;
    for (const SourceRef& r : refs) {
        if (!out.empty()) out += "; ";
        out += rule_text(r);
    }
    return out;
}

const char* to_string(DatePrecision p) {
    switch (p) {
        case DatePrecision::day:
            return "day";
        case DatePrecision::month:
            return "month";
        case DatePrecision::year:
            return "year";
        case DatePrecision::story:
            return "story";
    }
    return "story";
}

const char* to_string(Modality m) {
    switch (m) {
        case Modality::asserted:
            return "asserted";
        case Modality::future:
            return "future";
        case Modality::hypothetical:
            return "hypothetical";
        case Modality::conditional:
            return "conditional";
    }
    return "asserted";
}

const char* to_string(QuantityKind k) {
    switch (k) {
        case QuantityKind::killed:
            return "killed";
        case QuantityKind::injured:
            return "injured";
        case QuantityKind::arrested:
            return "arrested";
        case QuantityKind::troops:
            return "troops";
        case QuantityKind::displaced:
            return "displaced";
        case QuantityKind::other:
            return "other";
    }
    return "other";
}

std::optional<QuantityKind> quantity_kind_from(std::string_view name) {
    for (auto k : {QuantityKind::killed, QuantityKind::injured, QuantityKind::arrested, QuantityKind::troops,
                   QuantityKind::displaced, QuantityKind::other})
        if (name == to_string(k)) return k;
    return std::nullopt;
}

}  // namespace sitrep
