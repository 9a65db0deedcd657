// Small text helpers shared by the actor dictionary readers: line iteration with
// 1-based numbers, trimming, and "file:line" origins (one copy, in core).
#pragma once
#include "core/text_lines.hpp"
