// The layers of a Document that stages read and write (stage.hpp), so that the
// engine can check a pipeline's order once at load and build one up to a layer.
#pragma once
#include <cstdint>
#include <initializer_list>
#include <string_view>

namespace sitrep {

enum class Layer : uint8_t {
    dateline,       // Document::dateline
    tokens,         // Document::tokens (span, norm, kind, sentence)
    sentences,      // Document::sentences
    tags,           // Token::pos
    chunks,         // Document::chunks
    clauses,        // Document::clauses
    actors,         // Document::actors
    dates,          // Document::dates
    places,         // Document::places
    quantities,     // Document::quantities
    quotes,         // Document::quotes
    events,         // Document::events (codes, actors, verb, rule)
    event_context,  // each event's date, place, counts and attribution
};
inline constexpr int kLayerCount = static_cast<int>(Layer::event_context) + 1;

std::string_view to_string(Layer layer);
// Inverse of to_string ("sentences" -> Layer::sentences); false when unknown.
bool layer_from(std::string_view name, Layer& layer);

// A small set of layers.
class Layers {
public:
    constexpr Layers() = default;
    constexpr Layers(Layer l) : bits_(bit(l)) {}  // NOLINT: a layer is a set of one
    constexpr Layers(std::initializer_list<Layer> layers) {
        for (Layer l : layers) bits_ |= bit(l);
    }
    constexpr bool has(Layer l) const { return (bits_ & bit(l)) != 0; }
    constexpr bool any_of(Layers other) const { return (bits_ & other.bits_) != 0; }
    constexpr void add(Layer l) { bits_ |= bit(l); }
    constexpr void add(Layers other) { bits_ |= other.bits_; }
    constexpr bool empty() const { return bits_ == 0; }
    constexpr bool operator==(const Layers&) const = default;

private:
    static constexpr uint32_t bit(Layer l) { return uint32_t{1} << static_cast<unsigned>(l); }
    uint32_t bits_ = 0;
};

}  // namespace sitrep
