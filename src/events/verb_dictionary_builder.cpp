// Compiles verb blocks and word groups into the immutable VerbDictionary.
#include "events/verb_dictionary_builder.hpp"

#include <algorithm>
#include <cctype>
#include <functional>
#include <set>

#include "events/cameo_internal_codes.hpp"

namespace sitrep {
namespace {

bool is_vowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}
bool is_consonant(char c) {
    return std::isalpha(static_cast<unsigned char>(c)) && !is_vowel(c);
}

int vowel_groups(std::string_view w) {
    int groups = 0;
    bool in_vowel = false;
    for (size_t i = 0; i < w.size(); ++i) {
        const bool v = is_vowel(w[i]) || (w[i] == 'y' && i > 0 && !in_vowel);
        if (v && !in_vowel) ++groups;
        in_vowel = v;
    }
    return groups;
}

// Consonant-vowel-consonant ending whose final consonant may double
// ("stop", "plan", "commit"); w, x and y never double.
bool ends_cvc(std::string_view w) {
    if (w.size() < 3) return false;
    const char a = w[w.size() - 3], b = w[w.size() - 2], c = w.back();
    return is_consonant(a) && is_vowel(b) && is_consonant(c) && c != 'w' && c != 'x' && c != 'y';
}

// Canonical key of a group name: upper case, no '&', no trailing '_'
// (PETRARCH marks "no plurals" with the '_' but refers to the group either way).
std::string group_key(std::string_view name) {
    std::string key(name);
    if (!key.empty() && key.front() == '&') key.erase(0, 1);
    while (!key.empty() && key.back() == '_') key.pop_back();
    for (char& c : key) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return key;
}

// Origins are "file:line"; diagnostics want the two apart.
std::string_view path_of(const std::vector<std::pair<uint32_t, std::string>>& files, uint32_t file) {
    for (const auto& [id, path] : files)
        if (id == file) return path;
    return {};
}

}  // namespace

RegularVerbForms regular_verb_forms(std::string_view base) {
    RegularVerbForms f;
    const std::string w(base);
    if (w.empty()) return f;
    const char last = w.back();
    const bool cons_y = w.size() >= 2 && last == 'y' && is_consonant(w[w.size() - 2]);
    // Third person singular.
    if (cons_y)
        f.third_person.push_back(w.substr(0, w.size() - 1) + "ies");
    else if (w.ends_with("s") || w.ends_with("x") || w.ends_with("z") || w.ends_with("ch") || w.ends_with("sh") ||
             (last == 'o' && w.size() >= 2 && is_consonant(w[w.size() - 2])))
        f.third_person.push_back(w + "es");
    else
        f.third_person.push_back(w + "s");
    // Past and gerund. A single-syllable CVC word doubles ("stopped"); a longer
    // one may or may not depending on stress ("committed", "visited"), so both.
    const bool cvc = ends_cvc(w);
    const bool one_syllable = vowel_groups(w) <= 1;
    if (cons_y) {
        f.past.push_back(w.substr(0, w.size() - 1) + "ied");
        f.gerund.push_back(w + "ing");
    } else if (last == 'e') {
        f.past.push_back(w + "d");
        if (w.ends_with("ie"))
            f.gerund.push_back(w.substr(0, w.size() - 2) + "ying");
        else if (w.ends_with("ee") || w.ends_with("ye") || w.ends_with("oe"))
            f.gerund.push_back(w + "ing");
        else
            f.gerund.push_back(w.substr(0, w.size() - 1) + "ing");
    } else if (cvc && one_syllable) {
        f.past.push_back(w + last + "ed");
        f.gerund.push_back(w + last + "ing");
    } else {
        f.past.push_back(w + "ed");
        f.gerund.push_back(w + "ing");
        if (cvc) {
            f.past.push_back(w + last + "ed");
            f.gerund.push_back(w + last + "ing");
        }
    }
    return f;
}

std::string regular_plural(std::string_view noun) {
    const std::string w(noun);
    if (w.empty()) return w;
    if (w.size() >= 2 && w.back() == 'y' && is_consonant(w[w.size() - 2])) return w.substr(0, w.size() - 1) + "ies";
    if (w.ends_with("s") || w.ends_with("x") || w.ends_with("z") || w.ends_with("ch") || w.ends_with("sh"))
        return w + "es";
    return w + "s";
}

void VerbDictionaryBuilder::add_group(WordGroupSource group) {
    groups_.push_back(std::move(group));
}
void VerbDictionaryBuilder::add_block(VerbBlockSource block) {
    blocks_.push_back(std::move(block));
}

void VerbDictionaryBuilder::add_file(const SourceFile& file) {
    for (auto& [id, path] : files_)
        if (id == file.file) {
            path = file.path;
            return;
        }
    files_.emplace_back(file.file, std::string(file.path));
}

