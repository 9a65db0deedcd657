// sitrep sentences: one "begin end text" line per sentence (byte offsets),
// to check the sentence splitter on real input.
#include <memory>

#include "cli/commands.hpp"
#include "cli/document_printer.hpp"

namespace sitrep::cli {

namespace {

void print_sentences(const Document& doc, std::ostream& out) {
    for (const auto& sentence : doc.sentences) {
        std::string text(doc.view(sentence.span));
        for (char& c : text)
            if (c == '\n' || c == '\r' || c == '\t') c = ' ';  // keep one line per sentence
        out << sentence.span.begin << ' ' << sentence.span.end << ' ' << text << '\n';
    }
}

}  // namespace

Action register_sentences(CLI::App& app) {
    auto input = std::make_shared<InputOptions>();
    auto* cmd = app.add_subcommand("sentences", "Print sentence spans: begin end text (byte offsets)");
    input->add_to(*cmd);
    return
        [cmd, input]() { return cmd->parsed() ? print_documents(*input, print_sentences, Layer::sentences) : kExitOk; };
}

}  // namespace sitrep::cli
