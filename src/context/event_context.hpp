// EventContextAttacher: runs after the event stage and gives each Event the
// context of its own clause: the date expression governing it (else the
// story date, precision "story"), its place, its counts and, when its verb
// lies inside a quote, who said it. With doc.explain set it writes why.
#pragma once
#include <memory>

#include "context/date_lexicon.hpp"
#include "context/gazetteer.hpp"
#include "core/stage.hpp"

namespace sitrep {

class EventContextAttacher : public Stage {
public:
    static constexpr StageContract kContract{
        "event-context",
        /*reads*/
        {Layer::dateline, Layer::tokens, Layer::sentences, Layer::clauses, Layer::dates, Layer::places,
         Layer::quantities, Layer::quotes, Layer::events},
        /*writes*/ {Layer::event_context}};
    const StageContract& contract() const override { return kContract; }
    EventContextAttacher() = default;
    // With a gazetteer an event whose sentence names no place can take the country its
    // parties share ("the army detained the opposition leader": that country).
    explicit EventContextAttacher(std::shared_ptr<const Gazetteer> gazetteer) : gazetteer_(std::move(gazetteer)) {}
    // With the date words too, an undated event in a morning paper's story of the print era
    // takes the day before the story date (data/dates/print-editions.txt).
    EventContextAttacher(std::shared_ptr<const Gazetteer> gazetteer, std::shared_ptr<const DateLexicon> dates)
        : gazetteer_(std::move(gazetteer)), dates_(std::move(dates)) {}
    void run(Document& doc) const override;

private:
    std::shared_ptr<const Gazetteer> gazetteer_;
    std::shared_ptr<const DateLexicon> dates_;
};

// The token scopes around token `verb`, innermost first: its clause, the
// clauses enclosing it, then its whole sentence. Mentions are looked up in
// this order, so a date in the event's own clause beats one elsewhere.
std::vector<TokenRange> scopes_around(const Document& doc, uint32_t verb, uint32_t sentence);

}  // namespace sitrep
