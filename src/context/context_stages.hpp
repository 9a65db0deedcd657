// Builds the context stages from data files. The engine passes every built-in
// (or user) file of a context kind (its "#! sitrep <kind> 1" line: places,
// months, quantities ...); ContextData routes each to its table and ignores
// files of other kinds:
//
//   ContextData data;
//   for (const auto& f : builtin_files()) data.add_file({f.path, f.content}, diagnostics);
//   for (auto& s : make_context_detectors(data)) stages.push_back(std::move(s));  // before events
//   stages.push_back(make_event_context_attacher(data));                         // after events
#pragma once
#include <memory>
#include <string_view>
#include <vector>

#include "context/date_lexicon.hpp"
#include "context/gazetteer.hpp"
#include "context/numbers.hpp"
#include "context/quantities.hpp"
#include "context/quotes.hpp"
#include "core/source_file.hpp"
#include "core/stage.hpp"

namespace sitrep {

struct ContextData {
    std::shared_ptr<DateLexicon> dates = std::make_shared<DateLexicon>();
    std::shared_ptr<Gazetteer> places = std::make_shared<Gazetteer>();
    std::shared_ptr<NumberWords> numbers = std::make_shared<NumberWords>();
    std::shared_ptr<QuantityLexicon> quantities = std::make_shared<QuantityLexicon>();
    std::shared_ptr<SpeechLexicon> speech = std::make_shared<SpeechLexicon>();

    // Takes the file when its kind belongs to the context stages; returns whether it did.
    bool add_file(const SourceFile& file, Diagnostics& diagnostics);
};

// DateDetector, PlaceDetector, QuantityDetector, QuoteDetector, in that order
// (counts skip numbers already read as dates). Run after actors, before events.
std::vector<std::unique_ptr<Stage>> make_context_detectors(const ContextData& data);

// EventContextAttacher. Run after the event stage. With the data, an event whose
// sentence names no place may take the country its parties share.
std::unique_ptr<Stage> make_event_context_attacher();
std::unique_ptr<Stage> make_event_context_attacher(const ContextData& data);

}  // namespace sitrep
