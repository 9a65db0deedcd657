// Helpers for the actor tests: the engine's text stage (testing::builtin_engine up
// to sentences) to tokenize sentences, and dictionaries built from strings.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "../support/pipeline.hpp"
#include "actors/actor_dictionary.hpp"
#include "actors/actor_stage.hpp"
#include "core/document.hpp"

namespace sitrep::testing {

// The layers the actor stage reads, from the engine, then `stage` over them.
inline Document coded(const ActorStage& stage, std::string text, std::optional<Date> date) {
    Document doc = coded(std::move(text), Layer::sentences, date);
    stage.run(doc);
    return doc;
}

// Text, code and kind of each mention, for compact expectations.
struct Seen {
    std::string text, code;
    ActorKind kind;
};
inline std::vector<Seen> seen(const Document& doc) {
    std::vector<Seen> out;
    for (const auto& m : doc.actors) out.push_back({std::string(doc.view(m.span)), m.code, m.kind});
    return out;
}
inline const ActorMention* find_mention(const Document& doc, std::string_view text) {
    for (const auto& m : doc.actors)
        if (doc.view(m.span) == text) return &m;
    return nullptr;
}

inline size_t error_count(const Diagnostics& d) {
    size_t n = 0;
    for (const auto& x : d) n += x.severity == Severity::error;
    return n;
}

inline Date ymd(int y, int m, int d) {
    return Date{y, m, d};
}

}  // namespace sitrep::testing
