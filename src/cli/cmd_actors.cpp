// sitrep actors: one JSON line per actor mention (byte span, text, code, kind,
// and the dictionary lines behind it), to check actor recognition on real input.
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/input_options.hpp"
#include "sitrep/engine.hpp"

namespace sitrep::cli {

namespace {

const char* kind_name(ActorKind kind) {
    switch (kind) {
        case ActorKind::coded:
            return "coded";
        case ActorKind::agent:
            return "agent";
        case ActorKind::uncoded:
            return "uncoded";
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
        j["rule"] = doc.rule_text(m.rules);
        out << j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
    }
}

int run_actors(const InputOptions& input, const EngineFlags& flags) {
    std::string error;
    auto reader_options = input.reader_options(error);
    if (!reader_options) {
        std::cerr << "sitrep: " << error << '\n';
        return kExitFatal;
    }
    // The whole pipeline, as `code` runs it: actor-countries and pronoun-actors add
    // to the actors layer too.
    auto engine = load_engine_or_report(flags.options(), true);
    if (!engine) return kExitFatal;
    io::RecordReader reader(input.inputs(), *reader_options);
    reader.report_to([](const Diagnostic& d) { print_diagnostic(d, false); });
    Diagnostics problems;
    bool first = true;
    while (auto doc = reader.next(problems)) {
        print_diagnostics(problems, false);
        problems.clear();
        engine->code(*doc);
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
    auto* cmd =
        app.add_subcommand("actors", "Print actor mentions as JSON lines: span, text, code, kind, dictionary rule");
    input->add_to(*cmd);
    flags->add_to(*cmd);
    return [cmd, input, flags]() { return cmd->parsed() ? run_actors(*input, *flags) : kExitOk; };
}

}  // namespace sitrep::cli
