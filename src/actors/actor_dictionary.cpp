// Building, compiling and querying the actor dictionary.
#include "actors/actor_dictionary.hpp"

#include <algorithm>

#include "text/normalize.hpp"
#include "text/tokenizer.hpp"

namespace sitrep {

const char* to_string(ActorFileFormat f) {
    switch (f) {
        case ActorFileFormat::native_actors:
            return "sitrep actors";
        case ActorFileFormat::native_agents:
            return "sitrep agents";
        case ActorFileFormat::petrarch_actors:
            return "PETRARCH/TABARI actors";
        case ActorFileFormat::petrarch_agents:
            return "PETRARCH/TABARI agents";
        case ActorFileFormat::verbs:
            return "verbs";
        case ActorFileFormat::unknown:
            return "unknown";
    }
    return "unknown";
}

uint32_t ActorDictionaryBuilder::add_entry(ActorEntry entry) {
    entries_.push_back(std::move(entry));
    return static_cast<uint32_t>(entries_.size() - 1);
}

void ActorDictionaryBuilder::add_phrase(uint32_t entry, std::string_view text, SourceRef origin,
                                        bool acronyms_need_capitals) {
    if (!acronyms_need_capitals) {
        add_normalized_phrase(entry, normalize_phrase(text), origin);
        return;
    }
    static const Tokenizer tokenizer = Tokenizer::for_phrases();
    std::vector<Token> tokens;
    tokenizer.tokenize(text, tokens);
    std::vector<std::string> norms;
    uint64_t capitals = 0;
    for (size_t i = 0; i < tokens.size(); ++i) {
        if (i < 64 && written_in_capitals(tokens[i].span.in(text))) capitals |= uint64_t{1} << i;
        norms.push_back(std::move(tokens[i].norm));
    }
    const size_t before = phrases_.size();
    add_normalized_phrase(entry, std::move(norms), origin);
    if (phrases_.size() > before) phrases_.back().capitals = capitals;
}

bool written_in_capitals(std::string_view word) {
    int upper = 0;
    for (char c : word) {
        if (c >= 'a' && c <= 'z') return false;
        if (c >= 'A' && c <= 'Z') ++upper;
    }
    return upper >= 2;
}

void ActorDictionaryBuilder::add_normalized_phrase(uint32_t entry, std::vector<std::string> norms, SourceRef origin) {
    if (norms.empty() || entry >= entries_.size()) return;
    phrases_.push_back(ActorPhrase{std::move(norms), entry, origin});
}

std::shared_ptr<const ActorDictionary> ActorDictionaryBuilder::compile() const {
    auto dict = std::make_shared<ActorDictionary>();
    dict->entries_ = entries_;
    dict->phrases_ = phrases_;
    for (uint32_t p = 0; p < dict->phrases_.size(); ++p) {
        ActorPhrase& phrase = dict->phrases_[p];
        const uint32_t node = dict->trie_.insert(phrase.norms);
        auto& terminal = dict->trie_.terminal_for_update(node);
        uint32_t& slot = dict->entries_[phrase.entry].kind == EntryKind::actor ? terminal.actor : terminal.agent;
        // "Unicef | UNICEF" in one entry: the looser spelling rule holds.
        if (slot != TokenTrie::kNone && dict->phrases_[slot].entry == phrase.entry)
            phrase.capitals &= dict->phrases_[slot].capitals;
        // Later phrases overwrite earlier ones: user files load after built-in ones.
        slot = p;
    }
    dict->trie_.finish();
    for (uint32_t e = 0; e < dict->entries_.size(); ++e) {
        for (const auto& affix : dict->entries_[e].affixes) {
            auto it = std::find_if(dict->affixes_.begin(), dict->affixes_.end(),
                                   [&](const auto& a) { return a.first == affix; });
            if (it == dict->affixes_.end())
                dict->affixes_.push_back({affix, {e}});
            else
                it->second.push_back(e);
        }
    }
    std::sort(dict->affixes_.begin(), dict->affixes_.end());
    return dict;
}

ResolvedCode ActorDictionary::resolve(uint32_t entry_id, std::optional<Date> date) const {
    const ActorEntry& e = entries_[entry_id];
    const DatedCode* fallback = nullptr;
    for (const auto& c : e.codes)
        if (c.is_default()) {
            fallback = &c;
            break;
        }
    if (date) {
        for (const auto& c : e.codes)
            if (!c.is_default() && c.covers(*date)) return ResolvedCode{&c, false};
        return ResolvedCode{fallback, true};
    }
    if (fallback) return ResolvedCode{fallback, true};
    // No date and no default: the code that holds latest (open end first).
    const DatedCode* latest = nullptr;
    auto later = [](const DatedCode& a, const DatedCode& b) {
        if (!a.until != !b.until) return !a.until;
        if (a.until && b.until && *a.until != *b.until) return *b.until < *a.until;
        return b.from.value_or(Date{}) < a.from.value_or(Date{});
    };
    for (const auto& c : e.codes)
        if (!latest || later(c, *latest)) latest = &c;
    return ResolvedCode{latest, true};
}

const std::vector<uint32_t>* ActorDictionary::affix_entries(std::string_view affix) const {
    auto it = std::lower_bound(affixes_.begin(), affixes_.end(), affix,
                               [](const auto& a, std::string_view key) { return a.first < key; });
    if (it == affixes_.end() || it->first != affix) return nullptr;
    return &it->second;
}

size_t ActorDictionary::memory_bytes() const {
    // Heap bytes of a string: none while it fits the small-string buffer.
    auto heap = [](const std::string& s) { return s.capacity() > 15 ? s.capacity() + 1 : 0; };
    size_t bytes =
        trie_.memory_bytes() + entries_.capacity() * sizeof(ActorEntry) + phrases_.capacity() * sizeof(ActorPhrase);
    for (const auto& e : entries_) {
        bytes += heap(e.name) + heap(e.role) + e.codes.capacity() * sizeof(DatedCode);
        for (const auto& c : e.codes) bytes += heap(c.code);
    }
    for (const auto& p : phrases_) {
        bytes += p.norms.capacity() * sizeof(std::string);
        for (const auto& n : p.norms) bytes += heap(n);
    }
    return bytes;
}

bool ActorDictionaryBuilder::load(const SourceFile& file, Diagnostics& diagnostics) {
    switch (detect_actor_file_format(file.content)) {
        case ActorFileFormat::native_actors:
        case ActorFileFormat::native_agents:
            return load_native(file, diagnostics);
        case ActorFileFormat::petrarch_actors:
            return load_petrarch_actors(file, diagnostics);
        case ActorFileFormat::petrarch_agents:
            return load_petrarch_agents(file, diagnostics);
        case ActorFileFormat::verbs:
            diagnostics.push_back({Severity::error, std::string(file.path), 0,
                                   "this is a verbs dictionary, not an actors or agents file",
                                   DiagnosticCode::unknown_format});
            return false;
        case ActorFileFormat::unknown:
            break;
    }
    diagnostics.push_back({Severity::error, std::string(file.path), 1,
                           "not a recognised actors or agents dictionary (expected "
                           "'#! sitrep actors 1', '#! sitrep agents 1' or a PETRARCH file)",
                           DiagnosticCode::unknown_format});
    return false;
}

std::shared_ptr<const ActorDictionary> build_actor_dictionary(const std::vector<SourceFile>& files,
                                                              Diagnostics& diagnostics) {
    ActorDictionaryBuilder builder;
    for (const SourceFile& file : files)
        if (file.path.ends_with(".actors") || file.path.ends_with(".agents")) builder.load(file, diagnostics);
    return builder.compile();
}

bool check_actor_dictionary(const SourceFile& file, Diagnostics& diagnostics) {
    ActorDictionaryBuilder builder;
    const size_t before = diagnostics.size();
    builder.load(file, diagnostics);
    for (size_t i = before; i < diagnostics.size(); ++i)
        if (diagnostics[i].severity == Severity::error) return false;
    return true;
}

}  // namespace sitrep
