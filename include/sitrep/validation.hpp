// Public header: the PETRARCH / TABARI validation suites (`sitrep validate`):
// read a suite's records, code them with an Engine, score and report them.
#pragma once
#include "engine/validation_runner.hpp"
#include "engine/validation_suite.hpp"
#include "sitrep/engine.hpp"
