// Stage contracts: each stage declares the layers it reads and writes, the engine
// checks the order once at load, builds a pipeline up to a layer, and every stage
// replaces its layer, so coding a document twice gives the same result.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "../support/pipeline.hpp"
#include "engine/engine.hpp"
#include "syntax/syntax_stage.hpp"
#include "text/text_stage.hpp"

namespace sitrep {
namespace {

std::vector<std::string> stage_names(const Engine& engine) {
    std::vector<std::string> out;
    for (const auto& s : engine.stages()) out.emplace_back(s->name());
    return out;
}

TEST(StageContract, BuiltinPipelineIsInOrder) {
    const Engine& engine = testing::builtin_engine();
    std::vector<const StageContract*> contracts;
    for (const auto& s : engine.stages()) contracts.push_back(&s->contract());
    Diagnostics diagnostics;
    EXPECT_TRUE(check_stage_order(contracts, diagnostics));
    EXPECT_TRUE(diagnostics.empty());
    EXPECT_EQ(stage_names(engine),
              (std::vector<std::string>{"text", "actors", "syntax", "dates", "places", "quantities", "quotes",
                                        "actor-countries", "pronoun-actors", "events", "event-context"}));
    EXPECT_TRUE(engine.writes().has(Layer::event_context));
}

TEST(StageContract, SentencesNeedOnlyTheTextStage) {
    EXPECT_EQ(stage_names(testing::builtin_engine(Layer::sentences)), std::vector<std::string>{"text"});
    EXPECT_EQ(stage_names(testing::builtin_engine(Layer::tokens)), std::vector<std::string>{"text"});
    EXPECT_EQ(stage_names(testing::builtin_engine(Layer::tags)), (std::vector<std::string>{"text", "syntax"}));
}

TEST(StageContract, UntilALayerKeepsTheStagesItReads) {
    // Places read actors and dates; dates read tags and clauses; nothing reads quotes.
    EXPECT_EQ(stage_names(testing::builtin_engine(Layer::places)),
              (std::vector<std::string>{"text", "actors", "syntax", "dates", "places"}));
    // The actor layer is finished by the stages that give agents a country and
    // pronouns an antecedent; the event coder is not needed for it.
    const auto actors = stage_names(testing::builtin_engine(Layer::actors));
    EXPECT_EQ(actors.back(), "pronoun-actors");
    EXPECT_EQ(std::count(actors.begin(), actors.end(), "events"), 0);
    EXPECT_EQ(std::count(actors.begin(), actors.end(), "quantities"), 0);
}

TEST(StageContract, PartialPipelineGivesTheSameLayer) {
    const std::string text = "Iraqi troops shelled the town of Tal Afar on Monday, officials said.";
    const Document whole = testing::coded(text);
    const Document part = testing::coded(text, Layer::sentences);
    ASSERT_EQ(part.tokens.size(), whole.tokens.size());
    ASSERT_EQ(part.sentences.size(), whole.sentences.size());
    for (size_t i = 0; i < part.tokens.size(); ++i) EXPECT_EQ(part.tokens[i].norm, whole.tokens[i].norm);
    EXPECT_TRUE(part.events.empty());
    EXPECT_TRUE(part.actors.empty());
}

TEST(StageContract, AStageReadingAnUnwrittenLayerIsAnErrorAtLoad) {
    std::vector<std::unique_ptr<Stage>> stages;
    auto lexicon = std::make_shared<Lexicon>();
    stages.push_back(std::make_unique<SyntaxStage>(lexicon));  // reads tokens: nothing wrote them yet
    Diagnostics diagnostics;
    EXPECT_EQ(Engine::from_stages(std::move(stages), diagnostics), nullptr);
    ASSERT_FALSE(diagnostics.empty());
    EXPECT_EQ(diagnostics[0].severity, Severity::error);
    EXPECT_EQ(diagnostics[0].code, DiagnosticCode::stage_order) << diagnostics[0].message;
}

TEST(StageContract, StagesForFollowsReadsBackwards) {
    const StageContract a{"a", {}, {Layer::tokens}};
    const StageContract b{"b", {Layer::tokens}, {Layer::dates}};
    const StageContract c{"c", {Layer::tokens}, {Layer::quotes}};
    const StageContract d{"d", {Layer::dates}, {Layer::places}};
    const std::vector<const StageContract*> pipeline{&a, &b, &c, &d};
    EXPECT_EQ(stages_for(pipeline, Layer::places), (std::vector<bool>{true, true, false, true}));
    EXPECT_EQ(stages_for(pipeline, Layer::quotes), (std::vector<bool>{true, false, true, false}));
    Diagnostics diagnostics;
    EXPECT_TRUE(check_stage_order(pipeline, diagnostics));
    const std::vector<const StageContract*> reversed{&d, &c, &b, &a};
    EXPECT_FALSE(check_stage_order(reversed, diagnostics));
    EXPECT_EQ(diagnostics.size(), 3u);  // d reads dates, c and b read tokens
}

// Every layer, summarised, to compare two codings of one document.
std::string layers_of(const Document& doc) {
    std::string out;
    out += "tokens " + std::to_string(doc.tokens.size()) + " sentences " + std::to_string(doc.sentences.size()) +
           " chunks " + std::to_string(doc.chunks.size()) + " clauses " + std::to_string(doc.clauses.size()) + "\n";
    for (const auto& a : doc.actors) out += "actor " + std::string(doc.view(a.span)) + " " + a.code + "\n";
    for (const auto& d : doc.dates) out += "date " + std::string(doc.view(d.span)) + " " + d.date.iso() + "\n";
    for (const auto& p : doc.places) out += "place " + std::string(doc.view(p.span)) + " " + p.name + "\n";
    for (const auto& q : doc.quantities) out += "count " + std::string(doc.view(q.span)) + "\n";
    for (const auto& q : doc.quotes) out += "quote " + std::string(doc.view(q.span)) + " " + q.speaker_code + "\n";
    for (const auto& e : doc.events) {
        out += "event " + e.cameo + " " + (e.source ? e.source->code : "-") + " " + (e.target ? e.target->code : "-") +
               " " + e.date.iso() + " " + (e.place ? e.place->name : "-") +
               (e.attribution ? " by " + e.attribution->code : "") + "\n";
    }
    return out;
}

TEST(StageContract, CodingADocumentTwiceGivesTheSameLayers) {
    const Engine& engine = testing::builtin_engine();
    Document doc;
    doc.text = testing::seed_article();
    doc.meta.story_date = Date{2024, 1, 27};
    engine.code(doc);
    const std::string first = layers_of(doc);
    ASSERT_FALSE(doc.events.empty());
    ASSERT_FALSE(doc.dates.empty());
    ASSERT_FALSE(doc.places.empty());
    ASSERT_FALSE(doc.quotes.empty());
    ASSERT_FALSE(doc.quantities.empty());
    const auto events = testing::triples(doc);
    engine.code(doc);
    EXPECT_EQ(testing::triples(doc), events);
    EXPECT_EQ(layers_of(doc), first);
}

}  // namespace
}  // namespace sitrep
