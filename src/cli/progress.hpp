// A one-line progress display on stderr for long runs. It draws only when
// stderr is a terminal and the run has gone on for a while, so piped and
// logged output stays clean.
#pragma once
#include <chrono>
#include <cstdint>

namespace sitrep::cli {

class ProgressDisplay {
public:
    explicit ProgressDisplay(bool allowed);
    // Redraws (at most a few times a second) once the run is long enough.
    void update(uint64_t records, uint64_t events, uint64_t bytes_done, uint64_t bytes_total);
    // Erases the line so a message can be printed; the next update redraws it.
    void clear();

private:
    bool enabled_;
    bool drawn_ = false;
    std::chrono::steady_clock::time_point start_, last_draw_;
};

}  // namespace sitrep::cli
