// UTF-8 repair moved to core/utf8.hpp (one floor for readers and the normaliser);
// the io names stay for the reader and its tests.
#pragma once
#include "core/utf8.hpp"

namespace sitrep::io {
using sitrep::is_valid_utf8;
using sitrep::repair_utf8;
using sitrep::Utf8Repair;
}  // namespace sitrep::io
