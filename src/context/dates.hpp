// DateDetector: finds date expressions in each sentence and normalises them
// against the story date into Document::dates ("on Saturday", "October 7",
// "last year", "10 years ago", "2024-01-27", "27/01/2024", "January 27, 2024").
#pragma once
#include <memory>

#include "context/date_lexicon.hpp"
#include "context/numbers.hpp"
#include "core/stage.hpp"

namespace sitrep {

struct DateDetectorOptions {
    // "03/04/2024": day first (3 April) unless set. A part above 12 decides.
    bool month_first = false;
};

class DateDetector : public Stage {
public:
    DateDetector(std::shared_ptr<const DateLexicon> lexicon, std::shared_ptr<const NumberWords> numbers,
                 DateDetectorOptions options = {})
        : lexicon_(std::move(lexicon)), numbers_(std::move(numbers)), options_(options) {}

    static constexpr StageContract kContract{"dates",
                                             /*reads*/ {Layer::tokens, Layer::sentences, Layer::tags, Layer::clauses},
                                             /*writes*/ {Layer::dates}};
    const StageContract& contract() const override { return kContract; }
    void run(Document& doc) const override;

private:
    void detect_sentence(Document& doc, uint32_t sentence, std::vector<bool>& used) const;
    void detect_numeric(Document& doc, uint32_t sentence, std::vector<bool>& used) const;
    bool future_context(const Document& doc, uint32_t token) const;
    int32_t adjunct_opener(const Document& doc, uint32_t first, TokenRange sentence) const;
    // The month of a one-word part of a month ("mid-January"); nullptr otherwise.
    const DateWord* month_part(const Document& doc, uint32_t token) const;

    std::shared_ptr<const DateLexicon> lexicon_;
    std::shared_ptr<const NumberWords> numbers_;
    DateDetectorOptions options_;
};

// Calendar helpers for resolving a date against the story date.
// The latest day with ISO weekday `weekday` on or before `anchor` (strictly
// before when `strict`), or the next one after it when `forward`.
Date resolve_weekday(Date anchor, int weekday, bool forward, bool strict);
// The latest month/day on or before `anchor`, or the next one on or after it when `forward`.
Date resolve_month_day(Date anchor, int month, int day, bool forward);
// Moves a date by whole months or years, keeping the first day of the month.
Date shift_months(Date d, int months);

}  // namespace sitrep
