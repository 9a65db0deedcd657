// Output format "jsonl" (alias "json"): one sitrep.event/1 record per line.
#include "io/event_json.hpp"
#include "io/output_formats.hpp"

namespace sitrep::io {

namespace {

class JsonlWriter final : public EventSink {
public:
    explicit JsonlWriter(std::ostream& out) : out_(out) {}
    void accept(EventRecord record) override { out_ << event_to_json(record) << '\n'; }
    void finish() override { out_.flush(); }

private:
    std::ostream& out_;
};

}  // namespace

std::unique_ptr<EventSink> make_jsonl_writer(std::ostream& out, const WriterOptions&) {
    return std::make_unique<JsonlWriter>(out);
}

}  // namespace sitrep::io
