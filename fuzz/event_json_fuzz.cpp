// libFuzzer target: the sitrep.event/1 reader (io::event_from_json), which the
// batch merger and the Dask reduce use to read coded records back. Arbitrary
// bytes must give a record or an error, never a crash; a record that was read
// must write out and read back to the same line (the reader and the writer
// agree on every field they share).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "io/event_json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view line(reinterpret_cast<const char*>(data), size);
    std::string error;
    const auto record = sitrep::io::event_from_json(line, &error);
    if (!record) return 0;
    const std::string written = sitrep::io::event_to_json(*record);
    const auto again = sitrep::io::event_from_json(written, &error);
    if (!again) __builtin_trap();  // the writer produced a line its reader rejects
    if (sitrep::io::event_to_json(*again) != written) __builtin_trap();  // not a fixed point
    return 0;
}
