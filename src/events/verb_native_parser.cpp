// Native `.verbs` reader (format in the header and docs/DICTIONARIES.md).
#include "events/verb_native_parser.hpp"

#include <cctype>

#include "events/cameo_table.hpp"
#include "events/verb_pattern_syntax.hpp"
#include "events/verb_text.hpp"

namespace sitrep {
namespace {

using verbtext::trim;

std::vector<std::string_view> split(std::string_view s, char sep) {
    std::vector<std::string_view> parts;
    size_t start = 0;
    while (true) {
        const size_t at = s.find(sep, start);
        parts.push_back(trim(s.substr(start, at - start)));
        if (at == std::string_view::npos) break;
        start = at + 1;
    }
    return parts;
}

bool is_indented(std::string_view line) {
    return !line.empty() && (line[0] == ' ' || line[0] == '\t');
}

// A code that looks like a pattern prefix: digits, "---", optional ":" pair.
bool looks_like_code(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != ':') return false;
    return true;
}

}  // namespace

VerbFileSummary read_native_verbs(const SourceFile& source, VerbDictionaryBuilder& builder, Diagnostics& diagnostics,
                                  const CameoTable* cameo) {
    const std::string file(source.path);
    const std::string_view text = source.content;
    builder.add_file(source);
    VerbFileSummary summary;
    std::optional<WordGroupSource> group;
    std::optional<VerbBlockSource> block;
    bool tagged = false;

    auto flush = [&] {
        if (group) builder.add_group(std::move(*group));
        if (block) builder.add_block(std::move(*block));
        group.reset();
        block.reset();
    };
    auto check_code = [&](uint64_t line_no, const EventCodePair& code) {
        if (!cameo) return;
        for (const std::string* c : {&code.primary, &code.reversed})
            if (!c->empty() && !cameo->contains(*c))
                diagnostics.push_back({Severity::error, file, line_no,
                                       "unknown CAMEO event code " + *c + " (not in the CAMEO table)",
                                       DiagnosticCode::unknown_code});
    };
    auto add_members = [&](uint64_t line_no, std::string_view list) {
        for (std::string_view m : split(list, '|')) {
            if (m.empty()) {
                diagnostics.push_back(
                    {Severity::error, file, line_no, "empty word group member", DiagnosticCode::bad_line});
                continue;
            }
            WordGroupMemberSource member;
            member.origin = source.at(line_no);
            if (m.front() == '&')
                member.group = std::string(m.substr(1));
            else
                member.words = verbtext::normalize_words(m);
            group->members.push_back(std::move(member));
            ++summary.group_members;
        }
    };

    verbtext::for_each_line(text, [&](uint64_t line_no, std::string_view raw) {
        auto fail = [&](std::string message, DiagnosticCode code = DiagnosticCode::bad_line) {
            diagnostics.push_back({Severity::error, file, line_no, std::move(message), code});
        };
        if (line_no == 1) {
            if (raw.starts_with("#!")) {
                const std::string_view tag = trim(raw.substr(2));
                if (tag != "sitrep verbs 1")
                    fail("unsupported format tag '" + std::string(tag) + "' (expected 'sitrep verbs 1')");
                tagged = true;
                return;
            }
        }
        const std::string_view without_comment = raw.substr(0, raw.find('#'));
        const std::string_view line = trim(without_comment);
        if (line.empty()) return;
        const SourceRef origin = source.at(line_no);

        if (is_indented(without_comment) && line.front() != '|') {
            // A pattern line "CODE: ELEMENTS".
            if (!block) return fail("pattern line outside a verb or noun entry");
            const size_t colon_space = line.find(": ");
            const size_t colon = colon_space != std::string_view::npos ? colon_space : line.rfind(':');
            if (colon == std::string_view::npos || !looks_like_code(line.substr(0, colon)))
                return fail("expected 'CODE: pattern', found '" + std::string(line) + "'");
            auto code = parse_event_code_pair(line.substr(0, colon));
            if (!code)
                return fail("bad event code '" + std::string(line.substr(0, colon)) + "'",
                            DiagnosticCode::bad_event_code);
            std::string why, warning;
            auto elements = parse_pattern_elements(line.substr(colon + 1), PatternSyntax::native, why, warning);
            if (!elements) return fail("bad pattern: " + why, DiagnosticCode::bad_pattern);
            if (!warning.empty())
                diagnostics.push_back(
                    {Severity::warning, file, line_no, "pattern: " + warning, DiagnosticCode::bad_pattern});
            check_code(line_no, *code);
            block->patterns.push_back(VerbPatternSource{std::move(*elements), *code, origin});
            ++summary.patterns;
            return;
        }
        if (line.front() == '|') {
            if (!group) return fail("'|' continuation line without a word group before it");
            add_members(line_no, line.substr(1));
            return;
        }
        if (line.front() == '&') {
            flush();
            const size_t eq = line.find('=');
            if (eq == std::string_view::npos) return fail("expected '&NAME = member | member ...'");
            const std::string_view name = trim(line.substr(1, eq - 1));
            if (name.empty() || name.find_first_of(" \t") != std::string_view::npos)
                return fail("bad word group name '" + std::string(name) + "'");
            group = WordGroupSource{std::string(name), {}, origin};
            ++summary.groups;
            add_members(line_no, line.substr(eq + 1));
            return;
        }
        const bool is_verb = line.starts_with("verb ");
        const bool is_noun = line.starts_with("noun ");
        if (!is_verb && !is_noun)
            return fail("expected 'verb ...', 'noun ...', '&GROUP = ...' or an indented pattern, found '" +
                        std::string(line) + "'");
        flush();
        const size_t eq = line.rfind('=');
        if (eq == std::string_view::npos) return fail("missing '= CODE' (use '= ---' for no event)");
        auto code = parse_event_code_pair(line.substr(eq + 1));
        if (!code) return fail("bad event code '" + std::string(trim(line.substr(eq + 1))) + "'");
        std::string_view head = trim(line.substr(5, eq - 5));
        std::string_view forms_text;
        if (const size_t open = head.find('('); open != std::string_view::npos) {
            const size_t close = head.find(')', open);
            if (close == std::string_view::npos) return fail("forms: missing ')'");
            if (!trim(head.substr(close + 1)).empty()) return fail("text after the forms list");
            forms_text = head.substr(open + 1, close - open - 1);
            head = trim(head.substr(0, open));
        }
        VerbSource verb;
        verb.words = verbtext::normalize_words(head);
        if (verb.words.empty()) return fail("missing lemma");
        if (verb.words.size() > 255) return fail("lemma too long");
        verb.kind = is_noun ? VerbEntryKind::noun : VerbEntryKind::verb;
        verb.head = 0;  // the first word inflects ("carry out" -> "carried out")
        // A phrasal verb's particle may follow its object ("called the talks off");
        // a multi-word noun is one fixed phrase ("air strike").
        verb.consecutive = is_noun;
        verb.generate_regular = true;
        verb.origin = origin;
        if (!forms_text.empty()) {
            for (std::string_view f : split(forms_text, ',')) {
                if (f.empty()) continue;
                VerbForm form;
                form.words = verbtext::normalize_words(f);
                if (form.words.empty() || form.words.size() > 255) continue;
                form.kind = is_noun ? VerbFormKind::plural : VerbFormKind::irregular;
                form.consecutive = verb.consecutive;
                verb.listed_forms.push_back(std::move(form));
            }
        }
        check_code(line_no, *code);
        block = VerbBlockSource{};
        block->name = std::string(head);
        block->default_code = *code;
        block->origin = origin;
        verb.code = *code;
        block->verbs.push_back(std::move(verb));
        ++summary.blocks;
        ++summary.verbs;
    });
    flush();
    if (!tagged && !text.empty())
        diagnostics.push_back(
            {Severity::error, file, 1, "missing '#! sitrep verbs 1' first line", DiagnosticCode::missing_header});
    return summary;
}

void check_verb_codes(const VerbDictionary& dict, const CameoTable& cameo, Diagnostics& diagnostics) {
    auto check = [&](const EventCodePair& code, SourceRef origin) {
        for (const std::string* c : {&code.primary, &code.reversed}) {
            if (c->empty() || cameo.contains(*c)) continue;
            diagnostics.push_back({Severity::error, std::string(dict.file_path(origin.file)), origin.line,
                                   "unknown CAMEO event code " + *c, DiagnosticCode::unknown_code});
        }
    };
    for (const auto& b : dict.blocks()) check(b.default_code, b.origin);
    for (const auto& e : dict.entries())
        if (!(e.code == dict.blocks()[e.block].default_code)) check(e.code, e.origin);
    for (const auto& p : dict.patterns()) check(p.code, p.origin);
}

}  // namespace sitrep
