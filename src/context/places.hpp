// PlaceDetector: finds place names introduced by a preposition ("in Baghdad",
// "outside Baghdad airport", "in northern Iraq and Syria") and resolves each to
// a gazetteer entry in Document::places. A bare name in subject position
// ("Washington said") is left to the actor stage: governments speak, places don't.
#pragma once
#include <memory>

#include "context/gazetteer.hpp"
#include "core/stage.hpp"

namespace sitrep {

class PlaceDetector : public Stage {
public:
    explicit PlaceDetector(std::shared_ptr<const Gazetteer> gazetteer) : gazetteer_(std::move(gazetteer)) {}

    static constexpr StageContract kContract{
        "places",
        /*reads*/ {Layer::dateline, Layer::tokens, Layer::sentences, Layer::tags, Layer::actors, Layer::dates},
        /*writes*/ {Layer::places}};
    const StageContract& contract() const override { return kContract; }
    void run(Document& doc) const override;

private:
    struct Match {
        uint32_t end = 0;  // one past the last token of the name
        uint32_t entry = 0;
    };
    // Longest gazetteer name starting at token `first` (capitalised), within the sentence.
    std::optional<Match> match_at(const Document& doc, uint32_t first, uint32_t limit) const;
    // Among same-named entries, the one the sentence and document favour.
    uint32_t choose(const Document& doc, uint32_t sentence, const std::vector<uint32_t>& candidates) const;
    void add(Document& doc, uint32_t first, const Match& m, std::string_view why) const;
    // Adds entry `e` over tokens [first, end).
    void add_entry_at(Document& doc, uint32_t first, uint32_t end, const PlaceEntry& e, std::string_view why) const;
    struct Owned {
        uint32_t noun;  // the owned noun's token; the sentence's end when none
        bool seat;      // a national body's seat ("parliament")
        bool place;     // a place or part of one ("outskirts", "north", "province")
    };
    Owned owned_noun(const Document& doc, const Match& m, TokenRange sentence) const;
    void add_dateline(Document& doc) const;
    void add_possessive_sites(Document& doc, TokenRange sentence) const;
    void add_here(Document& doc, TokenRange sentence, const PlaceMention& dateline) const;
    bool add_anaphor(Document& doc, uint32_t preposition, TokenRange sentence) const;
    void add_named_divisions(Document& doc, TokenRange sentence) const;
    void add_nationality_places(Document& doc, TokenRange range, uint32_t sentence) const;

    std::shared_ptr<const Gazetteer> gazetteer_;
};

}  // namespace sitrep
