// A passive whose auxiliary the chunker left outside the verb group ("after being
// shot and then beaten by X"), through the whole built-in pipeline: only the trained tagger puts
// "after being" into one prepositional chunk.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "engine/engine.hpp"

namespace sitrep {
namespace {

const Engine& engine() {
    static const std::unique_ptr<Engine> e = [] {
        Diagnostics ignored;
        return Engine::load(EngineOptions{}, ignored);
    }();
    return *e;
}

TEST(PassiveAuxiliary, BeingOutsideTheVerbGroupStillMakesAPassive) {
    Document doc;
    doc.text = "The Iraqi minister was killed on Monday, apparently after being shot and then beaten by a Syrian gunman.";
    doc.meta.story_date = Date{2024, 3, 12};
    engine().code(doc);
    bool shot = false;
    for (const Event& e : doc.events) {
        if (e.verb_text != "shot") continue;
        shot = true;
        ASSERT_TRUE(e.source && e.target);
        EXPECT_EQ(e.source->code, "SYRUAF");
        EXPECT_EQ(e.target->code.substr(0, 3), "IRQ");
    }
    EXPECT_TRUE(shot);
}

}  // namespace
}  // namespace sitrep
