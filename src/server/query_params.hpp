// The query-parameter parser of `sitrep serve` (docs/API.md): a raw query
// string becomes decoded name/value pairs, and those become the store's
// EventFilter and the paging, format and grouping of a request. Every
// problem is a ParamError naming the parameter, which the server answers with
// 400. No I/O here: fuzz/query_params_fuzz.cpp feeds it arbitrary bytes.
//
// The parameter lists (kEventParams ...) are the single source of what each
// route accepts: the parser refuses names not in them and the OpenAPI
// description lists them.
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "store/event_store.hpp"

namespace sitrep::server {

class ParamError : public std::runtime_error {
public:
    ParamError(std::string param, const std::string& message) : std::runtime_error(message), param_(std::move(param)) {}
    const std::string& param() const { return param_; }

private:
    std::string param_;
};

struct ParamSpec {
    std::string_view name;
    std::string_view type;  // OpenAPI type: string, integer, number, boolean
    std::string_view description;
};

extern const std::span<const ParamSpec> kEventParams;    // GET /api/events
extern const std::span<const ParamSpec> kStatsParams;    // GET /api/stats
extern const std::span<const ParamSpec> kActorsParams;   // GET /api/actors
extern const std::span<const ParamSpec> kChangesParams;  // GET /api/changes
extern const std::span<const ParamSpec> kCodeParams;     // POST /api/code
extern const std::span<const ParamSpec> kIngestParams;   // POST /api/ingest (the store always merges)

using Params = std::vector<std::pair<std::string, std::string>>;

inline constexpr std::size_t kMaxParams = 64;
inline constexpr std::size_t kMaxValueBytes = 1000;

// "a=1&b=x%20y" -> {a,1},{b,x y}: %XX and '+' decoded; values must be UTF-8
// without control characters. Throws ParamError (bad escape, too many
// parameters, too long a value).
Params parse_query_string(std::string_view query);

// Where a page ended: the snapshot bound (events.seq) and the last row's
// order key and id. Written "SNAPSHOT~KEY~ID" (docs/API.md).
struct Cursor {
    int64_t snapshot = 0;
    std::string key;  // date (YYYY-MM-DD, "" when undated) or updated_at
    int64_t id = 0;
};
std::string format_cursor(const Cursor& cursor);
std::optional<Cursor> parse_cursor(std::string_view text);

enum class EventFormat { json, ndjson, csv, geojson };

struct PageLimits {
    uint64_t default_page = 100;
    uint64_t max_page = 1000;      // format=json
    uint64_t max_export = 100000;  // the streamed formats
};

struct EventsRequest {
    store::EventFilter filter;
    EventFormat format = EventFormat::json;
    uint64_t limit = 100;
    std::optional<Cursor> cursor;
    bool count = false;  // only the number of matching events
};
EventsRequest parse_events_request(const Params& params, const PageLimits& limits = {});

struct StatsRequest {
    std::vector<std::string> by;  // day, week, month, year, country, root, quad, dyad
    store::EventFilter filter;
};
StatsRequest parse_stats_request(const Params& params);

struct ActorsRequest {
    std::string prefix;
    int limit = 20;
};
ActorsRequest parse_actors_request(const Params& params);

struct ChangesRequest {
    std::string since;  // normalised ISO 8601 UTC time
    uint64_t limit = 1000;
    std::optional<Cursor> cursor;
};
ChangesRequest parse_changes_request(const Params& params, const PageLimits& limits = {});

enum class BodyFormat { text, jsonl };
struct CodeRequest {
    BodyFormat format = BodyFormat::text;
    std::string date;                      // story date of a text body (YYYY-MM-DD), "" when none
    std::string id;                        // document id of a text body
    Mentions mentions = Mentions::merged;  // /api/code only, as `sitrep code --mentions`
};
// `content_type` (the request's header) picks the body format unless the
// `format` parameter names it.
// `storing`: for /api/ingest, which takes no `mentions`.
CodeRequest parse_code_request(const Params& params, std::string_view content_type, bool storing = false);

}  // namespace sitrep::server
