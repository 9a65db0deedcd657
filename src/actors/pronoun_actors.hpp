// The "pronoun-actors" stage: a subject pronoun stands for the actor named just before
// it, so its event is not lost ("Karadzic told reporters the Serbs were withdrawing. He
// condemned the NATO raids"; "Police said they have arrested six suspects").
//
//   he, she  the nearest person: a mention whose head is a noun for one person ("the
//            president", "a senior official", "President Clinton"), or a dictionary
//            actor coded country + one role written as a capitalised name ("Trump"
//            USAGOV; not a place such as "London" GBRGOV, not "Hezbollah" LBNREBHEZ)
//   they     the nearest plural group: an agent in the plural ("police", "rebels",
//            "Iraqi officials") or a people ("the Serbs")
//   it       the nearest country, organisation or institution in the singular ("the
//            ministry", "Iraq", "NATO"), only before a verb that is not "be", "seem"...
//   him      as "he", and them as "they", but never the subject of their own clause
//   them     (or, when the clause has none before them, of the clause it belongs to):
//            "the speaker threatened to remove him" is not the speaker; a plural noun
//            that is no actor between antecedent and "them" ("seized weapons and
//            destroyed them") leaves it unresolved
//   the nation, this impoverished country, the kingdom (a noun of the country_noun
//            word class after "the"/"this"/"that" and modifiers, not before "'s"):
//            the nearest bare country named before, anywhere in the story
//   the group, the militant group, this movement (a singular noun of the group_noun word
//            class after "the"/"this"/"that" and modifiers, not before "'s"; also when
//            the agent rules made it a generic actor with a guessed country, "the
//            militant group" ISRREB from the story): the nearest non-state organisation
//            named before, anywhere in the story ("Hamas", "the Houthis" as a coded
//            group, "al-Qaeda"; not a state organ, an IGO, a person or a plural agent)
//   (he, she, they, it right after a reporting verb, "the coalition said it ...": first
//            the speaker, when it fits, before the nearest mention)
//   the North, the South (capitalised, alone): the nearest bare country named before
//            whose name begins with that word ("North Korea", "South Sudan")
//
// Reach (pronouns): the pronoun's sentence before it and the two sentences before. Conservative:
// the pronoun must be followed by a verb (it is a subject); a capitalised name with no
// code nearer than any person blocks "he"/"she" (it may be the person) unless it is a
// place, a date, a modifier ("Muslim country") or the end of a coded title's name; the nearest
// fitting mention without a code gives no actor; a pronoun in a direct quote refers
// only inside that quote and one outside never into one. The new mention has the
// pronoun's span, the antecedent's code, country and role, its rule, and
// country_from "pronoun" ("reference" for the country nouns and "the North").
//
// Runs after the actor-countries stage (an antecedent's country may come from there)
// and before the event stage. Needs part of speech (syntax stage) and doc.quotes.
#pragma once
#include <functional>
#include <string_view>

#include "core/stage.hpp"

namespace sitrep {

struct PronounActorResources {
    // Word classes of data/syntax/word_classes.txt, by normalised word.
    std::function<bool(std::string_view)> is_person_noun;     // "president"
    std::function<bool(std::string_view)> is_plural_noun;     // "police"
    std::function<bool(std::string_view)> is_expletive_verb;  // "is", "seems"
    std::function<bool(std::string_view)> is_country_noun;    // "nation", "kingdom"
    std::function<bool(std::string_view)> is_compass_word;    // "north", "south"
    std::function<bool(std::string_view)> is_group_noun;      // "group", "movement"
    std::function<bool(std::string_view)> is_report_verb;     // "said", "told"
    // Whether a three-letter code is a country ("IRQ"), not "IGO" or "IMG".
    std::function<bool(std::string_view)> is_country;
    // Whether a name is a place of the gazetteer ("London", a seat of power GBRGOV).
    std::function<bool(std::string_view)> is_place_name;
};

class PronounActorStage : public Stage {
public:
    explicit PronounActorStage(PronounActorResources resources) : res_(std::move(resources)) {}
    static constexpr StageContract kContract{
        "pronoun-actors",
        /*reads*/
        {Layer::tokens, Layer::sentences, Layer::tags, Layer::actors, Layer::dates, Layer::places, Layer::quotes},
        /*writes*/ {Layer::actors}};
    const StageContract& contract() const override { return kContract; }
    void run(Document& doc) const override;

private:
    PronounActorResources res_;
};

}  // namespace sitrep
