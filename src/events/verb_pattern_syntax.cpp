// Tokenises pattern text into elements and groups, and reads code pairs.
#include "events/verb_pattern_syntax.hpp"

#include "events/verb_text.hpp"

namespace sitrep {
namespace {

bool is_blank(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}
bool is_structural(char c) {
    return c == '(' || c == ')' || c == '{' || c == '}';
}

bool valid_code_text(std::string_view s) {
    for (char c : s)
        if (is_blank(c) || c == '[' || c == ']') return false;
    return true;
}

}  // namespace

std::optional<EventCodePair> parse_event_code_pair(std::string_view text) {
    text = verbtext::trim(text);
    if (text.empty() || !valid_code_text(text)) return std::nullopt;
    EventCodePair pair;
    const size_t colon = text.find(':');
    std::string_view first = text.substr(0, colon);
    std::string_view second = colon == std::string_view::npos ? std::string_view{} : text.substr(colon + 1);
    if (second.find(':') != std::string_view::npos) return std::nullopt;
    if (colon != std::string_view::npos && first.empty() && second.empty()) return std::nullopt;
    if (first != "---") pair.primary = std::string(first);
    if (second != "---") pair.reversed = std::string(second);
    return pair;
}

std::optional<std::vector<PatternElement>> parse_pattern_elements(std::string_view text, PatternSyntax syntax,
                                                                  std::string& error, std::string& warning) {
    // Stack of open groups; the bottom is the pattern itself.
    struct Open {
        std::vector<PatternElement> elements;
        char closer = 0;
        PatternElementKind kind = PatternElementKind::word;
        bool adjacent = false;
    };
    std::vector<Open> stack(1);
    bool joined = false;  // the next element touches the previous one ('_' or no blank)
    size_t i = 0;
    auto push = [&](PatternElement e) {
        e.adjacent = joined && !stack.back().elements.empty();
        stack.back().elements.push_back(std::move(e));
        joined = false;
    };
    while (i < text.size()) {
        const char c = text[i];
        if (is_blank(c)) {
            joined = false;
            ++i;
            continue;
        }
        if (c == '_') {
            joined = true;
            ++i;
            continue;
        }
        if (c == '(' || c == '{') {
            Open open;
            open.closer = c == '(' ? ')' : '}';
            open.kind = c == '(' ? PatternElementKind::prepositional : PatternElementKind::noun_phrase;
            open.adjacent = joined && !stack.back().elements.empty();
            stack.push_back(std::move(open));
            joined = false;
            ++i;
            continue;
        }
        if (c == ')' || c == '}') {
            if (stack.size() < 2) {
                warning = std::string("stray '") + c + "' ignored";
                ++i;
                continue;
            }
            if (stack.back().closer != c) {
                error = std::string("'") + c + "' closes '" + (c == ')' ? '{' : '(') + "'";
                return std::nullopt;
            }
            Open done = std::move(stack.back());
            stack.pop_back();
            PatternElement group;
            group.kind = done.kind;
            group.adjacent = done.adjacent;
            group.children = std::move(done.elements);
            stack.back().elements.push_back(std::move(group));
            joined = true;  // "(TO)_X" is rare; a blank resets this anyway
            ++i;
            // A closing bracket followed directly by a word is not a join.
            if (i < text.size() && text[i] != '_') joined = false;
            continue;
        }
        // One element: up to a blank, '_' or bracket.
        // Native group names may contain '_' (&STRIKE_ACTION); in PETRARCH files
        // '_' always joins ("NEW_&TIETYPES_RELATIONS").
        const bool underscore_in_token = syntax == PatternSyntax::native && c == '&';
        size_t j = i;
        while (j < text.size() && !is_blank(text[j]) && (underscore_in_token || text[j] != '_') &&
               !is_structural(text[j]))
            ++j;
        std::string_view tok = text.substr(i, j - i);
        PatternElement e;
        if (tok == "*" || tok == "**") {
            e.kind = PatternElementKind::verb;
        } else if (tok == "$" || (syntax == PatternSyntax::native && tok == "SOURCE")) {
            e.kind = PatternElementKind::source;
        } else if (tok == "+" || (syntax == PatternSyntax::native && tok == "TARGET")) {
            e.kind = PatternElementKind::target;
        } else if (tok == "%" || (syntax == PatternSyntax::native && tok == "COMPOUND")) {
            e.kind = PatternElementKind::compound;
        } else if (tok == "^" || (syntax == PatternSyntax::native && tok == "SKIP")) {
            e.kind = PatternElementKind::skip;
        } else if (tok.front() == '&') {
            if (tok.size() == 1) {
                error = "'&' without a group name";
                return std::nullopt;
            }
            e.kind = PatternElementKind::group;
            e.word = std::string(tok.substr(1));
        } else if (tok.find('*') != std::string_view::npos) {
            // "IN*" or "*OUT": the verb marker glued to a word.
            const size_t star = tok.find('*');
            if (star > 0) {
                PatternElement w;
                w.word = verbtext::normalize_word(tok.substr(0, star));
                push(std::move(w));
                joined = true;
            }
            PatternElement v;
            v.kind = PatternElementKind::verb;
            push(std::move(v));
            size_t rest = star + 1;
            while (rest < tok.size() && tok[rest] == '*') ++rest;
            if (rest < tok.size()) {
                joined = true;
                PatternElement w;
                w.word = verbtext::normalize_word(tok.substr(rest));
                push(std::move(w));
            }
            i = j;
            joined = j < text.size() && text[j] == '_';
            continue;
        } else {
            // One written word may be several tokens to the tokenizer ("N'T",
            // "AL-QAIDA'S"): they become adjacent literal elements.
            const auto norms = verbtext::normalize_words(tok);
            for (size_t k = 0; k < norms.size(); ++k) {
                PatternElement w;
                w.word = norms[k];
                if (k > 0) joined = true;
                push(std::move(w));
            }
            i = j;
            continue;
        }
        push(std::move(e));
        i = j;
    }
    if (stack.size() != 1) {
        error = std::string("missing '") + stack.back().closer + "'";
        return std::nullopt;
    }
    return std::move(stack.front().elements);
}

}  // namespace sitrep