VerbDictionary VerbDictionaryBuilder::build(Diagnostics& diagnostics, const InternalCodeOntology* ontology) const {
    auto diagnostic_at = [this](Severity severity, SourceRef origin, std::string message, DiagnosticCode code) {
        return Diagnostic{severity, std::string(path_of(files_, origin.file)), origin.line, std::move(message), code};
    };
    VerbDictionary dict;
    dict.files_ = files_;

    // --- word groups: a later definition of the same name extends the first.
    for (const auto& g : groups_) {
        const std::string key = group_key(g.name);
        auto [unused, fresh] = dict.group_by_name_.emplace(key, static_cast<uint32_t>(dict.groups_.size()));
        if (fresh) {
            dict.groups_.push_back(WordGroup{key, {}, g.origin});
        }
    }
    std::vector<std::vector<const WordGroupSource*>> defs(dict.groups_.size());
    for (const auto& g : groups_) defs[dict.group_by_name_.at(group_key(g.name))].push_back(&g);

    // Chained groups (&A holds &B holds &C ...) expand to the sum of their
    // chain: bounded in nesting depth, phrases per group and phrases in all,
    // each with an error naming the group (docs/RELIABILITY.md, issue 13).
    enum class State : uint8_t { fresh, expanding, done };
    std::vector<State> state(dict.groups_.size(), State::fresh);
    size_t depth = 0, total = 0;
    bool total_reported = false;
    std::function<void(uint32_t)> expand = [&](uint32_t index) {
        if (state[index] != State::fresh) return;
        state[index] = State::expanding;
        ++depth;
        std::set<std::vector<std::string>> seen;
        std::vector<std::vector<std::string>> out;
        bool group_reported = false;
        auto add = [&](std::vector<std::string> words) {
            if (words.empty()) return;
            if (out.size() >= limits_.phrases_per_group || total >= limits_.phrases_in_all) {
                const bool all = total >= limits_.phrases_in_all;
                if (!(all ? total_reported : group_reported) && !defs[index].empty()) {
                    diagnostics.push_back(diagnostic_at(
                        Severity::error, defs[index].front()->origin,
                        all ? "word groups expand to more than " + std::to_string(limits_.phrases_in_all) +
                                  " phrases in all (at &" + dict.groups_[index].name + "); the rest ignored"
                            : "word group &" + dict.groups_[index].name + " expands to more than " +
                                  std::to_string(limits_.phrases_per_group) + " phrases; the rest ignored",
                        DiagnosticCode::too_many_phrases));
                    (all ? total_reported : group_reported) = true;
                }
                return;
            }
            if (seen.insert(words).second) {
                out.push_back(std::move(words));
                ++total;
            }
        };
        for (const WordGroupSource* src : defs[index]) {
            for (const auto& m : src->members) {
                if (!m.group.empty()) {
                    auto it = dict.group_by_name_.find(group_key(m.group));
                    if (it == dict.group_by_name_.end()) {
                        diagnostics.push_back(diagnostic_at(Severity::warning, m.origin,
                                                            "word group &" + m.group + " is not defined",
                                                            DiagnosticCode::unknown_group));
                        continue;
                    }
                    if (state[it->second] == State::expanding) {
                        diagnostics.push_back(diagnostic_at(Severity::error, m.origin,
                                                            "word group &" + m.group + " contains itself",
                                                            DiagnosticCode::group_cycle));
                        continue;
                    }
                    if (depth >= limits_.depth && state[it->second] == State::fresh) {
                        diagnostics.push_back(diagnostic_at(Severity::error, m.origin,
                                                            "word group &" + m.group + " is nested more than " +
                                                                std::to_string(limits_.depth) + " groups deep; ignored",
                                                            DiagnosticCode::group_too_deep));
                        continue;
                    }
                    expand(it->second);
                    for (const auto& w : dict.groups_[it->second].expanded) add(w);
                    continue;
                }
                add(m.words);
                if (m.generate_plural && !m.words.empty()) {
                    auto plural = m.words;
                    plural.back() = regular_plural(plural.back());
                    add(std::move(plural));
                }
            }
        }
        std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
        dict.groups_[index].expanded = std::move(out);
        state[index] = State::done;
        --depth;
    };
    for (uint32_t i = 0; i < dict.groups_.size(); ++i) expand(i);

    auto translate = [&](EventCodePair code) {
        if (ontology) {
            for (std::string* c : {&code.primary, &code.reversed}) {
                if (is_internal_hex_code(*c))
                    if (auto cameo = ontology->to_cameo(*c)) *c = *cameo;
            }
        }
        return code;
    };

    // Resolves group names in a pattern tree; false when one is unknown. A word
    // says more than a slot: "* (WITH)" is tried before "% *".
    constexpr uint32_t kLiteralWeight = 2;
    std::function<bool(std::vector<PatternElement>&, SourceRef, uint32_t&)> resolve =
        [&](std::vector<PatternElement>& elements, SourceRef origin, uint32_t& weight) {
            for (auto& e : elements) {
                switch (e.kind) {
                    case PatternElementKind::group: {
                        const int32_t g = dict.find_group(group_key(e.word));
                        if (g < 0) {
                            diagnostics.push_back(
                                diagnostic_at(Severity::warning, origin,
                                              "pattern uses undefined word group &" + e.word + "; pattern ignored",
                                              DiagnosticCode::unknown_group));
                            return false;
                        }
                        e.group = static_cast<uint32_t>(g);
                        weight += kLiteralWeight;
                        break;
                    }
                    case PatternElementKind::prepositional:
                    case PatternElementKind::noun_phrase:
                        if (!resolve(e.children, origin, weight)) return false;
                        break;
                    case PatternElementKind::verb:
                        break;
                    case PatternElementKind::word:
                        weight += kLiteralWeight;
                        break;
                    default:
                        ++weight;
                        break;
                }
            }
            return true;
        };

    // --- blocks, entries, patterns.
    for (const auto& b : blocks_) {
        const uint32_t block_index = static_cast<uint32_t>(dict.blocks_.size());
        VerbBlock block;
        block.name = b.name;
        block.origin = b.origin;
        if (b.default_code) {
            block.default_code = translate(*b.default_code);
            block.has_default = !block.default_code.null();
        }
        for (const auto& v : b.verbs) {
            if (v.words.empty() || v.head >= v.words.size()) {
                diagnostics.push_back(
                    diagnostic_at(Severity::error, v.origin, "verb without words", DiagnosticCode::bad_line));
                continue;
            }
            VerbEntry entry;
            for (size_t i = 0; i < v.words.size(); ++i) entry.lemma += (i ? " " : "") + v.words[i];
            entry.kind = v.kind;
            entry.block = block_index;
            entry.origin = v.origin;
            if (v.code) {
                entry.code = translate(*v.code);
                entry.has_code = !entry.code.null();
            } else {
                entry.code = block.default_code;
                entry.has_code = block.has_default;
            }
            std::set<std::vector<std::string>> seen;
            auto add_form = [&](VerbForm form) {
                if (form.words.empty() || form.head >= form.words.size()) return;
                if (seen.insert(form.words).second) entry.forms.push_back(std::move(form));
            };
            add_form(VerbForm{v.words, v.head, VerbFormKind::base, v.consecutive});
            for (const auto& f : v.listed_forms) add_form(f);
            if (v.generate_regular) {
                auto with_head = [&](const std::string& w, VerbFormKind kind) {
                    VerbForm f{v.words, v.head, kind, v.consecutive};
                    f.words[v.head] = w;
                    add_form(std::move(f));
                };
                if (v.kind == VerbEntryKind::noun) {
                    with_head(regular_plural(v.words[v.head]), VerbFormKind::plural);
                } else {
                    const auto forms = regular_verb_forms(v.words[v.head]);
                    for (const auto& w : forms.third_person) with_head(w, VerbFormKind::third_person);
                    for (const auto& w : forms.past) with_head(w, VerbFormKind::past);
                    for (const auto& w : forms.gerund) with_head(w, VerbFormKind::gerund);
                }
            }
            const uint32_t entry_index = static_cast<uint32_t>(dict.entries_.size());
            for (uint32_t fi = 0; fi < entry.forms.size(); ++fi) {
                const auto& f = entry.forms[fi];
                dict.by_head_[f.words[f.head]].push_back(VerbFormRef{entry_index, fi});
            }
            block.entries.push_back(entry_index);
            dict.entries_.push_back(std::move(entry));
        }
        for (const auto& p : b.patterns) {
            VerbPattern pattern;
            pattern.code = translate(p.code);
            pattern.block = block_index;
            pattern.origin = p.origin;
            size_t verbs = 0, verb_at = 0;
            for (size_t i = 0; i < p.elements.size(); ++i)
                if (p.elements[i].kind == PatternElementKind::verb) ++verbs, verb_at = i;
            if (verbs != 1) {
                diagnostics.push_back(diagnostic_at(
                    Severity::error, p.origin,
                    verbs == 0 ? "pattern has no verb marker '*'" : "pattern has more than one verb marker '*'",
                    DiagnosticCode::bad_pattern));
                continue;
            }
            pattern.before.assign(p.elements.begin(), p.elements.begin() + static_cast<long>(verb_at));
            pattern.after.assign(p.elements.begin() + static_cast<long>(verb_at) + 1, p.elements.end());
            uint32_t weight = 0;
            if (!resolve(pattern.before, p.origin, weight) || !resolve(pattern.after, p.origin, weight)) continue;
            pattern.specificity = weight;
            block.patterns.push_back(static_cast<uint32_t>(dict.patterns_.size()));
            dict.patterns_.push_back(std::move(pattern));
        }
        auto ordered = block.patterns;
        std::stable_sort(ordered.begin(), ordered.end(), [&](uint32_t a, uint32_t c) {
            return dict.patterns_[a].specificity > dict.patterns_[c].specificity;
        });
        dict.ordered_patterns_.push_back(std::move(ordered));
        dict.blocks_.push_back(std::move(block));
    }
    return dict;
}

}  // namespace sitrep
