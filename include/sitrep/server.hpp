// Public header: the HTTP server of `sitrep serve` (an API over an event store
// and the embedded web page; docs/API.md). Link sitrep_server.
#pragma once
#include "server/server.hpp"
#include "sitrep/store.hpp"
