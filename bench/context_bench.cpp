// Throughput of the context stages: dates, places, counts and quotes on
// tokenised news text (the text stage is run once, outside the timing), and
// the event-context attacher. Text: the seed article from ../shared, else a
// paragraph written here. Reports bytes/s and sentences/s per core.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "batch/dedup.hpp"
#include "context/context_stages.hpp"
#include "context/dates.hpp"
#include "context/places.hpp"
#include "engine/builtin_data.hpp"
#include "text/text_stage.hpp"

namespace sitrep {
namespace {

const ContextData& data() {
    static const ContextData d = [] {
        ContextData out;
        Diagnostics diagnostics;
        for (const auto& f : builtin_files()) out.add_file({f.path, f.content}, diagnostics);
        return out;
    }();
    return d;
}

std::string sample_text() {
    const char* env = std::getenv("SITREP_SHARED_DIR");
    std::ifstream in(std::string(env ? env : "../shared") + "/seed/article.txt");
    if (in) {
        std::ostringstream s;
        s << in.rdbuf();
        return s.str();
    }
    return "About 2,500 U.S. troops are still deployed in Iraq. Officials met in Baghdad on Saturday.\n"
           "A drone strike killed 12 people outside Baghdad airport in January 2020, officials said.\n"
           "\u201cWe will respond,\u201d the ministry said in a statement on Thursday.\n";
}

Document tokenized_sample() {
    std::vector<SourceFile> files;
    for (const auto& f : builtin_files()) files.push_back({f.path, f.content});
    Diagnostics diagnostics;
    const TextStage text(TextResources::defaults_from(files, diagnostics));
    Document doc;
    for (int i = 0; i < 20; ++i) doc.text += sample_text();
    doc.meta.story_date = Date{2024, 1, 27};
    text.run(doc);
    return doc;
}

void run_stage(benchmark::State& state, const Stage& stage) {
    const Document base = tokenized_sample();
    for (auto _ : state) {
        Document doc = base;
        stage.run(doc);
        benchmark::DoNotOptimize(doc.dates.data());
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * base.text.size()));
    state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(state.iterations() * base.sentences.size()),
                                                       benchmark::Counter::kIsRate);
}

void BM_DateDetector(benchmark::State& state) {
    run_stage(state, DateDetector(data().dates, data().numbers));
}
void BM_PlaceDetector(benchmark::State& state) {
    run_stage(state, PlaceDetector(data().places));
}
void BM_QuantityDetector(benchmark::State& state) {
    run_stage(state, QuantityDetector(data().quantities, data().numbers));
}
void BM_QuoteDetector(benchmark::State& state) {
    run_stage(state, QuoteDetector(data().speech));
}

void BM_AllContextStages(benchmark::State& state) {
    const auto detectors = make_context_detectors(data());
    const auto attacher = make_event_context_attacher();
    Document base = tokenized_sample();
    for (uint32_t s = 0; s < base.sentences.size(); ++s) {
        Event e;
        e.sentence = s;
        e.verb_span = base.tokens[base.sentences[s].tokens.first].span;
        base.events.push_back(e);
    }
    for (auto _ : state) {
        Document doc = base;
        for (const auto& stage : detectors) stage->run(doc);
        attacher->run(doc);
        merge_duplicate_events(doc);
        benchmark::DoNotOptimize(doc.events.data());
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * base.text.size()));
    state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(state.iterations() * base.sentences.size()),
                                                       benchmark::Counter::kIsRate);
}

BENCHMARK(BM_DateDetector);
BENCHMARK(BM_PlaceDetector);
BENCHMARK(BM_QuantityDetector);
BENCHMARK(BM_QuoteDetector);
BENCHMARK(BM_AllContextStages);

}  // namespace
}  // namespace sitrep
