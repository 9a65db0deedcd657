// The tagger's word knowledge, loaded from data/syntax/*.txt (closed-class
// words, preferred tags of ambiguous words, grammatical word classes) plus the
// verb forms of the loaded verb dictionaries. Built once, read by all threads.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/diagnostic.hpp"
#include "core/document.hpp"
#include "core/source_file.hpp"
#include "core/string_hash.hpp"
#include "syntax/penn_model.hpp"

namespace sitrep {

// Grammatical roles a word can play for the coder, as bits (a word may have several).
// 64 bits: the 32 of a uint32_t were all taken.
enum WordClass : uint64_t {
    wc_none = 0,
    wc_negation = 1u << 0,
    wc_future = 1u << 1,
    wc_intent = 1u << 2,
    wc_hypothetical = 1u << 3,
    wc_conditional = 1u << 4,
    wc_passive = 1u << 5,
    wc_agent_by = 1u << 6,
    wc_report = 1u << 7,
    wc_relative = 1u << 8,
    wc_complementizer = 1u << 9,
    wc_subordinate = 1u << 10,
    wc_coordinator = 1u << 11,
    wc_verb_form = 1u << 12,     // a surface form of a dictionary verb
    wc_destination = 1u << 13,   // "deployed in/to/into X": where a force is sent
    wc_perfect = 1u << 14,       // forms of "have" before a past participle
    wc_approximator = 1u << 15,  // "about 2,500": modifies a number, not a preposition
    // The event coder's classes (kept apart from the tagger's bits above).
    wc_nominal_target = 1u << 24,       // "an attack on X", "strikes targeting X": an event noun's target
    wc_issue_noun = 1u << 25,           // "denied the charges": an object that is an act or issue, not a party
    wc_document = 1u << 26,             // "the warrant accused": a document that speaks for whoever issued it
    wc_support_verb = 1u << 27,         // "launched an attack": a verb whose object event noun is its subject's act
    wc_demand_noun = 1u << 28,          // "the demand to explain": the infinitive after it was asked for, not done
    wc_own_state_code = 1u << 29,       // a CAMEO code (not a word): an act of a state on its own land or people
    wc_person = 1u << 16,               // a noun for one person ("president"): "he"/"she" may refer to it
    wc_plural = 1u << 17,               // a plural noun without -s ("police"): "they" may refer to it
    wc_expletive = 1u << 18,            // "it is", "it seems": "it" is no actor before these verbs
    wc_armed_sector = 1u << 19,         // a role code (not a word) whose actors bear arms: "MIL", "REB"
    wc_irregular_force = 1u << 20,      // a role code of armed actors outside the state: "REB", "UAF"
    wc_country_noun = 1u << 21,         // "this impoverished nation", "the kingdom": a country named by a noun
    wc_blame = 1u << 23,                // "was responsible", "bore responsibility": reported, an accusation
    wc_compass = 1u << 22,              // "the North", "the South": a country named by the half it shares a name with
    wc_quantity = 1u << 30,             // "thousands of X": a count whose "of" phrase names who is counted
    wc_group_noun = 1u << 31,           // "the militant group": a non-state organisation named by a noun
    wc_threat_intent = 1ull << 32,      // "is prepared to use force": a hostile act announced, a threat
    wc_thing_noun = 1ull << 33,         // "test-fired a missile", "freed prisoners": an object that is no party
    wc_time_modifier = 1ull << 35,      // "last", "next": before a time word, part of the time adverbial
    wc_time_noun = 1ull << 34,          // "Monday", "week": after a noun it opens a time adverbial, not the head
    wc_of_transparent = 1ull << 37,     // "the town of X", "the people of X": the "of" phrase names who it is
    wc_definite = 1ull << 38,           // "the", "this": a noun after it may refer back to something named
    wc_nominal_recipient = 1ull << 39,  // "a warning to X": after an event noun, a preposition naming its target
    wc_concurrent = 1ull << 40,         // "were killed when X opened fire": a clause that may give a passive its agent
    wc_denial = 1ull << 41,             // "denied that X attacked": the clause it governs did not happen
    wc_clash_noun = 1ull << 36,  // "killed in a clash with X": an armed encounter whose "with" names the other side
    wc_reported_future = 1ull << 42,  // "said they would boycott": an act told as still to come
};

struct LexiconEntry {
    PartOfSpeech pos = PartOfSpeech::unknown;  // unknown: no preferred tag
    uint64_t classes = wc_none;
};

class Lexicon {
public:
    // Reads one `#! sitrep lexicon 1` or `#! sitrep word-classes 1` file; errors
    // name file:line and the rest of the file still loads.
    void load(const SourceFile& file, Diagnostics& diagnostics);
    // Marks a normalised word as a verb form (from the verb dictionaries).
    void add_verb_form(std::string_view word);

    const LexiconEntry* find(std::string_view word) const {
        auto it = entries_.find(word);
        return it == entries_.end() ? nullptr : &it->second;
    }
    PartOfSpeech pos(std::string_view word) const {
        const auto* e = find(word);
        return e ? e->pos : PartOfSpeech::unknown;
    }
    bool is(std::string_view word, uint64_t classes) const {
        const auto* e = find(word);
        return e && (e->classes & classes) != 0;
    }
    size_t size() const { return entries_.size(); }

    // The trained tagging model, when one was loaded (null: rule tagging only).
    void set_model(std::shared_ptr<const PennModel> model) { model_ = std::move(model); }
    const PennModel* model() const { return model_.get(); }

private:
    StringMap<LexiconEntry> entries_;
    std::shared_ptr<const PennModel> model_;
};

// "noun" -> PartOfSpeech::noun; unknown for an unrecognised name.
PartOfSpeech part_of_speech_from_name(std::string_view name);
const char* to_string(PartOfSpeech pos);

}  // namespace sitrep
