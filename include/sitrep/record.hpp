// Public header: one coded event ready for output (sitrep.event/1), the sink
// that receives records, and the JSON form of a record.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "io/event_json.hpp"
#include "io/event_record.hpp"

namespace sitrep {

using io::EventRecord;
using io::EventSink;
using io::kEventSchema;

// One sitrep.event/1 line, without the trailing newline.
inline std::string to_json(const EventRecord& record) {
    return io::event_to_json(record);
}
// Parses a sitrep.event/1 line back (mentions included); nullopt with
// `error` set when the line is not one.
inline std::optional<EventRecord> record_from_json(std::string_view line, std::string* error = nullptr) {
    return io::event_from_json(line, error);
}

// An EventSink that collects the records (in-memory consumers, tests).
class CollectingSink final : public EventSink {
public:
    void accept(EventRecord record) override { records.push_back(std::move(record)); }
    std::vector<EventRecord> records;
};

// An EventSink that calls a function for each record.
class FunctionSink final : public EventSink {
public:
    explicit FunctionSink(std::function<void(EventRecord)> on_record, std::function<void()> on_finish = {})
        : on_record_(std::move(on_record)), on_finish_(std::move(on_finish)) {}
    void accept(EventRecord record) override { on_record_(std::move(record)); }
    void finish() override {
        if (on_finish_) on_finish_();
    }

private:
    std::function<void(EventRecord)> on_record_;
    std::function<void()> on_finish_;
};

}  // namespace sitrep
