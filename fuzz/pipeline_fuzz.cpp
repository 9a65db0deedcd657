// Arbitrary bytes through the whole pipeline with the built-in dictionaries:
// any input must be coded (or yield nothing) without crashing.
#include <cstddef>
#include <cstdint>
#include <string>

#include "engine/engine.hpp"

namespace {

const sitrep::Engine& engine() {
    static const auto e = [] {
        sitrep::Diagnostics diagnostics;
        return sitrep::Engine::load(sitrep::EngineOptions{}, diagnostics);
    }();
    return *e;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    sitrep::Document doc;
    doc.text.assign(reinterpret_cast<const char*>(data), size);
    doc.meta.story_date = sitrep::Date{2024, 1, 27};
    doc.explain = size % 2 == 1;  // exercise the explanation paths too
    engine().code(doc);
    return 0;
}
