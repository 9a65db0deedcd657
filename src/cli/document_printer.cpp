#include "cli/document_printer.hpp"

#include <exception>
#include <filesystem>
#include <iostream>

#include "cli/commands.hpp"

namespace sitrep::cli {

int print_documents(const InputOptions& input, const DocumentPrinter& printer, Layer layer) {
    std::string error;
    auto reader_options = input.reader_options(error);
    if (!reader_options) {
        std::cerr << "sitrep: " << error << '\n';
        return kExitFatal;
    }
    EngineOptions engine_options;
    engine_options.until = layer;
    auto engine = load_engine_or_report(engine_options, true);
    if (!engine) return kExitFatal;
    const auto inputs = input.inputs();
    // One plain-text input is one document: no header needed.
    const bool single_document = inputs.size() == 1 && reader_options->format != io::InputFormat::jsonl &&
                                 (inputs[0] == "-" || io::format_from_path(inputs[0]) == io::InputFormat::text) &&
                                 !std::filesystem::is_directory(inputs[0]);
    io::RecordReader reader(inputs, *reader_options);
    reader.report_to([](const Diagnostic& d) { print_diagnostic(d, false); });
    Diagnostics problems;
    uint64_t failures = 0;
    while (auto doc = reader.next(problems)) {
        print_diagnostics(problems, false);
        problems.clear();
        try {
            engine->code(*doc);
        } catch (const std::exception& e) {
            std::cerr << doc->meta.id << ": error: coding failed: " << e.what() << '\n';
            ++failures;
            continue;
        }
        print_diagnostics(doc->diagnostics, false);
        if (!single_document) std::cout << "# " << doc->meta.id << '\n';
        printer(*doc, std::cout);
    }
    print_diagnostics(problems, false);
    std::cout.flush();
    return reader.counts().failures() == 0 && failures == 0 ? kExitOk : kExitRejected;
}

}  // namespace sitrep::cli
