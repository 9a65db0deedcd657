// Parses the syntax lexicon files: `tag: word word ...` lines under a format tag.
#include "syntax/lexicon.hpp"

#include "core/text_lines.hpp"

#include <array>
#include <utility>

namespace sitrep {
namespace {

constexpr std::array<std::pair<std::string_view, PartOfSpeech>, 16> kPosNames{{
    {"noun", PartOfSpeech::noun},
    {"proper_noun", PartOfSpeech::proper_noun},
    {"pronoun", PartOfSpeech::pronoun},
    {"verb", PartOfSpeech::verb},
    {"auxiliary", PartOfSpeech::auxiliary},
    {"modal", PartOfSpeech::modal},
    {"adjective", PartOfSpeech::adjective},
    {"adverb", PartOfSpeech::adverb},
    {"determiner", PartOfSpeech::determiner},
    {"preposition", PartOfSpeech::preposition},
    {"conjunction", PartOfSpeech::conjunction},
    {"subordinator", PartOfSpeech::subordinator},
    {"particle", PartOfSpeech::particle},
    {"number", PartOfSpeech::number},
    {"punctuation", PartOfSpeech::punctuation},
    {"other", PartOfSpeech::other},
}};

constexpr std::pair<std::string_view, uint64_t> kClassNames[] = {
    {"negation", wc_negation},
    {"future", wc_future},
    {"intent", wc_intent},
    {"hypothetical", wc_hypothetical},
    {"conditional", wc_conditional},
    {"passive", wc_passive},
    {"perfect", wc_perfect},
    {"approximator", wc_approximator},
    {"agent_by", wc_agent_by},
    {"destination", wc_destination},
    {"clash_noun", wc_clash_noun},
    {"denial", wc_denial},
    {"concurrent", wc_concurrent},
    {"nominal_recipient", wc_nominal_recipient},
    {"definite", wc_definite},
    {"of_transparent", wc_of_transparent},
    {"nominal_target", wc_nominal_target},
    {"issue_noun", wc_issue_noun},
    {"thing_noun", wc_thing_noun},
    {"time_noun", wc_time_noun},
    {"time_modifier", wc_time_modifier},
    {"document", wc_document},
    {"support_verb", wc_support_verb},
    {"demand_noun", wc_demand_noun},
    {"own_state_code", wc_own_state_code},
    {"armed_sector", wc_armed_sector},
    {"irregular_force", wc_irregular_force},
    {"country_noun", wc_country_noun},
    {"compass", wc_compass},
    {"group_noun", wc_group_noun},
    {"threat_intent", wc_threat_intent},
    {"reported_future", wc_reported_future},
    {"blame", wc_blame},
    {"report", wc_report},
    {"relative", wc_relative},
    {"complementizer", wc_complementizer},
    {"subordinate", wc_subordinate},
    {"coordinator", wc_coordinator},
    {"person", wc_person},
    {"plural", wc_plural},
    {"expletive", wc_expletive},
    {"quantity", wc_quantity},
};

}  // namespace

PartOfSpeech part_of_speech_from_name(std::string_view name) {
    for (const auto& [n, p] : kPosNames)
        if (n == name) return p;
    return PartOfSpeech::unknown;
}

const char* to_string(PartOfSpeech pos) {
    for (const auto& [n, p] : kPosNames)
        if (p == pos) return n.data();
    return "unknown";
}

void Lexicon::load(const SourceFile& file, Diagnostics& diagnostics) {
    const std::string_view path = file.path, content = file.content;
    auto report = [&](uint64_t line, std::string message) {
        diagnostics.push_back({Severity::error, std::string(path), line, std::move(message), DiagnosticCode::bad_line});
    };
    if (content.empty()) {
        report(1, "empty file: missing format tag '#! sitrep lexicon 1'");
        return;
    }
    bool classes_file = false;
    for_each_line(content, [&](uint64_t line_no, std::string_view line) {
        if (line_no == 1) {
            if (line.starts_with("#! sitrep word-classes"))
                classes_file = true;
            else if (!line.starts_with("#! sitrep lexicon"))
                report(1, "missing format tag '#! sitrep lexicon 1'");
            return;
        }
        if (auto hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
        line = trim(line);
        if (line.empty()) return;
        auto colon = line.find(':');
        if (colon == std::string_view::npos) {
            report(line_no, "expected 'tag: words'");
            return;
        }
        std::string_view tag = trim(line.substr(0, colon));
        PartOfSpeech tag_pos = PartOfSpeech::unknown;
        uint64_t tag_class = wc_none;
        if (classes_file) {
            for (const auto& [n, c] : kClassNames)
                if (n == tag) tag_class = c;
        } else {
            tag_pos = part_of_speech_from_name(tag);
        }
        if (tag_pos == PartOfSpeech::unknown && tag_class == wc_none) {
            report(line_no, "unknown tag '" + std::string(tag) + "'");
            return;
        }
        std::string_view words = line.substr(colon + 1);
        size_t w = 0;
        while (w < words.size()) {
            while (w < words.size() && (words[w] == ' ' || words[w] == '\t')) ++w;
            size_t start = w;
            while (w < words.size() && words[w] != ' ' && words[w] != '\t') ++w;
            if (w == start) break;
            auto& entry = entries_[std::string(words.substr(start, w - start))];
            if (tag_pos != PartOfSpeech::unknown) entry.pos = tag_pos;
            entry.classes |= tag_class;
        }
    });
}

void Lexicon::add_verb_form(std::string_view word) {
    entries_[std::string(word)].classes |= wc_verb_form;
}

}  // namespace sitrep
