#include "server/routes.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace sitrep::server {

namespace {

constexpr std::span<const ParamSpec> kNone{};

const Route kRoutes[] = {
    {"GET", "/healthz", RouteId::healthz, "Liveness: the store answers", kNone, false, ""},
    {"GET", "/api/events", RouteId::events, "Events matching the filters, a page at a time or streamed", kEventParams,
     false, ""},
    {"GET", "/api/events/{id}", RouteId::event, "One event with every mention: sentence, field spans, rule", kNone,
     false, ""},
    {"GET", "/api/stats", RouteId::stats, "Event and mention counts from the rollups, grouped", kStatsParams, false,
     ""},
    {"GET", "/api/actors", RouteId::actors, "Actor codes by prefix, the most frequent first", kActorsParams, false, ""},
    {"GET", "/api/changes", RouteId::changes, "Change feed: events changed after a time, then tombstones",
     kChangesParams, false, ""},
    {"POST", "/api/code", RouteId::code, "Code posted text or JSON Lines and return the events (nothing stored)",
     kCodeParams, true, ""},
    {"POST", "/api/ingest", RouteId::ingest, "Code posted text or JSON Lines and store the events", kIngestParams, true,
     ""},
    {"GET", "/api/openapi.json", RouteId::openapi, "This description", kNone, false, ""},
};

// "/api/events/{id}" against "/api/events/42": segment by segment, a
// placeholder taking one non-empty segment.
bool path_matches(std::string_view pattern, std::string_view path, std::vector<std::string_view>& args) {
    args.clear();
    while (!pattern.empty() && !path.empty()) {
        const auto pe = pattern.find('/', 1), xe = path.find('/', 1);
        const std::string_view ps = pattern.substr(0, pe), xs = path.substr(0, xe);
        if (ps.size() > 2 && ps[1] == '{') {
            if (xs.size() < 2) return false;
            args.push_back(xs.substr(1));
        } else if (ps != xs) {
            return false;
        }
        pattern = pe == std::string_view::npos ? std::string_view() : pattern.substr(pe);
        path = xe == std::string_view::npos ? std::string_view() : path.substr(xe);
    }
    return pattern.empty() && path.empty();
}

}  // namespace

std::span<const Route> routes() {
    return kRoutes;
}

RouteMatch match_route(std::string_view method, std::string_view path) {
    RouteMatch m;
    if (method == "HEAD") method = "GET";
    std::vector<std::string_view> args;
    for (const Route& r : kRoutes) {
        if (!path_matches(r.path, path, args)) continue;
        m.path_exists = true;
        m.allowed.emplace_back(r.method);
        if (r.method == method && !m.route) {
            m.route = &r;
            m.args = args;
        }
    }
    return m;
}

std::string openapi_json() {
    using ojson = nlohmann::ordered_json;
    const auto error_response = [](std::string_view what) {
        return ojson{{"description", what},
                     {"content", {{"application/json", {{"schema", {{"$ref", "#/components/schemas/Error"}}}}}}}};
    };
    ojson paths = ojson::object();
    for (const Route& r : kRoutes) {
        std::string method(r.method);
        std::transform(method.begin(), method.end(), method.begin(),
                       [](char c) { return static_cast<char>(c | 0x20); });
        ojson op;
        op["summary"] = r.summary;
        op["operationId"] = std::string(r.path.substr(1)) + "_" + method;
        ojson params = ojson::array();
        if (r.path.find("{id}") != std::string_view::npos)
            params.push_back({{"name", "id"},
                              {"in", "path"},
                              {"required", true},
                              {"description", "The event's stable id (digits, as in the 'id' field)"},
                              {"schema", {{"type", "string"}, {"pattern", "^[0-9]{1,19}$"}}}});
        for (const ParamSpec& p : r.query)
            params.push_back({{"name", p.name},
                              {"in", "query"},
                              {"required", p.name == "since" && r.id == RouteId::changes},
                              {"description", p.description},
                              {"schema", {{"type", p.type}}}});
        if (!params.empty()) op["parameters"] = std::move(params);
        if (r.method == "POST")
            op["requestBody"] = {{"required", true},
                                 {"content",
                                  {{"text/plain", {{"schema", {{"type", "string"}}}}},
                                   {"application/x-ndjson", {{"schema", {{"type", "string"}}}}}}}};
        ojson responses;
        if (r.id == RouteId::events) {
            responses["200"] = {{"description", "A page (json) or a stream (ndjson, csv, geojson); see docs/API.md"},
                                {"content",
                                 {{"application/json", ojson::object()},
                                  {"application/x-ndjson", ojson::object()},
                                  {"text/csv", ojson::object()},
                                  {"application/geo+json", ojson::object()}}}};
        } else {
            responses["200"] = {{"description", "OK; see docs/API.md for the shape"},
                                {"content", {{r.produces.empty() ? "application/json" : r.produces, ojson::object()}}}};
        }
        if (!r.query.empty() || r.path.find('{') != std::string_view::npos || r.method == "POST")
            responses["400"] = error_response("A bad parameter (the message names it)");
        if (r.id == RouteId::event) responses["404"] = error_response("No event with this id");
        if (r.needs_token) {
            responses["401"] = error_response("No token given");
            responses["403"] = error_response("Wrong token, or writing is not enabled (--token-file)");
            responses["413"] = error_response("Body larger than the server's limit");
            op["security"] = ojson::array({{{"bearer", ojson::array()}}});
        }
        if (r.id != RouteId::openapi && r.id != RouteId::healthz)
            responses["503"] = error_response("The query took longer than the server's limit");
        op["responses"] = std::move(responses);
        paths[std::string(r.path)][method] = std::move(op);
    }
    ojson doc;
    doc["openapi"] = "3.0.3";
    doc["info"] = {{"title", "sitrep serve"},
                   {"version", "1"},
                   {"description", "Coded events from a sitrep event store (docs/API.md)"}};
    doc["paths"] = std::move(paths);
    doc["components"] = {{"securitySchemes", {{"bearer", {{"type", "http"}, {"scheme", "bearer"}}}}},
                         {"schemas",
                          {{"Error",
                            {{"type", "object"},
                             {"properties",
                              {{"error",
                                {{"type", "object"},
                                 {"properties",
                                  {{"code", {{"type", "string"}}},
                                   {"message", {{"type", "string"}}},
                                   {"parameter", {{"type", "string"}}}}},
                                 {"required", {"code", "message"}}}}}},
                             {"required", {"error"}}}}}}};
    return doc.dump(2);
}

}  // namespace sitrep::server
