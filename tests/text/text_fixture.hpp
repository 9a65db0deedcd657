// Shared helpers for the text tests: the real data/text word lists, read
// from the source tree, and short ways to look at tokens and sentences.
#pragma once
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "text/normalize.hpp"
#include "text/text_stage.hpp"

namespace sitrep::text_test {

inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

inline const TextResources& resources() {
    static const TextResources r = [] {
        std::vector<std::pair<std::string, std::string>> owned;
        for (const char* name : {"abbreviations.txt", "titles.txt", "sentence_starters.txt"}) {
            const std::string rel = std::string("data/text/") + name;
            owned.emplace_back(rel, read_file(std::string(SITREP_SOURCE_DIR) + "/" + rel));
        }
        std::vector<std::pair<std::string_view, std::string_view>> files(owned.begin(),
                                                                         owned.end());
        Diagnostics diagnostics;
        TextResources loaded = TextResources::defaults_from(files, diagnostics);
        for (const auto& d : diagnostics) ADD_FAILURE() << d.format();
        return loaded;
    }();
    return r;
}

inline const TextStage& stage() {
    static const TextStage s(resources());
    return s;
}

inline Document process(std::string text) {
    Document doc;
    doc.text = std::move(text);
    stage().run(doc);
    return doc;
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

inline std::vector<std::string> surfaces_of(std::string text) { return surfaces(process(std::move(text))); }
inline std::vector<std::string> norms_of(std::string text) { return norms(process(std::move(text))); }
inline std::vector<std::string> sentences_of(std::string text) {
    return sentences(process(std::move(text)));
}

using Words = std::vector<std::string>;

}  // namespace sitrep::text_test
