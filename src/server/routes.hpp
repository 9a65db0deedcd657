// The routes of `sitrep serve`: one table that the dispatcher, the 405
// answer and the OpenAPI description (/api/openapi.json) all read, so the
// description cannot list a route that does not exist or miss one that does
// (tests/server checks both ways).
#pragma once
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "server/query_params.hpp"

namespace sitrep::server {

enum class RouteId { healthz, events, event, stats, actors, changes, code, ingest, openapi };

struct Route {
    std::string_view method;  // GET or POST
    std::string_view path;    // OpenAPI path template: "/api/events/{id}"
    RouteId id;
    std::string_view summary;
    std::span<const ParamSpec> query;  // query parameters it accepts
    bool needs_token = false;          // Authorization: Bearer <the --token-file token>
    std::string_view produces;         // content type of a 200 answer ("" = application/json)
};

std::span<const Route> routes();

struct RouteMatch {
    const Route* route = nullptr;        // the route for this method and path
    bool path_exists = false;            // some route has this path (for 405)
    std::vector<std::string> allowed;    // its methods, for the Allow header
    std::vector<std::string_view> args;  // the {placeholders}, in order
};
// HEAD matches a GET route.
RouteMatch match_route(std::string_view method, std::string_view path);

// The OpenAPI 3.0 description of routes(), as JSON text.
std::string openapi_json();

}  // namespace sitrep::server
