// sitrep actors: one JSON line per actor mention (byte span, text, code, kind,
// and the dictionary lines behind it), to check actor recognition on real input.
#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>

#include "actors/actor_stage.hpp"
#include "cli/commands.hpp"
#include "cli/input_options.hpp"
#include "engine/builtin_data.hpp"
#include "text/text_stage.hpp"

namespace sitrep::cli {

namespace {

const char* kind_name(ActorKind kind) {
    switch (kind) {
        case ActorKind::coded: return "coded";
        case ActorKind::agent: return "agent";
        case ActorKind::uncoded: return "uncoded";
    }
    return "coded";
}

void print_actors(const Document& doc, std::ostream& out) {
    for (const auto& m : doc.actors) {
        nlohmann::ordered_json j;
        j["b"] = m.span.begin;
        j["e"] = m.span.end;
        j["sentence"] = m.sentence;
        j["text"] = doc.view(m.span);
        j["code"] = m.code;
        j["kind"] = kind_name(m.kind);
        if (!m.sector.empty()) j["sector"] = m.sector;
        j["rule"] = m.rule;
        out << j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
    }
}

// Until the engine runs the actors stage itself: text + actors from the same
// dictionaries the engine would load (built-in data/, then --dictionary files).
std::vector<std::unique_ptr<Stage>> local_pipeline(const EngineFlags& flags, Diagnostics& diags) {
    std::vector<std::pair<std::string_view, std::string_view>> text_files, actor_files;
    for (const auto& f : builtin_files()) {
        if (f.path.substr(0, 10) == "data/text/") text_files.emplace_back(f.path, f.content);
        if (!flags.no_builtin && f.path.substr(0, 12) == "data/actors/") actor_files.emplace_back(f.path, f.content);
    }
    ActorDictionaryBuilder builder;
    for (const auto& [path, content] : actor_files) builder.load(content, path, diags);
    for (const auto& path : flags.dictionaries) {
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            diags.push_back({Severity::error, path, 0, "cannot read dictionary file"});
            continue;
        }
        std::ostringstream s;
        s << in.rdbuf();
        const std::string content = s.str();
        if (detect_actor_file_format(content) == ActorFileFormat::verbs) continue;  // not ours
        builder.load(content, path, diags);  // the builder copies what it keeps
    }
    std::vector<std::unique_ptr<Stage>> stages;
    stages.push_back(std::make_unique<TextStage>(TextResources::defaults_from(text_files, diags)));
    stages.push_back(std::make_unique<ActorStage>(builder.compile()));
    return stages;
}

int run_actors(const InputOptions& input, const EngineFlags& flags) {
    std::string error;
    auto reader_options = input.reader_options(error);
    if (!reader_options) {
        std::cerr << "sitrep: " << error << '\n';
        return kExitFatal;
    }
    auto engine = load_engine_or_report(flags.options(), true);
    bool engine_has_actors = false;
    if (engine)
        for (const auto& s : engine->stages()) engine_has_actors |= s->name() == "actors";
    std::vector<std::unique_ptr<Stage>> local;
    if (!engine_has_actors) {
        Diagnostics diags;
        local = local_pipeline(flags, diags);
        print_diagnostics(diags, true);
        for (const auto& d : diags)
            if (d.severity == Severity::error) return kExitFatal;
    }
    io::RecordReader reader(input.inputs(), *reader_options);
    reader.report_to([](const Diagnostic& d) { print_diagnostic(d, false); });
    Diagnostics problems;
    bool first = true;
    while (auto doc = reader.next(problems)) {
        print_diagnostics(problems, false);
        problems.clear();
        if (engine_has_actors) {
            engine->code(*doc);
        } else {
            for (const auto& stage : local) stage->run(*doc);
        }
        print_diagnostics(doc->diagnostics, false);
        if (!first || !doc->meta.id.empty()) std::cout << "# " << doc->meta.id << '\n';
        first = false;
        print_actors(*doc, std::cout);
    }
    print_diagnostics(problems, false);
    std::cout.flush();
    return reader.counts().failures() == 0 ? kExitOk : kExitRejected;
}

}  // namespace

Action register_actors(CLI::App& app) {
    auto input = std::make_shared<InputOptions>();
    auto flags = std::make_shared<EngineFlags>();
    auto* cmd = app.add_subcommand(
        "actors", "Print actor mentions as JSON lines: span, text, code, kind, dictionary rule");
    input->add_to(*cmd);
    flags->add_to(*cmd);
    return [cmd, input, flags]() { return cmd->parsed() ? run_actors(*input, *flags) : kExitOk; };
}

}  // namespace sitrep::cli
