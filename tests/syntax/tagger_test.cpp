#include <gtest/gtest.h>

#include "syntax_fixture.hpp"

namespace sitrep {
namespace {

using testing::parse;
using testing::pos_of;

std::shared_ptr<Lexicon> lexicon_with_verbs(std::initializer_list<std::string_view> forms) {
    auto lexicon = testing::builtin_lexicon();
    for (auto f : forms) lexicon->add_verb_form(f);
    return lexicon;
}

TEST(Tagger, TagsClosedClassWordsFromTheLexicon) {
    Document doc = parse("The troops of Iraq will not leave.");
    EXPECT_EQ(pos_of(doc, "The"), PartOfSpeech::determiner);
    EXPECT_EQ(pos_of(doc, "of"), PartOfSpeech::preposition);
    EXPECT_EQ(pos_of(doc, "will"), PartOfSpeech::modal);
    EXPECT_EQ(pos_of(doc, "not"), PartOfSpeech::particle);
}

TEST(Tagger, CapitalisedWordInsideSentenceIsProperNoun) {
    Document doc = parse("Officials met Sudani in Baghdad.");
    EXPECT_EQ(pos_of(doc, "Sudani"), PartOfSpeech::proper_noun);
    EXPECT_EQ(pos_of(doc, "Baghdad"), PartOfSpeech::proper_noun);
}

TEST(Tagger, VerbFormAfterDeterminerIsNoun) {
    Document doc = parse("The attack killed three people.", lexicon_with_verbs({"attack", "killed"}));
    EXPECT_EQ(pos_of(doc, "attack"), PartOfSpeech::noun);
    EXPECT_EQ(pos_of(doc, "killed"), PartOfSpeech::verb);
}

TEST(Tagger, GerundAfterDeterminerAndAdjectiveIsNounAsIsItsConjunct) {
    Document doc = parse("Iran launched a new bombing and shelling offensive against besieged Basra.",
                         lexicon_with_verbs({"launched", "bombing", "shelling", "besieged"}));
    EXPECT_EQ(pos_of(doc, "bombing"), PartOfSpeech::noun);
    EXPECT_EQ(pos_of(doc, "shelling"), PartOfSpeech::noun);
    EXPECT_EQ(pos_of(doc, "besieged"), PartOfSpeech::adjective);
}

TEST(Tagger, VerbFormAfterModalIsVerb) {
    Document doc = parse("Iran could attack Iraq.", lexicon_with_verbs({"attack"}));
    EXPECT_EQ(pos_of(doc, "attack"), PartOfSpeech::verb);
}

TEST(Tagger, InfinitiveToIsParticleBeforeVerb) {
    Document doc = parse("Iraq plans to visit Iran.", lexicon_with_verbs({"visit", "plans"}));
    EXPECT_EQ(pos_of(doc, "to"), PartOfSpeech::particle);
    EXPECT_EQ(pos_of(doc, "visit"), PartOfSpeech::verb);
}

TEST(Tagger, NounBeforeFiniteVerbStaysNoun) {
    Document doc = parse("US strikes killed two commanders.", lexicon_with_verbs({"strikes", "killed"}));
    EXPECT_EQ(pos_of(doc, "strikes"), PartOfSpeech::noun);
    EXPECT_EQ(pos_of(doc, "killed"), PartOfSpeech::verb);
}

TEST(Tagger, SuffixGuessesAdverbAndNoun) {
    Document doc = parse("They quickly reached a settlement.");
    EXPECT_EQ(pos_of(doc, "quickly"), PartOfSpeech::adverb);
    EXPECT_EQ(pos_of(doc, "settlement"), PartOfSpeech::noun);
}

}  // namespace
}  // namespace sitrep
