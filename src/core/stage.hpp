// A pipeline stage: one job, reads the Document and adds its layer.
// Stages are immutable after construction and shared by all threads; all
// per-document state lives in the Document or on the stack (reentrancy).
#pragma once
#include <string_view>

#include "core/document.hpp"

namespace sitrep {

class Stage {
public:
    virtual ~Stage() = default;
    virtual std::string_view name() const = 0;
    virtual void run(Document& doc) const = 0;
};

}  // namespace sitrep
