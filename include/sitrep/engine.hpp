// Public header: the Engine and the Document it codes. An Engine is built
// once from dictionaries, is immutable afterwards and may be shared by any
// number of threads (docs/ARCHITECTURE.md).
#pragma once
#include "core/date.hpp"
#include "core/diagnostic.hpp"
#include "core/document.hpp"
#include "engine/engine.hpp"
