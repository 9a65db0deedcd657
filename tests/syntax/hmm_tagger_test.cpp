// The model tagger (Viterbi over the packaged Lingua::EN::Tagger model) on
// sentences written here: the tags and chunks the event coder depends on.
#include <gtest/gtest.h>

#include <algorithm>

#include "syntax/penn_model.hpp"
#include "syntax_fixture.hpp"

namespace sitrep {
namespace {

using testing::parse;
using testing::pos_of;

std::vector<std::string> chunks_of(const Document& doc, ChunkKind kind) {
    std::vector<std::string> out;
    for (const auto& c : doc.chunks)
        if (c.kind == kind) out.emplace_back(doc.view(c.tokens));
    return out;
}

class ModelTagger : public ::testing::Test {
protected:
    void SetUp() override {
        // The model is a dependency (scripts/setup.sh): without it every figure changes.
        ASSERT_TRUE(testing::packaged_model()) << "liblingua-en-tagger-perl not installed (scripts/setup.sh)";
    }
};

TEST_F(ModelTagger, PastTenseVerbAfterNounPhraseIsVerb) {
    Document doc = parse("The Norwegian navy accused Sweden of spying.");
    EXPECT_EQ(pos_of(doc, "accused"), PartOfSpeech::verb);
    EXPECT_EQ(chunks_of(doc, ChunkKind::noun_phrase).front(), "The Norwegian navy");
    EXPECT_EQ(chunks_of(doc, ChunkKind::verb_group).front(), "accused");
}

TEST_F(ModelTagger, TimeAdverbBetweenSubjectAndVerbEndsTheNounPhrase) {
    // "today", "yesterday" read as adverbs between an adjective-headed subject and
    // an -ed word: the adverb belongs to no noun phrase and the -ed word is the verb.
    Document doc = parse("The military today surrounded Congress.");
    EXPECT_EQ(pos_of(doc, "surrounded"), PartOfSpeech::verb);
    EXPECT_EQ(chunks_of(doc, ChunkKind::noun_phrase).front(), "The military");
    EXPECT_EQ(chunks_of(doc, ChunkKind::verb_group), std::vector<std::string>{"surrounded"});
    Document later = parse("The military yesterday sealed Congress, while gunmen held the speaker.");
    EXPECT_EQ(chunks_of(later, ChunkKind::verb_group).front(), "sealed");
}

TEST_F(ModelTagger, PastTenseVerbAfterPossessivePhraseIsVerb) {
    Document doc = parse("Her cabinet condemned the bombing of the bridge.");
    EXPECT_EQ(pos_of(doc, "condemned"), PartOfSpeech::verb);
    EXPECT_EQ(pos_of(doc, "bombing"), PartOfSpeech::noun);
    EXPECT_EQ(chunks_of(doc, ChunkKind::noun_phrase).front(), "Her cabinet");
}

TEST_F(ModelTagger, AfterBeforeASubjectAndItsVerbOpensAClause) {
    // "after the rebels seized": a subordinator, so "the rebels" is a subject, not
    // the object of a prepositional phrase.
    Document clause = parse("The army shelled the town after the rebels seized the bridge.");
    EXPECT_EQ(pos_of(clause, "after"), PartOfSpeech::subordinator);
    EXPECT_EQ(chunks_of(clause, ChunkKind::noun_phrase).at(2), "the rebels");
    // Before a noun phrase with no verb after it, "after" stays a preposition.
    Document phrase = parse("The army shelled the town after the rebels' retreat.");
    EXPECT_EQ(pos_of(phrase, "after"), PartOfSpeech::preposition);
}

TEST_F(ModelTagger, PastTenseVerbAfterDatePhraseIsVerb) {
    Document doc = parse("The navy on Friday sent two frigates to the strait.");
    EXPECT_EQ(pos_of(doc, "sent"), PartOfSpeech::verb);
    EXPECT_EQ(chunks_of(doc, ChunkKind::verb_group).front(), "sent");
}

TEST_F(ModelTagger, AttackIsNounAfterDeterminerAndVerbAfterSubject) {
    Document noun = parse("The attack on the convoy angered the villagers.");
    EXPECT_EQ(pos_of(noun, "attack"), PartOfSpeech::noun);
    EXPECT_EQ(pos_of(noun, "angered"), PartOfSpeech::verb);
    Document verb = parse("Rebels attack the convoy every night.");
    EXPECT_EQ(pos_of(verb, "attack"), PartOfSpeech::verb);
}

TEST_F(ModelTagger, StrikeIsVerbAfterModalAndNounBeforeVerb) {
    Document verb = parse("The government warned that it would strike back.");
    EXPECT_EQ(pos_of(verb, "strike"), PartOfSpeech::verb);
    EXPECT_EQ(pos_of(verb, "that"), PartOfSpeech::subordinator);
    Document noun = parse("The strike hit a school near the river.");
    EXPECT_EQ(pos_of(noun, "strike"), PartOfSpeech::noun);
    EXPECT_EQ(pos_of(noun, "hit"), PartOfSpeech::verb);
}

TEST_F(ModelTagger, UnknownCapitalisedWordsAreProperNouns) {
    Document doc = parse("Zelmora accused Quenthar of massing troops near Vark Ridge.");
    EXPECT_EQ(pos_of(doc, "Zelmora"), PartOfSpeech::proper_noun);
    EXPECT_EQ(pos_of(doc, "Quenthar"), PartOfSpeech::proper_noun);
    EXPECT_EQ(pos_of(doc, "Vark"), PartOfSpeech::proper_noun);
    EXPECT_EQ(pos_of(doc, "accused"), PartOfSpeech::verb);
}

TEST_F(ModelTagger, DictionaryVerbTheModelNeverSawCanBeAVerb) {
    auto lexicon = testing::builtin_lexicon();
    lexicon->add_verb_form("zorp");
    Document doc = parse("Rebels zorp the town every night.", lexicon);
    EXPECT_EQ(pos_of(doc, "zorp"), PartOfSpeech::verb);
}

TEST_F(ModelTagger, InfinitiveToIsParticleBeforeVerb) {
    Document doc = parse("Zelmora plans to strike the depot.");
    EXPECT_EQ(pos_of(doc, "to"), PartOfSpeech::particle);
    EXPECT_EQ(pos_of(doc, "strike"), PartOfSpeech::verb);
    EXPECT_EQ(pos_of(doc, "plans"), PartOfSpeech::verb);
}

TEST_F(ModelTagger, LexiconKeepsAuxiliariesAndModals) {
    Document doc = parse("The talks have not been held and may never resume.");
    EXPECT_EQ(pos_of(doc, "have"), PartOfSpeech::auxiliary);
    EXPECT_EQ(pos_of(doc, "been"), PartOfSpeech::auxiliary);
    EXPECT_EQ(pos_of(doc, "may"), PartOfSpeech::modal);
    EXPECT_EQ(pos_of(doc, "not"), PartOfSpeech::particle);
    EXPECT_EQ(pos_of(doc, "held"), PartOfSpeech::verb);
}

TEST_F(ModelTagger, ParticipleAfterHaveOrBeIsVerb) {
    Document doc = parse("Valdor has celebrated Midsummer with Kestria since the bridge was reported shut.");
    EXPECT_EQ(pos_of(doc, "celebrated"), PartOfSpeech::verb);
    EXPECT_EQ(pos_of(doc, "reported"), PartOfSpeech::verb);
    EXPECT_EQ(chunks_of(doc, ChunkKind::verb_group).front(), "has celebrated");
}

TEST_F(ModelTagger, ParticipleAfterBeIsVerbEvenWhenUsuallyAdjective) {
    Document doc = parse("Two guards were injured and the bridge was closed while troops were massing.");
    EXPECT_EQ(pos_of(doc, "injured"), PartOfSpeech::verb);
    EXPECT_EQ(pos_of(doc, "closed"), PartOfSpeech::verb);
    EXPECT_EQ(pos_of(doc, "massing"), PartOfSpeech::verb);
}

TEST_F(ModelTagger, ModelOverridesLexiconNounPreferenceInContext) {
    Document doc = parse("Witnesses report heavy fighting near the border.");
    EXPECT_EQ(pos_of(doc, "report"), PartOfSpeech::verb);
}

TEST_F(ModelTagger, ReportedAfterItsSubjectIsAVerb) {
    Document doc = parse("The state news agency reported that two ministers resigned.");
    EXPECT_EQ(pos_of(doc, "reported"), PartOfSpeech::verb);
}

TEST_F(ModelTagger, PluralNounBeforePastVerbIsNoun) {
    Document doc = parse("Navy strikes killed four fighters.");
    EXPECT_EQ(pos_of(doc, "strikes"), PartOfSpeech::noun);
    EXPECT_EQ(pos_of(doc, "killed"), PartOfSpeech::verb);
}

TEST_F(ModelTagger, PossessiveIsNotAVerb) {
    Document doc = parse("The rebels seized Valdor's main depot.");
    EXPECT_EQ(pos_of(doc, "'s"), PartOfSpeech::particle);
    EXPECT_EQ(chunks_of(doc, ChunkKind::noun_phrase).back(), "Valdor's main depot");
}

TEST_F(ModelTagger, AllCapitalAbbreviationIsNameNotPronoun) {
    Document doc = parse("US troops left the base.");
    EXPECT_EQ(pos_of(doc, "US"), PartOfSpeech::proper_noun);
}

TEST_F(ModelTagger, GerundAfterDeterminerIsNoun) {
    Document doc = parse("They denied any role in the shelling of the market.");
    EXPECT_EQ(pos_of(doc, "shelling"), PartOfSpeech::noun);
    EXPECT_EQ(chunks_of(doc, ChunkKind::prepositional).front(), "in the shelling");
}

TEST_F(ModelTagger, GerundAfterPrepositionIsNominal) {
    Document doc = parse("Valdor thanked Kestria after leaving the talks.");
    EXPECT_EQ(pos_of(doc, "leaving"), PartOfSpeech::noun);
    EXPECT_EQ(chunks_of(doc, ChunkKind::verb_group), std::vector<std::string>{"thanked"});
}

TEST_F(ModelTagger, AttributiveParticipleIsAdjective) {
    Document doc = parse("Aid reached the affected villages in a phased manner.");
    EXPECT_EQ(pos_of(doc, "affected"), PartOfSpeech::adjective);
    EXPECT_EQ(pos_of(doc, "phased"), PartOfSpeech::adjective);
}

TEST_F(ModelTagger, PastVerbConjoinedToPastVerbIsVerb) {
    Document doc = parse("The council condemned the raid and promised aid to the town.");
    EXPECT_EQ(pos_of(doc, "promised"), PartOfSpeech::verb);
    EXPECT_EQ(chunks_of(doc, ChunkKind::verb_group), (std::vector<std::string>{"condemned", "promised"}));
}

TEST_F(ModelTagger, NameConjoinedInFrontedPhraseIsNoSubject) {
    Document doc = parse("In Valdor and Kestria, rebels attacked two towns.");
    auto pps = chunks_of(doc, ChunkKind::prepositional);
    ASSERT_FALSE(pps.empty());
    EXPECT_EQ(pps.front(), "In Valdor and Kestria");
    EXPECT_EQ(chunks_of(doc, ChunkKind::noun_phrase).front(), "rebels");
}

TEST_F(ModelTagger, ApproximatorBeforeNumberIsAdverbNotPreposition) {
    Document doc = parse("Yesterday about 300 Kestrian soldiers were sent to the border.");
    EXPECT_EQ(pos_of(doc, "about"), PartOfSpeech::adverb);
    const auto phrases = chunks_of(doc, ChunkKind::noun_phrase);
    ASSERT_FALSE(phrases.empty());
    EXPECT_EQ(phrases.front(), "300 Kestrian soldiers");
    Document place = parse("They talked about the border.");
    EXPECT_EQ(pos_of(place, "about"), PartOfSpeech::preposition);
}

TEST_F(ModelTagger, SubordinateClauseGetsItsFiniteVerb) {
    auto lexicon = testing::builtin_lexicon();
    lexicon->add_verb_form("worsens");
    Document doc = parse("As Valdor's drought in the north worsens, farmers leave the villages.", lexicon);
    EXPECT_EQ(pos_of(doc, "worsens"), PartOfSpeech::verb);
    EXPECT_EQ(pos_of(doc, "leave"), PartOfSpeech::verb);
}

TEST_F(ModelTagger, BritishSpellingTakesTheTagsOfItsAmericanTwin) {
    Document doc = parse("Poland mobilised reservists along the border.");
    EXPECT_EQ(pos_of(doc, "mobilised"), PartOfSpeech::verb);
    EXPECT_EQ(chunks_of(doc, ChunkKind::noun_phrase).front(), "Poland");
    Document gerund = parse("The council is finalising a plan for the harbour.");
    EXPECT_EQ(pos_of(gerund, "finalising"), PartOfSpeech::verb);
    const PennModel& model = *testing::packaged_model();
    EXPECT_FALSE(model.word("organisation", "organisation").empty());
    EXPECT_FALSE(model.word("paralysed", "paralysed").empty());
    // Words the model knows as written keep their own tags ("promised" is no "promized").
    EXPECT_FALSE(model.word("promised", "promised").empty());
}

TEST_F(ModelTagger, DictionaryVerbTheModelSawOnlyAsNounCanBeVerb) {
    // The model saw "abducted" twice, both times tagged as a noun.
    auto lexicon = testing::builtin_lexicon();
    lexicon->add_verb_form("abducted");
    Document doc = parse("Gunmen abducted twelve villagers near the dam.", lexicon);
    EXPECT_EQ(pos_of(doc, "abducted"), PartOfSpeech::verb);
    EXPECT_EQ(chunks_of(doc, ChunkKind::verb_group).front(), "abducted");
    // Without the dictionary's word the model's reading stands.
    Document plain = parse("Gunmen abducted twelve villagers near the dam.");
    EXPECT_NE(pos_of(plain, "abducted"), PartOfSpeech::verb);
}

TEST_F(ModelTagger, ClauseWithoutVerbGetsItsPastTense) {
    // An -ed word the model does not know, after a name, read as a noun of the subject.
    Document doc = parse("The Kestrian council reunionised relations with Valdor.");
    EXPECT_EQ(pos_of(doc, "reunionised"), PartOfSpeech::verb);
    EXPECT_EQ(chunks_of(doc, ChunkKind::noun_phrase).front(), "The Kestrian council");
    // The same in a reported clause, and in a clause before a comma.
    Document reported = parse("Officials said the Kestrian council reunionised relations with Valdor.");
    EXPECT_EQ(pos_of(reported, "reunionised"), PartOfSpeech::verb);
    Document before_comma = parse("The Kestrian council reunionised relations with Valdor, officials said.");
    EXPECT_EQ(pos_of(before_comma, "reunionised"), PartOfSpeech::verb);
    // A fragment whose -ed word modifies a noun after a determiner stays verbless.
    Document fragment = parse("Photos of the burned houses near the river.");
    EXPECT_EQ(pos_of(fragment, "burned"), PartOfSpeech::adjective);
}

TEST_F(ModelTagger, ParticipleAfterAdverbInsideNounPhraseModifiesTheNoun) {
    Document doc = parse("A visibly shaken Aldric refused to meet the envoys.");
    EXPECT_EQ(pos_of(doc, "shaken"), PartOfSpeech::adjective);
    EXPECT_EQ(chunks_of(doc, ChunkKind::noun_phrase).front(), "A visibly shaken Aldric");
    Document pp = parse("The envoy of the mainly rural province met a heavily armed patrol.");
    EXPECT_EQ(chunks_of(pp, ChunkKind::prepositional).front(), "of the mainly rural province");
    const auto phrases = chunks_of(pp, ChunkKind::noun_phrase);
    EXPECT_NE(std::find(phrases.begin(), phrases.end(), "a heavily armed patrol"), phrases.end());
    // An adverb after the noun is no part of its phrase ("the patrol soon left").
    Document after = parse("The patrol soon left the valley.");
    EXPECT_EQ(chunks_of(after, ChunkKind::noun_phrase).front(), "The patrol");
}

TEST_F(ModelTagger, MoreThanANumberStartsTheNounPhrase) {
    Document doc = parse("The rebels fired more than 40 rockets at the fort.");
    EXPECT_EQ(pos_of(doc, "than"), PartOfSpeech::adverb);
    const auto phrases = chunks_of(doc, ChunkKind::noun_phrase);
    EXPECT_NE(std::find(phrases.begin(), phrases.end(), "40 rockets"), phrases.end());
    Document compare = parse("The fort is older than the town.");
    EXPECT_EQ(pos_of(compare, "than"), PartOfSpeech::preposition);
}

TEST_F(ModelTagger, NounOnlyWordAfterModalAndAdverbIsBaseVerb) {
    // The model saw "lapse" once, as a noun.
    Document doc = parse("The old treaty would automatically lapse next spring.");
    EXPECT_EQ(pos_of(doc, "lapse"), PartOfSpeech::verb);
    EXPECT_EQ(chunks_of(doc, ChunkKind::verb_group).front(), "would automatically lapse");
    Document negated = parse("Officials said the truce could not lapse.");
    EXPECT_EQ(pos_of(negated, "lapse"), PartOfSpeech::verb);
    // Without a modal before it the noun stays a noun.
    Document noun = parse("The lapse in security worried the council.");
    EXPECT_EQ(pos_of(noun, "lapse"), PartOfSpeech::noun);
}

TEST_F(ModelTagger, BeingAfterPrepositionStaysAuxiliaryOfPassive) {
    Document doc = parse("The envoy died on Friday after being shot by a sniper.");
    EXPECT_EQ(pos_of(doc, "being"), PartOfSpeech::auxiliary);
    const auto groups = chunks_of(doc, ChunkKind::verb_group);
    EXPECT_NE(std::find(groups.begin(), groups.end(), "being shot"), groups.end());
    // Another gerund after a preposition is still nominal.
    Document gerund = parse("The envoy died after leaving the harbour.");
    EXPECT_EQ(pos_of(gerund, "leaving"), PartOfSpeech::noun);
}

TEST_F(ModelTagger, PluralNounBeforePastTenseIsTheSubjectsHead) {
    Document doc = parse("Valdorian strikes killed ten fighters near the pass.");
    EXPECT_EQ(pos_of(doc, "strikes"), PartOfSpeech::noun);
    EXPECT_EQ(chunks_of(doc, ChunkKind::noun_phrase).front(), "Valdorian strikes");
    EXPECT_EQ(chunks_of(doc, ChunkKind::verb_group).front(), "killed");
    Document clause = parse("As street battles raged in Kestria, the envoys left.");
    EXPECT_EQ(pos_of(clause, "battles"), PartOfSpeech::noun);
    EXPECT_EQ(pos_of(clause, "raged"), PartOfSpeech::verb);
    // A present-tense verb before an object stays a verb.
    Document verb = parse("Kestria strikes rebel camps every night.");
    EXPECT_EQ(pos_of(verb, "strikes"), PartOfSpeech::verb);
}

TEST(PennModel, ReportsBadLinesWithFileAndLine) {
    PennModel model;
    Diagnostics d;
    model.load_words("words.yml", "--- #YAML:1.0\n\"the\": { det: 10 }\nbroken line\nx: { nn: -1 }\n", d);
    ASSERT_EQ(d.size(), 2u);
    EXPECT_EQ(d[0].file, "words.yml");
    EXPECT_EQ(d[0].line, 3u);
    EXPECT_EQ(d[1].line, 4u);
}

TEST(PennModel, SmallModelTagsBySequence) {
    PennModel model;
    Diagnostics d;
    model.load_transitions("tags.yml",
                           "pp: { det: 0.6, nn: 0.2 }\ndet: { nn: 0.9, vb: 0.01 }\n"
                           "nn: { vbd: 0.5, nn: 0.1, pp: 0.3 }\nvbd: { nn: 0.5, pp: 0.4 }\n",
                           d);
    model.load_unknown_classes("unknown.yml", "\"-unknown-\": { nn: 1 }\n\"-cap-\": { nn: 1 }\n", d);
    model.load_words("words.yml", "\"the\": { det: 9 }\n\"raid\": { nn: 5, vbd: 5 }\n", d);
    model.finish();
    ASSERT_TRUE(d.empty());
    ASSERT_TRUE(model.ready());
    const PennEmissions raid = model.word("raid", "raid");
    EXPECT_EQ(raid.end() - raid.begin(), 2);
    EXPECT_TRUE(model.word("Raid", "raid").begin() == raid.begin());  // lower-case first letter
    EXPECT_TRUE(model.word("raids", "raids").empty());
    EXPECT_FALSE(model.unknown("Brell").empty());
    EXPECT_GT(model.transition(model.find_tag("det"), model.find_tag("nn")),
              model.transition(model.find_tag("det"), model.find_tag("vb")));
}

TEST(PennModel, MissingFilesAreOneWarningAndNoModel) {
    Diagnostics d;
    EXPECT_EQ(load_packaged_penn_model(d, "/nonexistent/sitrep-model"), nullptr);
    ASSERT_EQ(d.size(), 1u);
    EXPECT_EQ(d[0].severity, Severity::warning);
}

TEST(PennModel, TaggerFallsBackToRulesWithoutModel) {
    auto lexicon = testing::builtin_lexicon();
    lexicon->set_model(nullptr);
    Document doc = parse("Officials met Sudani in Baghdad.", lexicon);
    EXPECT_EQ(pos_of(doc, "Baghdad"), PartOfSpeech::proper_noun);
    EXPECT_EQ(pos_of(doc, "in"), PartOfSpeech::preposition);
}

TEST_F(ModelTagger, VerbRightAfterARelativePronounStaysAVerb) {
    // Not an attributive participle of "Gondor": the relative clause's own verb.
    Document doc = parse("Norwegian troops, which entered Gondor last week, shelled the port.");
    EXPECT_EQ(pos_of(doc, "entered"), PartOfSpeech::verb);
    EXPECT_EQ(chunks_of(doc, ChunkKind::verb_group).front(), "entered");
    // "whose" is a determiner: "whose forces" is a noun phrase.
    Document whose = parse("The kingdom, whose forces shelled the port, denied it.");
    EXPECT_EQ(pos_of(whose, "forces"), PartOfSpeech::noun);
}

}  // namespace
}  // namespace sitrep
