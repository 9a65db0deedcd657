#include "cli/progress.hpp"

#include <unistd.h>

#include <cstdio>

namespace sitrep::cli {

namespace {
constexpr auto kStartAfter = std::chrono::seconds(2);
constexpr uint64_t kStartAfterRecords = 100;
constexpr auto kRedrawEvery = std::chrono::milliseconds(200);
constexpr int kBarWidth = 30;
}  // namespace

ProgressDisplay::ProgressDisplay(bool allowed)
    : enabled_(allowed && ::isatty(STDERR_FILENO) == 1), start_(std::chrono::steady_clock::now()), last_draw_(start_) {}

void ProgressDisplay::update(uint64_t records, uint64_t events, uint64_t bytes_done, uint64_t bytes_total) {
    if (!enabled_) return;
    const auto now = std::chrono::steady_clock::now();
    if (now - start_ < kStartAfter && records <= kStartAfterRecords) return;
    if (drawn_ && now - last_draw_ < kRedrawEvery) return;
    last_draw_ = now;
    drawn_ = true;
    const double seconds = std::chrono::duration<double>(now - start_).count();
    const double rate = seconds > 0 ? static_cast<double>(records) / seconds : 0;
    if (bytes_total > 0) {
        const double fraction =
            bytes_done >= bytes_total ? 1.0 : static_cast<double>(bytes_done) / static_cast<double>(bytes_total);
        const int filled = static_cast<int>(fraction * kBarWidth);
        char bar[kBarWidth + 1];
        for (int i = 0; i < kBarWidth; ++i) bar[i] = i < filled ? '#' : '.';
        bar[kBarWidth] = '\0';
        std::fprintf(stderr, "\r\033[K[%s] %3.0f%%  %llu records  %llu events  %.0f records/s", bar, fraction * 100,
                     static_cast<unsigned long long>(records), static_cast<unsigned long long>(events), rate);
    } else {
        std::fprintf(stderr, "\r\033[K%llu records  %llu events  %.0f records/s",
                     static_cast<unsigned long long>(records), static_cast<unsigned long long>(events), rate);
    }
    std::fflush(stderr);
}

void ProgressDisplay::clear() {
    if (!drawn_) return;
    std::fprintf(stderr, "\r\033[K");
    std::fflush(stderr);
}

}  // namespace sitrep::cli
