// libFuzzer target: the query-parameter parser of `sitrep serve`
// (src/server/query_params.hpp), which reads every request's query string
// before anything else. Arbitrary bytes must give parameters or a ParamError,
// never a crash; what it accepts must be what the store can take (dates
// normalised, limits within bounds), and a cursor it reads must write out and
// read back the same.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "server/query_params.hpp"

using namespace sitrep::server;

namespace {

template <class F>
void guarded(F&& f) {
    try {
        f();
    } catch (const ParamError& e) {
        if (std::string_view(e.what()).empty()) __builtin_trap();  // every refusal says why
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view query(reinterpret_cast<const char*>(data), size);
    Params params;
    try {
        params = parse_query_string(query);
    } catch (const ParamError&) {
        return 0;
    }
    if (params.size() > kMaxParams) __builtin_trap();
    for (const auto& [name, value] : params)
        if (value.size() > kMaxValueBytes) __builtin_trap();
    guarded([&] {
        const EventsRequest q = parse_events_request(params);
        if (q.limit < 1 || q.limit > PageLimits{}.max_export) __builtin_trap();
        if (!q.filter.from.empty() && q.filter.from.size() != 10) __builtin_trap();
        if (!q.filter.from.empty() && !q.filter.to.empty() && q.filter.to < q.filter.from) __builtin_trap();
        if (q.filter.quad && (*q.filter.quad < 1 || *q.filter.quad > 4)) __builtin_trap();
        if (q.cursor) {
            const auto again = parse_cursor(format_cursor(*q.cursor));
            if (!again || again->snapshot != q.cursor->snapshot || again->key != q.cursor->key ||
                again->id != q.cursor->id)
                __builtin_trap();
        }
    });
    guarded([&] { parse_stats_request(params); });
    guarded([&] { parse_actors_request(params); });
    guarded([&] { parse_changes_request(params); });
    guarded([&] { parse_code_request(params, query.substr(0, 32)); });
    // The raw bytes as a cursor too.
    if (const auto c = parse_cursor(query)) {
        const auto again = parse_cursor(format_cursor(*c));
        if (!again || format_cursor(*again) != format_cursor(*c)) __builtin_trap();
    }
    return 0;
}
