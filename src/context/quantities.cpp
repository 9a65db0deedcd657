#include "context/quantities.hpp"

#include <algorithm>

#include "context/data_table.hpp"
#include "context/token_text.hpp"

namespace sitrep {

namespace {

constexpr uint32_t kWindowAfter = 6;   // "12 people were reportedly killed"
constexpr uint32_t kWindowBefore = 4;  // "death toll rose to 30", "killing at least 12"

bool is_break(const Token& t) {
    return t.kind == TokenKind::punctuation || t.norm == "and" || t.norm == "or" || t.norm == "but";
}

constexpr uint32_t kPlaceWindow = 12;  // tokens between a count and its place

// Where the counted are: the nearest place of the same clause, after the
// number first ("2,500 U.S. troops are deployed in Iraq"), else before it
// ("In Mosul, 12 people were killed").
// Entries of a layer grouped by sentence (a counting sort, linear): what one
// sentence holds is read without a scan of the whole document per quantity.
struct BySentence {
    std::vector<uint32_t> start;  // per sentence + 1: where its entries begin in `index`
    std::vector<uint32_t> index;  // entry indices, sentence by sentence, in layer order

    template <typename T>
    BySentence(const std::vector<T>& layer, size_t sentences) : start(sentences + 2, 0), index(layer.size()) {
        for (const T& x : layer) ++start[std::min<size_t>(x.sentence, sentences) + 1];
        for (size_t k = 1; k < start.size(); ++k) start[k] += start[k - 1];
        std::vector<uint32_t> next(start.begin(), start.end() - 1);
        for (size_t i = 0; i < layer.size(); ++i)
            index[next[std::min<size_t>(layer[i].sentence, sentences)]++] = static_cast<uint32_t>(i);
    }
    template <typename F>
    void each(uint32_t sentence, F&& f) const {
        if (sentence + 1 >= start.size()) return;
        for (uint32_t k = start[sentence]; k < start[sentence + 1]; ++k)
            if (!f(index[k])) return;
    }
};

std::string place_of(const Document& doc, const Quantity& q, const BySentence& places) {
    const int32_t clause = innermost_clause(doc, q.tokens.first);
    const PlaceMention* best = nullptr;
    uint32_t best_rank = 0;
    places.each(q.sentence, [&](uint32_t i) {
        const PlaceMention& p = doc.places[i];
        if (p.sentence != q.sentence || p.country.empty()) return true;
        if (innermost_clause(doc, p.tokens.first) != clause) return true;
        const bool after = p.tokens.first >= q.tokens.last;
        const bool before = p.tokens.last <= q.tokens.first;
        if (!after && !before) return true;  // inside the phrase: an actor's name, not where
        const uint32_t distance = after ? p.tokens.first - q.tokens.last : q.tokens.first - p.tokens.last;
        if (distance > kPlaceWindow) return true;
        const uint32_t rank = distance + (after ? 0 : kPlaceWindow + 1);
        if (!best || rank < best_rank) {
            best = &p;
            best_rank = rank;
        }
        return true;
    });
    return best ? best->country : std::string();
}

}  // namespace

bool parse_quantity_kind(std::string_view s, QuantityKind& out) {
    // A data file names what is counted; "other" is what the detector uses for the rest.
    const auto kind = quantity_kind_from(s);
    if (!kind || *kind == QuantityKind::other) return false;
    out = *kind;
    return true;
}

void QuantityLexicon::add_file(std::string_view content, std::string_view path, Diagnostics& diagnostics) {
    for (const TableRow& row : read_table(content, path, 3, 3, diagnostics)) {
        const std::string& role = row.fields[1];
        if (role == "approx") {
            for (const std::string& phrase : split_list(row.fields[2], ';')) approx_.push_back(split_list(phrase, ' '));
            continue;
        }
        Word w;
        if (!parse_quantity_kind(row.fields[0], w.kind) || (role != "event" && role != "noun")) {
            report(diagnostics, path, row.line,
                   "expected: killed/injured/arrested/displaced/troops | event/noun | words, or - | approx | phrases");
            continue;
        }
        w.event = role == "event";
        w.rule = cite(path, row.line);
        for (const std::string& word : split_list(row.fields[2], ';')) words_[word] = w;
    }
    std::stable_sort(approx_.begin(), approx_.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
}

const QuantityLexicon::Word* QuantityLexicon::find(std::string_view word) const {
    auto it = words_.find(std::string(word));
    return it == words_.end() ? nullptr : &it->second;
}

void QuantityDetector::run(Document& doc) const {
    doc.quantities.clear();  // replaces the layer
    std::vector<bool> is_date(doc.tokens.size(), false);
    for (const DateMention& d : doc.dates)
        for (uint32_t t = d.tokens.first; t < d.tokens.last && t < is_date.size(); ++t) is_date[t] = true;

    const BySentence actors(doc.actors, doc.sentences.size());
    const BySentence places(doc.places, doc.sentences.size());
    for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
        const TokenRange range = sentence_tokens(doc, s);
        for (uint32_t i = range.first; i < range.last; ++i) {
            if (is_date[i]) continue;
            auto number = numbers_->read(doc, i, range.last);
            if (!number) continue;
            const uint32_t end = number->end;

            // What is counted: an event word after the number, then one just
            // before it, then a counted noun after it.
            const QuantityLexicon::Word* kind = nullptr;
            const QuantityLexicon::Word* noun = nullptr;
            uint32_t kind_end = end;
            for (uint32_t j = end; j < range.last && j < end + kWindowAfter; ++j) {
                const Token& t = doc.tokens[j];
                if (is_break(t) || numbers_->read(doc, j, j + 1)) break;
                const auto* w = lexicon_->find(bare_word(t.norm));
                if (!w) continue;
                if (w->event) {
                    kind = w;
                    kind_end = j + 1;
                    break;
                }
                if (!noun) {
                    noun = w;
                    kind_end = j + 1;
                }
            }
            // Approximators right before the number: "at least 12".
            uint32_t first = i;
            bool approximate = number->vague;
            for (const auto& phrase : lexicon_->approximators()) {
                const auto n = static_cast<uint32_t>(phrase.size());
                if (i < range.first + n) continue;
                bool same = true;
                for (uint32_t k = 0; k < n && same; ++k) same = doc.tokens[i - n + k].norm == phrase[k];
                if (same) {
                    first = i - n;
                    approximate = true;
                    break;
                }
            }
            if (!kind) {
                for (uint32_t j = first; j > range.first && j + kWindowBefore > first; --j) {
                    const Token& t = doc.tokens[j - 1];
                    if (t.kind == TokenKind::punctuation) break;
                    const auto* w = lexicon_->find(bare_word(t.norm));
                    if (w && w->event) {
                        kind = w;
                        kind_end = end;
                        break;
                    }
                }
            }
            if (!kind) kind = noun;
            if (!kind) {
                i = end - 1;
                continue;
            }
            Quantity q;
            q.tokens = TokenRange{first, std::max(end, kind_end)};
            q.span = Span{doc.tokens[q.tokens.first].span.begin, doc.tokens[q.tokens.last - 1].span.end};
            q.sentence = s;
            q.kind = kind->kind;
            q.value = number->value;
            q.value_max = number->value_max;
            q.approximate = approximate;
            // Whose number: an actor named inside the phrase ("2,500 U.S. troops").
            actors.each(s, [&](uint32_t k) {
                const ActorMention& a = doc.actors[k];
                if (a.sentence != s || !a.span.overlaps(q.span) || a.code.empty()) return true;
                q.actor_code = a.country.empty() ? a.code : a.country;
                return false;
            });
            q.place_country = place_of(doc, q, places);
            q.rule = kind->rule + (number->rule.empty() ? "" : "; " + number->rule);
            doc.quantities.push_back(std::move(q));
            i = end - 1;
        }
    }
}

}  // namespace sitrep
