// libFuzzer target: the tolerant reader of PETRARCH validation suites (the
// XML-like records `sitrep validate` reads) on arbitrary bytes. It must report
// problems, never crash. Kept apart from the dictionary readers' target so
// that each target's coverage stays small enough for libFuzzer to run
// thousands of inputs a second.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "engine/validation_suite.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace sitrep;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    Diagnostics diags;
    (void)read_validation_suite(text, "fuzz.xml", diags);
    return 0;
}
