// A pipeline stage: one job, reads some layers of the Document and writes its own.
// Stages are immutable after construction and shared by all threads; all
// per-document state lives in the Document or on the stack (reentrancy).
//
// Each stage declares its contract: the layers it reads and the layers it writes
// (core/layer.hpp). A stage replaces what it writes, so running it twice on a
// Document gives the same layer, never a doubled one. Engine::load checks once
// that every layer a stage reads is written by an earlier stage.
#pragma once
#include <string_view>

#include "core/document.hpp"
#include "core/layer.hpp"

namespace sitrep {

struct StageContract {
    std::string_view name;  // "text", "syntax", "events", ...
    Layers reads;
    Layers writes;
};

class Stage {
public:
    virtual ~Stage() = default;
    virtual const StageContract& contract() const = 0;
    std::string_view name() const { return contract().name; }
    virtual void run(Document& doc) const = 0;
};

}  // namespace sitrep
