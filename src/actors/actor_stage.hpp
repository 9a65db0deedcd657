// The "actors" pipeline stage: finds actor mentions in each sentence with the
// compiled dictionary (longest match on token norms), composes them in context
// (country + agent, title + person, possessive, "spokesperson for X",
// "Iranian-allied groups"), picks each code by the story date, and keeps
// capitalised names with no entry as uncoded mentions.
#pragma once
#include <memory>

#include "actors/actor_dictionary.hpp"
#include "core/stage.hpp"

namespace sitrep {

class ActorStage : public Stage {
public:
    explicit ActorStage(std::shared_ptr<const ActorDictionary> dictionary);
    static constexpr StageContract kContract{"actors",
                                             /*reads*/ {Layer::dateline, Layer::tokens, Layer::sentences},
                                             /*writes*/ {Layer::actors}};
    const StageContract& contract() const override { return kContract; }
    // Replaces doc.actors. Needs doc.tokens (and doc.sentences when present).
    void run(Document& doc) const override;

    const ActorDictionary& dictionary() const { return *dictionary_; }

private:
    std::shared_ptr<const ActorDictionary> dictionary_;
};

}  // namespace sitrep
