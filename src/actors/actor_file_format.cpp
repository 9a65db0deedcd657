// Recognising which dictionary format a file is in, so users can pass any
// actors or agents file with --dictionary and have it read correctly.
#include "actors/actor_dictionary.hpp"
#include "actors/dictionary_text.hpp"

namespace sitrep {

namespace {

bool looks_like_agent_code(std::string_view line) {
    // "[~MIL]" or "[NGO~]", spaces allowed inside the brackets.
    for (size_t open = line.find('['); open != std::string_view::npos; open = line.find('[', open + 1)) {
        const size_t close = line.find(']', open);
        if (close == std::string_view::npos) return false;
        const std::string_view inner = trim(line.substr(open + 1, close - open - 1));
        if (!inner.empty() && (inner.front() == '~' || inner.back() == '~')) return true;
    }
    return false;
}
}  // namespace

ActorFileFormat detect_actor_file_format(std::string_view content) {
    std::string_view first;
    for_each_line(content, [&](uint64_t, std::string_view line) {
        if (first.empty() && !trim(line).empty()) first = trim(line);
    });
    if (first.starts_with("#!")) {
        std::string_view tag = trim(first.substr(2));
        if (tag.starts_with("sitrep actors")) return ActorFileFormat::native_actors;
        if (tag.starts_with("sitrep agents")) return ActorFileFormat::native_agents;
        if (tag.starts_with("sitrep verbs")) return ActorFileFormat::verbs;
        return ActorFileFormat::unknown;
    }
    bool verbs = false, agents = false, actors = false;
    for_each_line(content, [&](uint64_t, std::string_view raw) {
        const std::string_view line = trim(raw);
        if (line.empty() || line.front() == '#') return;
        // PETRARCH verbs: "--- ATTACK [190] ---" blocks and "&SYNSET" word groups.
        if (line.starts_with("--- ") || (line.size() > 1 && line[0] == '&' && line[1] >= 'A' && line[1] <= 'Z'))
            verbs = true;
        else if (looks_like_agent_code(line) || (line.front() == '!' && line.find("! =") != std::string_view::npos))
            agents = true;
        else if (line.find('[') != std::string_view::npos && line.find(']') != std::string_view::npos)
            actors = true;
    });
    if (verbs) return ActorFileFormat::verbs;
    if (agents) return ActorFileFormat::petrarch_agents;
    if (actors) return ActorFileFormat::petrarch_actors;
    return ActorFileFormat::unknown;
}

}  // namespace sitrep
