// Reader for TABARI / PETRARCH agent dictionaries:
//   !PERSON! = MAN, MEN, WOMAN          # substitution set, used as CATTLE!PERSON!
//   FOREIGN_MINISTER [~GOVFRM]          # "~" first: the role follows the country
//   HUMAN_RIGHTS_BODY [NGO~]            # "~" last: the role precedes the country
//   ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]   # explicit plurals
//   MEDIA {} [~MED]                     # "{}": no plural forms
// Without braces the regular plural of the last word is added, as PETRARCH does.
#include <map>

#include "actors/actor_dictionary.hpp"
#include "actors/dictionary_text.hpp"
#include "actors/petrarch_common.hpp"

namespace sitrep {

namespace {
std::string underscores_to_spaces(std::string_view raw) {
    std::string out;
    for (char c : raw) out += c == '_' ? ' ' : c;
    return std::string(trim(out));
}

// Expands every "!NAME!" in `text`; false when a set is unknown (named in `missing`).
// Members are inserted literally: a member that names a set is not expanded
// again, so a self-referring set cannot grow without end (found by fuzzing).
// Several sets in one phrase multiply, so the forms are capped.
constexpr size_t kMaxExpandedForms = 4096;

bool expand_sets(std::string_view rest, const std::string& prefix,
                 const std::map<std::string, std::vector<std::string>>& sets, std::vector<std::string>& out,
                 std::string& missing) {
    const size_t open = rest.find('!');
    const size_t close = open == std::string_view::npos ? std::string_view::npos : rest.find('!', open + 1);
    if (close == std::string_view::npos) {
        if (out.size() < kMaxExpandedForms) out.push_back(prefix + std::string(rest));
        return true;
    }
    const std::string name(rest.substr(open, close - open + 1));
    auto it = sets.find(name);
    if (it == sets.end()) {
        missing = name;
        return false;
    }
    const std::string head = prefix + std::string(rest.substr(0, open));
    for (const auto& member : it->second) {
        if (out.size() >= kMaxExpandedForms) return true;
        if (!expand_sets(rest.substr(close + 1), head + member, sets, out, missing)) return false;
    }
    return true;
}

bool expand_sets(const std::string& text, const std::map<std::string, std::vector<std::string>>& sets,
                 std::vector<std::string>& out, std::string& missing) {
    return expand_sets(text, std::string(), sets, out, missing);
}

std::vector<std::string> split_list(std::string_view s) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : s) {
        if (c == ',' || c == ' ' || c == '\t') {
            if (!cur.empty()) out.push_back(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    if (!cur.empty()) out.push_back(cur);
    return out;
}
}  // namespace

bool ActorDictionaryBuilder::load_petrarch_agents(const SourceFile& source, Diagnostics& diagnostics) {
    const std::string file(source.path);
    PetrarchCommentFilter comments;
    std::map<std::string, std::vector<std::string>> sets;
    uint32_t last_entry = TokenTrie::kNone;
    auto warn = [&](uint64_t line, std::string message, DiagnosticCode code = DiagnosticCode::bad_line) {
        diagnostics.push_back({Severity::warning, file, line, std::move(message), code});
    };

    for_each_line(source.content, [&](uint64_t number, std::string_view raw) {
        const std::string stripped = comments.strip(raw);
        std::string_view line = trim(stripped);
        if (line.empty()) return;
        const SourceRef origin = source.at(number);
        if (line.front() == '!' && line.find('=') != std::string_view::npos) {
            const size_t eq = line.find('=');
            const std::string name(trim(line.substr(0, eq)));
            if (name.size() < 3 || name.back() != '!') {
                warn(number, "substitution set name '" + name + "' must look like !NAME!");
                return;
            }
            // Members are comma-separated and may hold spaces ("PRIME MINISTER").
            std::vector<std::string> members;
            std::string_view rest = line.substr(eq + 1);
            while (!rest.empty()) {
                const size_t comma = rest.find(',');
                const std::string_view member = trim(rest.substr(0, comma));
                if (!member.empty()) members.emplace_back(member);
                if (comma == std::string_view::npos) break;
                rest.remove_prefix(comma + 1);
            }
            if (members.empty()) {
                warn(number, "substitution set " + name + " has no members: ignored", DiagnosticCode::empty_group);
                return;
            }
            sets[name] = std::move(members);
            return;
        }
        const bool synonym = line.front() == '+';
        if (synonym) line.remove_prefix(1);
        // Split "PHRASE {PLURALS} [CODE]".
        const size_t brace = line.find('{');
        const size_t bracket = line.find('[');
        const size_t phrase_end = std::min(brace, bracket);
        const std::string phrase_raw(trim(line.substr(0, phrase_end)));
        std::vector<std::string> plurals;
        bool explicit_plurals = false;
        if (brace != std::string_view::npos && (bracket == std::string_view::npos || brace < bracket)) {
            const size_t close = line.find('}', brace);
            if (close == std::string_view::npos) {
                warn(number, "'{' without '}'");
            } else {
                explicit_plurals = true;
                plurals = split_list(line.substr(brace + 1, close - brace - 1));
            }
        }
        uint32_t entry_id = TokenTrie::kNone;
        if (synonym) {
            if (last_entry == TokenTrie::kNone) {
                warn(number, "synonym before any agent: ignored");
                return;
            }
            entry_id = last_entry;
        } else {
            const BracketSplit parts =
                split_brackets(bracket == std::string_view::npos ? std::string_view{} : line.substr(bracket));
            if (parts.codes.empty()) {
                warn(number, "agent '" + phrase_raw + "' has no [~CODE]: ignored", DiagnosticCode::missing_code);
                return;
            }
            if (parts.codes.size() > 1) warn(number, "several codes: only the first is used");
            std::string code(parts.codes.front());
            std::string compact;
            for (char c : code)
                if (c != ' ' && c != '\t') compact += c;
            ActorEntry entry;
            entry.kind = EntryKind::agent;
            entry.origin = origin;
            if (!compact.empty() && compact.front() == '~') {
                compact.erase(0, 1);
            } else if (!compact.empty() && compact.back() == '~') {
                compact.pop_back();
                entry.placement = AgentPlacement::prefix;
            } else {
                warn(number, "agent code '" + compact + "' has no '~': read as following the country");
            }
            for (char& c : compact)
                if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
            if (!is_valid_actor_code(compact)) {
                warn(number, "agent code '" + compact + "' is not made of three-letter groups: ignored",
                     DiagnosticCode::bad_actor_code);
                return;
            }
            entry.codes.push_back(DatedCode{compact, std::nullopt, std::nullopt, origin});
            entry.name = underscores_to_spaces(phrase_raw);
            entry_id = add_entry(std::move(entry));
        }
        last_entry = entry_id;
        if (phrase_raw.empty()) {
            warn(number, "agent line without a phrase: ignored");
            return;
        }
        std::vector<std::string> forms;
        std::string missing;
        if (!expand_sets(phrase_raw, sets, forms, missing)) {
            warn(number, "unknown substitution set " + missing + ": line ignored", DiagnosticCode::unknown_group);
            return;
        }
        if (forms.empty()) {
            warn(number, "agent phrase expands to nothing: ignored");
            return;
        }
        if (forms.size() >= kMaxExpandedForms)
            warn(number,
                 "substitution sets expand to over " + std::to_string(kMaxExpandedForms) +
                     " phrases: the rest are ignored",
                 DiagnosticCode::too_many_phrases);
        const bool used_sets = forms.size() > 1 || forms.front() != phrase_raw;
        for (const auto& form : forms) {
            const std::string base = underscores_to_spaces(form);
            add_phrase(entry_id, base, origin);
            if (!explicit_plurals && !used_sets) add_phrase(entry_id, petrarch_agent_plural(base), origin);
        }
        for (const auto& plural : plurals) add_phrase(entry_id, underscores_to_spaces(plural), origin);
    });
    return true;
}

}  // namespace sitrep
