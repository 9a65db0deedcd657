// Reader for TABARI / PETRARCH-1 / PETRARCH-2 actor dictionaries:
//   PHRASE_WITH_UNDERSCORES [CODE] [CODE >YYMMDD]   # a new entry, codes optional
//   +SYNONYM                                        # another name of that entry
//   <tab>[CODE YYMMDD-YYMMDD]                        # codes on their own lines
// Unlike PETRARCH-2 it keeps open ranges ("[IRQGOV 221027-]"), lets dated codes
// win over a default code written before them, and reads the file's last entry.
#include "actors/actor_dictionary.hpp"
#include "actors/dictionary_text.hpp"
#include "actors/petrarch_common.hpp"

namespace sitrep {

namespace {
// "UNITED_STATES_" -> "UNITED STATES". A trailing "_" marked a whole word in
// TABARI (else a stem); sitrep always matches whole words.
std::string phrase_text(std::string_view raw) {
    std::string out;
    for (char c : raw) out += c == '_' ? ' ' : c;
    return std::string(trim(out));
}
}  // namespace

bool ActorDictionaryBuilder::load_petrarch_actors(const SourceFile& source, Diagnostics& diagnostics) {
    const std::string file(source.path);
    const size_t errors_before = diagnostics.size();
    PetrarchCommentFilter comments;

    struct Pending {
        ActorEntry entry;
        std::vector<std::pair<std::string, SourceRef>> phrases;  // text, origin
        uint64_t line = 0;
    };
    std::optional<Pending> pending;

    auto flush = [&]() {
        if (!pending) return;
        if (pending->entry.codes.empty()) {
            diagnostics.push_back({Severity::warning, file, pending->line,
                                   "entry '" + pending->entry.name + "' has no code: ignored",
                                   DiagnosticCode::missing_code});
        } else {
            const uint32_t id = add_entry(std::move(pending->entry));
            for (auto& [text, origin] : pending->phrases) add_phrase(id, text, origin);
        }
        pending.reset();
    };
    auto add_codes = [&](const std::vector<std::string_view>& codes, uint64_t line) {
        const SourceRef origin = source.at(line);
        for (auto inner : codes)
            if (auto code = parse_petrarch_code(inner, origin, file, line, diagnostics))
                pending->entry.codes.push_back(std::move(*code));
    };

    for_each_line(source.content, [&](uint64_t number, std::string_view raw) {
        const std::string stripped = comments.strip(raw);
        const std::string_view line = trim(stripped);
        if (line.empty()) return;
        const BracketSplit parts = split_brackets(line);
        if (parts.unclosed)
            diagnostics.push_back(
                {Severity::warning, file, number, "'[' without ']': read to end of line", DiagnosticCode::bad_line});
        if (line.front() == '[') {
            if (!pending) {
                diagnostics.push_back(
                    {Severity::warning, file, number, "code line before any actor: ignored", DiagnosticCode::bad_line});
                return;
            }
            add_codes(parts.codes, number);
            return;
        }
        if (line.front() == '+') {
            if (!pending) {
                diagnostics.push_back(
                    {Severity::warning, file, number, "synonym before any actor: ignored", DiagnosticCode::bad_line});
                return;
            }
            const std::string text = phrase_text(parts.phrase.substr(1));
            if (text.empty())
                diagnostics.push_back(
                    {Severity::warning, file, number, "empty synonym ignored", DiagnosticCode::bad_line});
            else
                pending->phrases.emplace_back(text, source.at(number));
            add_codes(parts.codes, number);
            return;
        }
        flush();
        pending.emplace();
        pending->line = number;
        pending->entry.kind = EntryKind::actor;
        pending->entry.name = phrase_text(parts.phrase);
        pending->entry.origin = source.at(number);
        if (!pending->entry.name.empty()) pending->phrases.emplace_back(pending->entry.name, pending->entry.origin);
        add_codes(parts.codes, number);
    });
    flush();  // the last entry of the file counts too
    for (size_t i = errors_before; i < diagnostics.size(); ++i)
        if (diagnostics[i].severity == Severity::error) return false;
    return true;
}

}  // namespace sitrep
