// Actor recognition speed: MB/s per core of the actors stage alone (tokens
// given), compile time and size of the compiled dictionary, and the measurement
// behind the token-trie choice (against joined-string hash lookups of every
// span length, as PETRARCH-style matchers do).
// Dictionaries: the built-in data/actors files; without them, the Phoenix ones
// from ../shared (run from the repository root or set SITREP_SHARED_DIR; set
// SITREP_BENCH_PHOENIX=1 to measure those even when built-in files exist).
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <unordered_map>

#include "actors/actor_dictionary.hpp"
#include "actors/actor_stage.hpp"
#include "engine/builtin_data.hpp"
#include "text/text_stage.hpp"

namespace sitrep {
namespace {

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string shared_dir() {
    const char* env = std::getenv("SITREP_SHARED_DIR");
    return env ? env : "../shared";
}

struct Corpus {
    std::vector<std::pair<std::string, std::string>> files;  // path, content
};

const Corpus& dictionaries() {
    static const Corpus c = [] {
        Corpus out;
        // SITREP_BENCH_PHOENIX=1 measures the (much larger) Phoenix dictionaries instead.
        if (!std::getenv("SITREP_BENCH_PHOENIX"))
            for (const auto& f : builtin_files())
                if (f.path.substr(0, 12) == "data/actors/")
                    out.files.emplace_back(std::string(f.path), std::string(f.content));
        if (out.files.empty()) {
            for (const char* name : {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                                     "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt"}) {
                const std::string path = shared_dir() + "/dictionaries/phoenix/" + name;
                std::string content = read(path);
                if (!content.empty()) out.files.emplace_back(path, std::move(content));
            }
        }
        return out;
    }();
    return c;
}

std::shared_ptr<const ActorDictionary> compile_all() {
    ActorDictionaryBuilder b;
    Diagnostics d;
    for (const auto& [path, content] : dictionaries().files) b.load(SourceFile{path, content}, d);
    return b.compile();
}

const TextStage& text_stage() {
    static const TextStage stage = [] {
        std::vector<SourceFile> files;
        for (const auto& f : builtin_files())
            if (f.path.substr(0, 10) == "data/text/") files.push_back({f.path, f.content});
        Diagnostics ignored;
        return TextStage(TextResources::defaults_from(files, ignored));
    }();
    return stage;
}

// The seed article repeated to about 256 KiB, tokenized once.
const Document& tokenized_corpus() {
    static const Document doc = [] {
        std::string article = read(shared_dir() + "/seed/article.txt");
        if (article.empty())
            article = "Iraqi Prime Minister Mohammad Shia al-Sudani met US forces in Baghdad on Saturday.\n";
        Document d;
        while (d.text.size() < (256u << 10)) d.text += article;
        d.meta.story_date = Date{2024, 1, 27};
        text_stage().run(d);
        return d;
    }();
    return doc;
}

void BM_CompileDictionary(benchmark::State& state) {
    size_t bytes = 0;
    for (const auto& f : dictionaries().files) bytes += f.second.size();
    std::shared_ptr<const ActorDictionary> dict;
    for (auto _ : state) {
        dict = compile_all();
        benchmark::DoNotOptimize(dict.get());
    }
    state.counters["entries"] = static_cast<double>(dict->entry_count());
    state.counters["phrases"] = static_cast<double>(dict->phrase_count());
    state.counters["trie_nodes"] = static_cast<double>(dict->trie().node_count());
    state.counters["compiled_MiB"] = static_cast<double>(dict->memory_bytes()) / (1 << 20);
    state.SetBytesProcessed(static_cast<int64_t>(bytes * state.iterations()));
}
BENCHMARK(BM_CompileDictionary)->Unit(benchmark::kMillisecond);

void BM_ActorStage(benchmark::State& state) {
    const ActorStage stage(compile_all());
    Document doc = tokenized_corpus();
    for (auto _ : state) {
        stage.run(doc);
        benchmark::DoNotOptimize(doc.actors.data());
    }
    state.counters["mentions"] = static_cast<double>(doc.actors.size());
    state.counters["sentences/s"] =
        benchmark::Counter(static_cast<double>(doc.sentences.size()), benchmark::Counter::kIsIterationInvariantRate);
    state.SetBytesProcessed(static_cast<int64_t>(doc.text.size() * state.iterations()));
}
BENCHMARK(BM_ActorStage)->Unit(benchmark::kMillisecond);

// Longest match only, token-id trie: one string hash per token, then integer probes.
void BM_LongestMatchTokenTrie(benchmark::State& state) {
    const auto dict = compile_all();
    const Document& doc = tokenized_corpus();
    const TokenTrie& trie = dict->trie();
    std::vector<uint32_t> ids(doc.tokens.size());
    size_t found = 0;
    for (auto _ : state) {
        for (size_t i = 0; i < doc.tokens.size(); ++i) ids[i] = trie.token_id(doc.tokens[i].norm);
        for (size_t i = 0; i < ids.size();) {
            uint32_t node = TokenTrie::root();
            size_t best = 0;
            for (size_t j = i; j < ids.size() && ids[j] != TokenTrie::kNone; ++j) {
                node = trie.child(node, ids[j]);
                if (node == TokenTrie::kNone) break;
                const auto& t = trie.terminal(node);
                if (t.actor != TokenTrie::kNone || t.agent != TokenTrie::kNone) best = j - i + 1;
            }
            found += best > 0;
            i += best > 0 ? best : 1;
        }
    }
    benchmark::DoNotOptimize(found);
    state.SetBytesProcessed(static_cast<int64_t>(doc.text.size() * state.iterations()));
}
BENCHMARK(BM_LongestMatchTokenTrie)->Unit(benchmark::kMillisecond);

// The alternative measured against: phrases as joined strings in a hash set,
// every span from the longest phrase length down to one token tried in turn.
void BM_LongestMatchJoinedStrings(benchmark::State& state) {
    const auto dict = compile_all();
    std::unordered_map<std::string, uint32_t> phrases;
    size_t longest = 0;
    for (uint32_t p = 0; p < dict->phrase_count(); ++p) {
        std::string key;
        for (const auto& n : dict->phrase(p).norms) key += n + ' ';
        phrases[key] = p;
        longest = std::max(longest, dict->phrase(p).norms.size());
    }
    const Document& doc = tokenized_corpus();
    size_t found = 0;
    std::string key;
    for (auto _ : state) {
        for (size_t i = 0; i < doc.tokens.size();) {
            size_t best = 0;
            for (size_t len = std::min(longest, doc.tokens.size() - i); len > 0 && !best; --len) {
                key.clear();
                for (size_t k = i; k < i + len; ++k) (key += doc.tokens[k].norm) += ' ';
                if (phrases.count(key)) best = len;
            }
            found += best > 0;
            i += best > 0 ? best : 1;
        }
    }
    benchmark::DoNotOptimize(found);
    state.counters["longest_phrase"] = static_cast<double>(longest);
    state.SetBytesProcessed(static_cast<int64_t>(doc.text.size() * state.iterations()));
}
BENCHMARK(BM_LongestMatchJoinedStrings)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace sitrep
