// Throughput of the text stage (tokenize + sentence split) over a news
// paragraph written here, repeated to about 64 KiB. Reports bytes/s,
// tokens/s and sentences/s; the pipeline target is >= 20k sentences/s/core.
#include <benchmark/benchmark.h>

#include <string>

#include "engine/builtin_data.hpp"
#include "text/normalize.hpp"
#include "text/text_stage.hpp"

namespace {

constexpr const char* kParagraph =
    "BAGHDAD (Reuters) - Iraq and the U.S. began talks on Saturday on the future of the "
    "US-led coalition, Prime Minister Mohammad Shia al-Sudani’s office said. About 2,500 "
    "U.S. troops remain in the country, 10 years after the coalition was formed. “We "
    "will not accept attacks on our sovereignty,” al-Sudani told Lt. Col. John Smith on "
    "Jan. 27 at 9 a.m. Iranian-allied groups have fired rockets at bases in Iraq and Syria "
    "since October. The U.S. Department of Defense didn’t comment. Officials said the "
    "first round of talks, held in the capital’s Green Zone, lasted 3.5 hours.\n"
    "Militia leader Abu Mahdi al-Muhandis was killed in a drone strike in January 2020. "
    "Will the troops leave? Nobody knows yet.\n";

sitrep::TextResources builtin_resources() {
    std::vector<sitrep::SourceFile> files;
    for (const auto& f : sitrep::builtin_files()) files.push_back({f.path, f.content});
    sitrep::Diagnostics diagnostics;
    return sitrep::TextResources::defaults_from(files, diagnostics);
}

std::string corpus() {
    std::string text;
    while (text.size() < 64 * 1024) text += kParagraph;
    return text;
}

void BM_TextStage(benchmark::State& state) {
    const sitrep::TextStage stage(builtin_resources());
    const std::string text = corpus();
    size_t sentences = 0, tokens = 0;
    sitrep::Document doc;
    for (auto _ : state) {
        doc.text = text;
        stage.run(doc);
        sentences += doc.sentences.size();
        tokens += doc.tokens.size();
        benchmark::DoNotOptimize(doc.sentences.data());
    }
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
    state.counters["sentences/s"] = benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsRate);
    state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TextStage)->Unit(benchmark::kMillisecond);

void BM_NormalizeAsciiToken(benchmark::State& state) {
    for (auto _ : state) benchmark::DoNotOptimize(sitrep::normalize_token("Al-Sudani"));
}
BENCHMARK(BM_NormalizeAsciiToken);

void BM_NormalizeUnicodeToken(benchmark::State& state) {
    for (auto _ : state) benchmark::DoNotOptimize(sitrep::normalize_token("Al‐Ṣudani’s"));
}
BENCHMARK(BM_NormalizeUnicodeToken);

}  // namespace
