// PETRARCH-2 / PETRARCH-1 / TABARI verb dictionary reader (format notes in
// the header).
#include "events/verb_petrarch_reader.hpp"

#include "events/verb_pattern_syntax.hpp"
#include "events/verb_text.hpp"

namespace sitrep {
namespace {

using verbtext::trim;

// Splits "TEXT [code] rest" into the text before '[' and the code inside.
struct Bracketed {
    std::string_view before;
    std::string_view code;  // without brackets
    bool has_code = false;
    bool unterminated = false;
};
Bracketed split_code(std::string_view line) {
    Bracketed out;
    const size_t open = line.find('[');
    out.before = trim(line.substr(0, open));
    if (open == std::string_view::npos) return out;
    const size_t close = line.find(']', open);
    if (close == std::string_view::npos) {
        out.unterminated = true;
        return out;
    }
    out.code = trim(line.substr(open + 1, close - open - 1));
    out.has_code = true;
    return out;
}

// A verb phrase "+ASK_FOR", "KLM_NOP_+RST", "STUN": normalised words and the
// index of the head (the word marked '+', else the first).
bool read_verb_phrase(std::string_view phrase, std::vector<std::string>& words, uint8_t& head) {
    words.clear();
    head = 0;
    size_t i = 0;
    while (i < phrase.size()) {
        while (i < phrase.size() && (phrase[i] == ' ' || phrase[i] == '\t' || phrase[i] == '_')) ++i;
        size_t j = i;
        while (j < phrase.size() && phrase[j] != ' ' && phrase[j] != '\t' && phrase[j] != '_') ++j;
        if (j > i) {
            std::string_view w = phrase.substr(i, j - i);
            if (w.front() == '+') {
                w.remove_prefix(1);
                head = static_cast<uint8_t>(words.size());
            }
            if (!w.empty()) words.push_back(verbtext::normalize_word(w));
        }
        i = j;
    }
    return !words.empty() && head < words.size() && words.size() < 256;
}

}  // namespace

std::string strip_petrarch_comment(std::string_view line, bool& in_xml_comment) {
    std::string out;
    size_t i = 0;
    int bracket = 0;
    while (i < line.size()) {
        if (in_xml_comment) {
            const size_t end = line.find("-->", i);
            if (end == std::string_view::npos) return out;
            in_xml_comment = false;
            i = end + 3;
            continue;
        }
        if (line.compare(i, 4, "<!--") == 0) {
            in_xml_comment = true;
            i += 4;
            continue;
        }
        const char c = line[i];
        if (c == '[') ++bracket;
        if (c == ']' && bracket > 0) --bracket;
        if ((c == '#' || c == ';') && bracket == 0) {
            // Skip to a possible later "<!--"? PETRARCH does not allow that: the
            // rest of the line is a comment.
            return out;
        }
        out += c;
        ++i;
    }
    return out;
}

VerbFileSummary read_petrarch_verbs(const SourceFile& source, VerbDictionaryBuilder& builder,
                                    Diagnostics& diagnostics) {
    const std::string file(source.path);
    const std::string_view text = source.content;
    builder.add_file(source);
    VerbFileSummary summary;
    bool in_xml_comment = false;
    std::optional<WordGroupSource> group;
    std::optional<VerbBlockSource> block;
    bool block_has_patterns = false;
    bool group_plurals = true;

    auto flush_group = [&] {
        if (group) {
            builder.add_group(std::move(*group));
            group.reset();
        }
    };
    auto flush_block = [&] {
        if (block) {
            builder.add_block(std::move(*block));
            block.reset();
        }
    };
    auto error = [&](uint64_t line, std::string message, DiagnosticCode code = DiagnosticCode::bad_line) {
        diagnostics.push_back({Severity::error, file, line, std::move(message), code});
    };

    verbtext::for_each_line(text, [&](uint64_t line_no, std::string_view raw) {
        const std::string stripped = strip_petrarch_comment(raw, in_xml_comment);
        const std::string_view line = trim(stripped);
        const SourceRef origin = source.at(line_no);
        if (line.empty()) {
            flush_group();  // a blank line ends a synset
            return;
        }
        const char first = line.front();
        if (first == '&') {
            flush_group();
            std::string_view name = line.substr(1);
            name = name.substr(0, name.find_first_of(" \t"));
            if (name.empty()) return error(line_no, "word group without a name");
            group = WordGroupSource{std::string(name), {}, origin};
            group_plurals = name.back() != '_';
            ++summary.groups;
            return;
        }
        if (first == '+' && group) {
            std::string_view member = trim(line.substr(1));
            if (member.empty()) return error(line_no, "empty word group member");
            WordGroupMemberSource m;
            m.origin = origin;
            if (member.front() == '&') {
                m.group = std::string(member.substr(1));
            } else {
                m.generate_plural = group_plurals && member.back() != '_';
                m.words = verbtext::normalize_words(member);
                if (m.words.empty()) return error(line_no, "empty word group member");
            }
            group->members.push_back(std::move(m));
            ++summary.group_members;
            return;
        }
        flush_group();
        if (line.starts_with("---")) {
            flush_block();
            std::string_view inner = line.substr(3);
            if (inner.ends_with("---")) inner.remove_suffix(3);
            const Bracketed b = split_code(inner);
            if (b.unterminated) return error(line_no, "verb block code: missing ']'");
            block = VerbBlockSource{};
            block->name = std::string(b.before);
            block->origin = origin;
            if (b.has_code) {
                auto code = parse_event_code_pair(b.code);
                if (!code)
                    return error(line_no, "bad event code '" + std::string(b.code) + "'",
                                 DiagnosticCode::bad_event_code);
                block->default_code = *code;
            }
            block_has_patterns = false;
            ++summary.blocks;
            return;
        }
        if (first == '~') {
            ++summary.transformations;
            return;
        }
        if (first == '-' || first == '*') {
            if (!block) return error(line_no, "pattern outside a verb block");
            std::string_view body = first == '-' ? line.substr(1) : line;
            const Bracketed b = split_code(body);
            if (!b.has_code)
                return error(line_no, b.unterminated ? "pattern code: missing ']'" : "pattern without a [code]");
            auto code = parse_event_code_pair(b.code);
            if (!code)
                return error(line_no, "bad event code '" + std::string(b.code) + "'", DiagnosticCode::bad_event_code);
            std::string why, warning;
            auto elements = parse_pattern_elements(b.before, PatternSyntax::petrarch, why, warning);
            if (!elements) return error(line_no, "bad pattern: " + why, DiagnosticCode::bad_pattern);
            if (!warning.empty())
                diagnostics.push_back(
                    {Severity::warning, file, line_no, "pattern: " + warning, DiagnosticCode::bad_pattern});
            block->patterns.push_back(VerbPatternSource{std::move(*elements), *code, origin});
            block_has_patterns = true;
            ++summary.patterns;
            return;
        }
        // A verb line: PHRASE [{FORMS}] [[code]]
        std::string_view phrase = line;
        std::string_view forms_text;
        bool has_forms = false;
        if (const size_t brace = line.find('{'); brace != std::string_view::npos) {
            const size_t close = line.find('}', brace);
            if (close == std::string_view::npos) return error(line_no, "verb forms: missing '}'");
            forms_text = line.substr(brace + 1, close - brace - 1);
            has_forms = true;
            phrase = trim(line.substr(0, brace));
            if (line.find('{', close) != std::string_view::npos)
                return error(line_no, "verb line with two '{ }' lists");
        }
        const Bracketed b = split_code(line);
        if (b.unterminated) return error(line_no, "verb code: missing ']'");
        if (!has_forms) phrase = b.before;
        VerbSource verb;
        verb.origin = origin;
        if (!read_verb_phrase(phrase, verb.words, verb.head))
            return error(line_no, "cannot read verb '" + std::string(phrase) + "'");
        verb.consecutive = true;
        verb.generate_regular = !has_forms;
        if (has_forms) {
            size_t i = 0;
            while (i < forms_text.size()) {
                while (i < forms_text.size() && (forms_text[i] == ' ' || forms_text[i] == '\t')) ++i;
                size_t j = i;
                while (j < forms_text.size() && forms_text[j] != ' ' && forms_text[j] != '\t') ++j;
                if (j > i) {
                    VerbForm form;
                    form.kind = VerbFormKind::irregular;
                    std::string_view raw_form = forms_text.substr(i, j - i);
                    if (!read_verb_phrase(raw_form, form.words, form.head))
                        return error(line_no, "cannot read verb form '" + std::string(raw_form) + "'");
                    // An unmarked multi-word form inflects the same word as the base.
                    if (raw_form.find('+') == std::string_view::npos && verb.head < form.words.size())
                        form.head = verb.head;
                    verb.listed_forms.push_back(std::move(form));
                }
                i = j;
            }
        }
        if (b.has_code) {
            auto code = parse_event_code_pair(b.code);
            if (!code)
                return error(line_no, "bad event code '" + std::string(b.code) + "'", DiagnosticCode::bad_event_code);
            verb.code = *code;
        }
        // TABARI: a verb after patterns, or before any "---" header, starts its own block.
        if (!block || block_has_patterns) {
            flush_block();
            block = VerbBlockSource{};
            block->name = verbtext::to_upper(verb.words[verb.head]);
            block->origin = origin;
            block_has_patterns = false;
            ++summary.blocks;
        }
        block->verbs.push_back(std::move(verb));
        ++summary.verbs;
    });
    flush_group();
    flush_block();
    if (in_xml_comment)
        diagnostics.push_back({Severity::warning, file, 0, "unterminated '<!--' comment", DiagnosticCode::bad_line});
    return summary;
}

}  // namespace sitrep
