// Prints sitrep's part-of-speech tags: one input line of text -> one output
// line of `word/tag` pairs, after the whole engine (built-in dictionaries).
// With --rules, the tags of the rule tagger (no trained model) instead.
// A measuring aid for scripts/tag_agreement.sh, not part of the build.
#include <iostream>
#include <string>
#include <string_view>

#include "engine/engine.hpp"
#include "syntax/syntax_stage.hpp"
#include "syntax/tagger.hpp"

int main(int argc, char** argv) {
    const bool rules = argc > 1 && std::string_view(argv[1]) == "--rules";
    sitrep::Diagnostics diagnostics;
    auto engine = sitrep::Engine::load({}, diagnostics);
    if (!engine) return 1;
    sitrep::Lexicon without_model;
    for (const auto& stage : engine->stages())
        if (const auto* syntax = dynamic_cast<const sitrep::SyntaxStage*>(stage.get()))
            without_model = syntax->lexicon();
    without_model.set_model(nullptr);
    std::string line;
    while (std::getline(std::cin, line)) {
        sitrep::Document doc;
        doc.text = line;
        engine->code(doc);
        if (rules)
            for (const auto& sentence : doc.sentences) sitrep::tag_sentence(doc, sentence, without_model);
        std::string out;
        for (const auto& t : doc.tokens) {
            if (!out.empty()) out += ' ';
            out += doc.view(t.span);
            out += '/';
            out += sitrep::to_string(t.pos);
        }
        std::cout << out << '\n';
    }
    return 0;
}
