// Issue 13: what one key costs when merging. Thousands of events sharing a
// key (one long document, a busy window) must not cost their square.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "batch/dedup.hpp"

namespace sitrep {
namespace {

Event same_key_event() {
    Event e;
    e.source = EventActor{"Iraqi forces", "IRQMIL", "IRQ", "MIL", Span{}};
    e.target = EventActor{"Syria", "SYR", "SYR", "", Span{}};
    e.root = "19";
    e.cameo = "190";
    e.date = Date{2024, 1, 2};
    return e;
}

TEST(EventDeduplicatorLimits, ManyEventsOfOneKeyCostLinearTime) {
    EventDeduplicator dedup;
    const auto start = std::chrono::steady_clock::now();
    // Every sentence is different (its own words), so none merges: each
    // compares with the open records of the key, at most kMaxCandidatesPerKey.
    for (int i = 0; i < 40000; ++i) {
        const std::string sentence =
            "w" + std::to_string(i) + " x" + std::to_string(i * 7) + " y" + std::to_string(i * 13);
        dedup.add_event("doc", sentence, same_key_event());
    }
    while (dedup.first_open() < dedup.end()) dedup.release_oldest();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_EQ(dedup.end(), 40000u);
    EXPECT_LT(seconds, 20.0);  // was 10^11 sketch comparisons: minutes
}

TEST(EventDeduplicatorLimits, StillMergesWithARecentRecordOfABusyKey) {
    EventDeduplicator dedup;
    for (int i = 0; i < 1000; ++i)
        dedup.add_event("doc", "w" + std::to_string(i) + " x" + std::to_string(i), same_key_event());
    const size_t again = dedup.add_event("doc", "w999 x999", same_key_event());
    EXPECT_EQ(again, 999u);
    EXPECT_EQ(dedup.end(), 1000u);
}

}  // namespace
}  // namespace sitrep
