// Whole-pipeline throughput: text in, events out, on one core with the
// built-in dictionaries. Reports sentences/s (target >= 20,000/s/core).
// Uses the seed article when ../shared is present, else sentences written here.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "engine/engine.hpp"

namespace {

std::string corpus_text() {
    // Run from the repository root, or set SITREP_SHARED_DIR.
    const char* env = std::getenv("SITREP_SHARED_DIR");
    std::ifstream in(std::string(env ? env : "../shared") + "/seed/article.txt");
    if (in) {
        std::stringstream buffer;
        buffer << in.rdbuf();
        return buffer.str();
    }
    return "The United States and Iraq are holding talks on the future of American troops in the country.\n"
           "Iraqi officials complained that the US attack violated Iraq's sovereignty.\n"
           "Iranian-allied groups attacked US forces in Syria on Thursday, officials said.\n"
           "Washington announced an agreement with Baghdad to establish a working group.\n";
}

const sitrep::Engine& engine() {
    static const auto e = [] {
        sitrep::Diagnostics diagnostics;
        return sitrep::Engine::load(sitrep::EngineOptions{}, diagnostics);
    }();
    return *e;
}

void BM_Pipeline(benchmark::State& state) {
    const std::string text = corpus_text();
    const sitrep::Engine& e = engine();
    size_t sentences = 0, events = 0, bytes = 0;
    for (auto _ : state) {
        sitrep::Document doc;
        doc.text = text;
        doc.meta.story_date = sitrep::Date{2024, 1, 27};
        e.code(doc);
        sentences += doc.sentences.size();
        events += doc.events.size();
        bytes += text.size();
        benchmark::DoNotOptimize(doc.events.data());
    }
    state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
    state.counters["events/s"] = benchmark::Counter(static_cast<double>(events), benchmark::Counter::kIsRate);
    state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_Pipeline)->Unit(benchmark::kMicrosecond);

}  // namespace
