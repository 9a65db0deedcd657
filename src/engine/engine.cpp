// Builds the pipeline: text -> actors -> syntax -> context detectors -> events
// -> event context. Each stage is constructed from compiled dictionaries.
#include "engine/engine.hpp"

#include <fstream>
#include <sstream>

#include "actors/actor_dictionary.hpp"
#include "actors/actor_stage.hpp"
#include "context/context_stages.hpp"
#include "engine/builtin_data.hpp"
#include "events/cameo_table.hpp"
#include "events/dictionary_verb_forms.hpp"
#include "events/event_stage.hpp"
#include "events/verb_native_parser.hpp"
#include "events/verb_petrarch_reader.hpp"
#include "syntax/syntax_stage.hpp"
#include "text/text_stage.hpp"

namespace sitrep {
namespace {

// Everything the stages are built from, gathered from built-in and user files.
struct LoadedDictionaries {
    std::vector<std::pair<std::string_view, std::string_view>> text_files;
    ActorDictionaryBuilder actors;
    VerbDictionaryBuilder verbs;
    CameoTable cameo;
    ContextData context;
    std::shared_ptr<Lexicon> lexicon = std::make_shared<Lexicon>();
    std::vector<std::string> user_contents;  // keeps user file text alive while loading
};

bool is_verbs_file(std::string_view content) {
    return content.starts_with("#! sitrep verbs") || content.find("--- ") != std::string_view::npos;
}

void add_builtin(LoadedDictionaries& d, Diagnostics& diagnostics) {
    for (const auto& f : builtin_files()) {
        std::string path(f.path);
        if (f.path.starts_with("data/text/")) d.text_files.emplace_back(f.path, f.content);
        else if (f.path.starts_with("data/syntax/")) d.lexicon->load(f.path, f.content, diagnostics);
        else if (f.path.starts_with("data/actors/")) d.actors.load(f.content, f.path, diagnostics);
        else if (f.path.starts_with("data/verbs/")) read_native_verbs(f.content, path, d.verbs, diagnostics);
        else if (f.path.starts_with("data/cameo/") && f.path.ends_with(".txt"))
            d.cameo.merge(CameoTable::parse(f.content, path, diagnostics));
        else d.context.add_file(f.path, f.content, diagnostics);
    }
}

void add_user_file(LoadedDictionaries& d, const std::string& path, Diagnostics& diagnostics) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        diagnostics.push_back({Severity::error, path, 0, "cannot open dictionary file"});
        return;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    d.user_contents.push_back(buffer.str());
    const std::string& content = d.user_contents.back();
    if (content.starts_with("#! sitrep verbs")) {
        read_native_verbs(content, path, d.verbs, diagnostics);
        return;
    }
    if (content.starts_with("#! sitrep cameo")) {
        d.cameo.merge(CameoTable::parse(content, path, diagnostics));
        return;
    }
    ActorFileFormat format = detect_actor_file_format(content);
    if (format == ActorFileFormat::verbs || (format == ActorFileFormat::unknown && is_verbs_file(content))) {
        read_petrarch_verbs(content, path, d.verbs, diagnostics);
        return;
    }
    if (format != ActorFileFormat::unknown) {
        d.actors.load(content, path, diagnostics);
        return;
    }
    if (!d.context.add_file(path, content, diagnostics))
        diagnostics.push_back({Severity::warning, path, 1, "unrecognised dictionary format; file ignored"});
}

}  // namespace

std::unique_ptr<Engine> Engine::load(const EngineOptions& options, Diagnostics& diagnostics) {
    LoadedDictionaries d;
    // The text and syntax word lists are grammar, not dictionaries: always loaded.
    for (const auto& f : builtin_files()) {
        if (f.path.starts_with("data/text/") && !options.use_builtin) d.text_files.emplace_back(f.path, f.content);
        if (f.path.starts_with("data/syntax/") && !options.use_builtin) d.lexicon->load(f.path, f.content, diagnostics);
        if (f.path.starts_with("data/cameo/") && f.path.ends_with(".txt") && !options.use_builtin)
            d.cameo.merge(CameoTable::parse(f.content, std::string(f.path), diagnostics));
    }
    if (options.use_builtin) add_builtin(d, diagnostics);
    for (const auto& path : options.dictionary_files) add_user_file(d, path, diagnostics);

    auto verbs = std::make_shared<const VerbDictionary>(d.verbs.build(diagnostics));
    add_dictionary_verb_forms(*d.lexicon, *verbs);
    auto cameo = std::make_shared<const CameoTable>(std::move(d.cameo));

    std::vector<std::unique_ptr<Stage>> stages;
    stages.push_back(std::make_unique<TextStage>(TextResources::defaults_from(d.text_files, diagnostics)));
    stages.push_back(std::make_unique<ActorStage>(d.actors.compile()));
    stages.push_back(std::make_unique<SyntaxStage>(d.lexicon));
    // context stages: detectors (dates, places, counts, quotes) run before the events.
    for (auto& s : make_context_detectors(d.context)) stages.push_back(std::move(s));
    // end context stages

    EventCoderResources res;
    res.verbs = verbs;
    res.lexicon = d.lexicon;
    res.require_dyad = options.require_dyad;
    res.cameo = cameo;
    stages.push_back(std::make_unique<EventStage>(std::move(res)));

    // context stages: attach dates, places, counts and speakers to each event.
    stages.push_back(make_event_context_attacher());
    // end context stages
    return std::make_unique<Engine>(std::move(stages));
}

void Engine::code(Document& doc) const {
    for (const auto& stage : stages_) stage->run(doc);
}

}  // namespace sitrep
