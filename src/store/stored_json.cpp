#include "store/stored_json.hpp"

#include "io/event_json.hpp"

namespace sitrep::store {

using ojson = nlohmann::ordered_json;

std::string dump_json(const ojson& j) {
    return j.dump(-1, ' ', false, ojson::error_handler_t::replace);
}

std::string stored_event_json(const StoredEvent& e) {
    std::string line = io::event_to_json(e.record);
    line.pop_back();  // the closing brace
    const std::string id = std::to_string(e.id);
    line.reserve(line.size() + id.size() + e.updated_at.size() + 32);
    line += ",\"id\":\"";
    line += id;
    line += "\",\"updated_at\":\"";
    line += e.updated_at;
    line += "\"}";
    return line;
}

ojson event_feature(const StoredEvent& s) {
    const Event& e = s.record.event;
    ojson f;
    f["type"] = "Feature";
    f["geometry"] = {{"type", "Point"}, {"coordinates", {e.place->lon, e.place->lat}}};
    ojson p;
    p["id"] = std::to_string(s.id);
    p["date"] = e.date.valid() ? ojson(e.date.iso()) : ojson(nullptr);
    p["source"] = e.source ? e.source->code : "";
    p["target"] = e.target ? e.target->code : "";
    p["cameo"] = e.cameo;
    p["root"] = e.root;
    p["quad"] = e.quad;
    p["goldstein"] = e.goldstein;
    p["plover"] = e.plover;
    p["place"] = e.place->name.empty() ? e.place->text : e.place->name;
    p["country"] = e.place->country;
    p["mention_count"] = e.mentions.size();
    p["doc"] = s.record.doc;
    if (!s.record.url.empty()) p["url"] = s.record.url;
    p["sentence_text"] = s.record.sentence_text();
    p["updated_at"] = s.updated_at;
    f["properties"] = std::move(p);
    return f;
}

ojson tombstone_json(const Tombstone& t) {
    ojson j;
    j["schema"] = "sitrep.tombstone/1";
    j["id"] = std::to_string(t.id);
    j["reason"] = t.reason;
    if (t.merged_into) j["merged_into"] = std::to_string(*t.merged_into);
    j["deleted_at"] = t.deleted_at;
    return j;
}

}  // namespace sitrep::store
