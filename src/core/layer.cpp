#include "core/layer.hpp"

#include <array>

namespace sitrep {
namespace {
constexpr std::array<std::string_view, kLayerCount> kNames = {
    "dateline", "tokens", "sentences",  "tags",   "chunks", "clauses",       "actors",
    "dates",    "places", "quantities", "quotes", "events", "event-context",
};
}  // namespace

std::string_view to_string(Layer layer) {
    return kNames[static_cast<size_t>(layer)];
}

bool layer_from(std::string_view name, Layer& layer) {
    for (size_t i = 0; i < kNames.size(); ++i)
        if (kNames[i] == name) {
            layer = static_cast<Layer>(i);
            return true;
        }
    return false;
}

}  // namespace sitrep
