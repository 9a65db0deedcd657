// Merger: the public duplicate merger. A window in documents wraps
// MergingSink (records in document order, as coding produces them); a window
// in days merges in a canonical event-date order so that the merged set does
// not depend on the order records arrive in.
#include <algorithm>
#include <limits>
#include <map>
#include <tuple>
#include <variant>

#include "batch/dedup.hpp"
#include "batch/merging_sink.hpp"
#include "sitrep/batch.hpp"

namespace sitrep {

namespace {

// Records without a valid date sort before every dated one and form one day.
constexpr int64_t kUndated = std::numeric_limits<int64_t>::min() / 4;

int64_t day_of(const EventRecord& record) {
    return record.event.date.valid() ? record.event.date.days_since_epoch() : kUndated;
}

// A total order on a record's content: the same records in any order sort
// alike (records equal in all of these are the same mention).
bool canonical_less(const EventRecord& a, const EventRecord& b) {
    const Event& x = a.event;
    const Event& y = b.event;
    const auto key = [](const Event& e) {
        const auto code = [](const std::optional<EventActor>& a) {
            return a ? std::string_view(a->code) : std::string_view();
        };
        return std::make_tuple(e.sentence, e.verb_span.begin, e.verb_span.end, std::string_view(e.cameo),
                               code(e.source), code(e.target), std::string_view(e.rule));
    };
    const int64_t dx = day_of(a), dy = day_of(b);
    if (dx != dy) return dx < dy;
    if (a.doc != b.doc) return a.doc < b.doc;
    if (key(x) != key(y)) return key(x) < key(y);
    if (a.sentence_text() != b.sentence_text()) return a.sentence_text() < b.sentence_text();
    return x.mentions.size() < y.mentions.size();
}

// Merging with a window in days. The merge key holds the event date, so
// every mention of one merged record has the same date: records are
// buffered, and those whose date can take no more mentions (all at finish;
// at advance_to(W), the dates more than `window` days before W) are sorted
// into a canonical order and merged date by date. What comes out depends on
// which records were fed, never on the order they came in.
class DateMerger {
public:
    DateMerger(EventSink& next, uint32_t window_days, DedupOptions options)
        : next_(next), options_(options), window_(window_days) {}

    void accept(EventRecord record) { pending_.push_back(std::move(record)); }

    void advance_to(Date watermark) {
        if (!watermark.valid()) return;
        const int64_t limit = watermark.days_since_epoch() - int64_t{window_};
        auto ready =
            std::partition(pending_.begin(), pending_.end(), [&](const EventRecord& r) { return day_of(r) < limit; });
        std::vector<EventRecord> now(std::make_move_iterator(pending_.begin()), std::make_move_iterator(ready));
        pending_.erase(pending_.begin(), ready);
        merge(now);
    }

    void finish() {
        std::vector<EventRecord> all = std::move(pending_);
        pending_.clear();
        merge(all);
        next_.finish();
    }

    std::size_t open_records() const { return pending_.size(); }

private:
    // Merges `records` day by day, writing each day's merged records in
    // first-mention order before the next day's.
    void merge(std::vector<EventRecord>& records) {
        std::sort(records.begin(), records.end(), canonical_less);
        std::size_t begin = 0;
        while (begin < records.size()) {
            const int64_t day = day_of(records[begin]);
            std::size_t end = begin;
            while (end < records.size() && day_of(records[end]) == day) ++end;
            EventDeduplicator dedup(options_);
            std::map<size_t, EventRecord> open;
            for (std::size_t i = begin; i < end; ++i) {
                EventRecord& record = records[i];
                const size_t number = dedup.add_event(record.doc, sketch_text(record.sentence_text()), record.event);
                if (open.count(number) == 0) open.emplace(number, std::move(record));
            }
            for (auto& [number, record] : open) {
                record.event = dedup.release(number);
                next_.accept(std::move(record));
            }
            begin = end;
        }
        records.clear();
    }

    EventSink& next_;
    DedupOptions options_;
    uint32_t window_;
    std::vector<EventRecord> pending_;
};

}  // namespace

static_assert(kDefaultMergeWindowDocuments == MergingSink::kDefaultWindow, "one default merge window");

struct Merger::Impl {
    std::variant<MergingSink, DateMerger> merger;
};

Merger::Merger(EventSink& next, MergeOptions options) {
    const DedupOptions dedup{.threshold = options.threshold};
    if (options.window_days == 0)
        impl_.reset(new Impl{std::variant<MergingSink, DateMerger>(std::in_place_type<MergingSink>, next,
                                                                   options.window_documents, dedup)});
    else
        impl_.reset(new Impl{
            std::variant<MergingSink, DateMerger>(std::in_place_type<DateMerger>, next, options.window_days, dedup)});
}

Merger::~Merger() = default;

void Merger::accept(EventRecord record) {
    std::visit([&](auto& m) { m.accept(std::move(record)); }, impl_->merger);
}

void Merger::finish() {
    std::visit([](auto& m) { m.finish(); }, impl_->merger);
}

void Merger::advance_to(Date watermark) {
    if (auto* m = std::get_if<DateMerger>(&impl_->merger)) m->advance_to(watermark);
}

std::size_t Merger::open_records() const {
    return std::visit([](const auto& m) { return m.open_records(); }, impl_->merger);
}

}  // namespace sitrep
