// Shared helpers for the text tests: Documents from the engine's text stage and
// short ways to look at tokens and sentences.
#pragma once
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "../support/pipeline.hpp"
#include "text/normalize.hpp"
#include "text/text_stage.hpp"

namespace sitrep::text_test {

// The engine up to sentences (the text stage alone, built from the embedded data/text).
inline Document process(std::string text) {
    return sitrep::testing::coded(std::move(text), Layer::sentences);
}

inline std::vector<std::string> surfaces(const Document& doc) {
    std::vector<std::string> out;
    for (const auto& t : doc.tokens) out.emplace_back(doc.view(t.span));
    return out;
}

inline std::vector<std::string> norms(const Document& doc) {
    std::vector<std::string> out;
    for (const auto& t : doc.tokens) out.push_back(t.norm);
    return out;
}

inline std::vector<std::string> sentences(const Document& doc) {
    std::vector<std::string> out;
    for (const auto& s : doc.sentences) out.emplace_back(doc.view(s.span));
    return out;
}

inline std::vector<std::string> surfaces_of(std::string text) {
    return surfaces(process(std::move(text)));
}
inline std::vector<std::string> norms_of(std::string text) {
    return norms(process(std::move(text)));
}
inline std::vector<std::string> sentences_of(std::string text) {
    return sentences(process(std::move(text)));
}

using Words = std::vector<std::string>;

}  // namespace sitrep::text_test
