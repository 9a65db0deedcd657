// The one way tests build pipelines: through Engine::load, as the CLI does, so a
// test never re-wires the stage order by hand. Engines are loaded once per test
// program and shared (an Engine is immutable).
//
//   const Engine& engine = testing::builtin_engine();                 // every stage
//   Document doc = testing::coded("Iran condemned Israel.", Layer::sentences);  // text stage only
//   Document doc = testing::coded_with(engine, text, Date{2024, 1, 27});
#pragma once
#include <gtest/gtest.h>

#include <fstream>
#include <memory>
#include <mutex>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "engine/engine.hpp"

namespace sitrep::testing {

// The engine with the built-in data, whole or up to `until`; loaded once each.
// A load problem is a test failure.
inline const Engine& builtin_engine(std::optional<Layers> until = std::nullopt, bool require_dyad = false) {
    static std::mutex mutex;
    static std::vector<std::tuple<std::optional<Layers>, bool, std::unique_ptr<Engine>>> engines;
    const std::lock_guard<std::mutex> lock(mutex);
    for (const auto& [layers, dyad, engine] : engines)
        if (layers == until && dyad == require_dyad) return *engine;
    auto& slot = std::get<2>(engines.emplace_back(until, require_dyad, nullptr));
    if (!slot) {
        EngineOptions options;
        options.until = until;
        options.require_dyad = require_dyad;
        Diagnostics diagnostics;
        slot = Engine::load(options, diagnostics);
        for (const auto& d : diagnostics)
            if (d.severity == Severity::error) ADD_FAILURE() << d.format();
    }
    return *slot;
}

// An engine from `options` (e.g. dictionaries written in the test), for one fixture
// to keep; its diagnostics go to `diagnostics`.
inline std::unique_ptr<Engine> engine_with(const EngineOptions& options, Diagnostics& diagnostics) {
    auto engine = Engine::load(options, diagnostics);
    if (!engine) ADD_FAILURE() << "engine did not load";
    return engine;
}

// A Document of `text` (id "test") coded by `engine`.
inline Document coded_with(const Engine& engine, std::string text, std::optional<Date> story = Date{2024, 1, 27},
                           bool explain = false) {
    Document doc;
    doc.text = std::move(text);
    doc.meta.story_date = story;
    doc.meta.id = "test";
    doc.explain = explain;
    engine.code(doc);
    return doc;
}

// `text` coded by the built-in engine, whole or up to `until`.
inline Document coded(std::string text, std::optional<Layers> until = std::nullopt,
                      std::optional<Date> story = Date{2024, 1, 27}) {
    return coded_with(builtin_engine(until), std::move(text), story);
}

// "SRC CAMEO TGT" for each event, in order ("-" for a missing actor).
inline std::vector<std::string> triples(const Document& doc) {
    std::vector<std::string> out;
    for (const auto& e : doc.events)
        out.push_back((e.source ? e.source->code : "-") + " " + e.cameo + " " + (e.target ? e.target->code : "-"));
    return out;
}

// True when one of `triples` has a source, CAMEO code and target starting with the given prefixes.
inline bool has_triple(const std::vector<std::string>& triples, std::string_view source, std::string_view cameo,
                       std::string_view target) {
    for (const std::string& e : triples) {
        const size_t a = e.find(' '), b = e.find(' ', a + 1);
        std::string_view s(e.data(), a), c(e.data() + a + 1, b - a - 1), t(e.data() + b + 1, e.size() - b - 1);
        if (s.starts_with(source) && c.starts_with(cameo) && t.starts_with(target)) return true;
    }
    return false;
}

// Whether the built-in engine codes `text` (story date `date`) with such an event;
// on failure the message lists what it coded instead.
inline ::testing::AssertionResult codes_triple(const std::string& text, Date date, std::string_view source,
                                               std::string_view cameo, std::string_view target) {
    const auto events = triples(coded(text, std::nullopt, date));
    if (has_triple(events, source, cameo, target)) return ::testing::AssertionSuccess();
    std::string got;
    for (const auto& e : events) got += " [" + e + "]";
    return ::testing::AssertionFailure() << "'" << text << "' wanted " << source << " " << cameo << " " << target
                                         << ", got" << (got.empty() ? " nothing" : got);
}

// The seed article (tests/data/seed-article.txt, story date 2024-01-27), vendored
// with the tests so that its tests never skip.
inline const std::string& seed_article() {
    static const std::string text = [] {
        std::ifstream in(std::string(SITREP_SOURCE_DIR) + "/tests/data/seed-article.txt", std::ios::binary);
        if (!in) ADD_FAILURE() << "tests/data/seed-article.txt is missing";
        std::stringstream buffer;
        buffer << in.rdbuf();
        return buffer.str();
    }();
    return text;
}

}  // namespace sitrep::testing
