// sitrep tokens: one JSON object per token with its byte span, text, normal
// form, kind and sentence, to check the tokenizer on real input.
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/document_printer.hpp"

namespace sitrep::cli {

namespace {

const char* kind_name(TokenKind kind) {
    switch (kind) {
        case TokenKind::word:
            return "word";
        case TokenKind::number:
            return "number";
        case TokenKind::punctuation:
            return "punctuation";
        case TokenKind::symbol:
            return "symbol";
    }
    return "word";
}

void print_tokens(const Document& doc, std::ostream& out) {
    for (const auto& token : doc.tokens) {
        nlohmann::ordered_json j;
        j["b"] = token.span.begin;
        j["e"] = token.span.end;
        j["text"] = doc.view(token.span);
        j["norm"] = token.norm;
        j["kind"] = kind_name(token.kind);
        j["sentence"] = token.sentence;
        out << j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
    }
}

}  // namespace

Action register_tokens(CLI::App& app) {
    auto input = std::make_shared<InputOptions>();
    auto* cmd = app.add_subcommand("tokens", "Print tokens as JSON lines: span, text, normal form");
    input->add_to(*cmd);
    return [cmd, input]() { return cmd->parsed() ? print_documents(*input, print_tokens, Layer::tokens) : kExitOk; };
}

}  // namespace sitrep::cli
