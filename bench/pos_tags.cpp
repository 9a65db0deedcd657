// Prints sitrep's part-of-speech tags: one input line of text -> one output
// line of `word/tag` pairs, after the whole engine (built-in dictionaries).
// A measuring aid for scripts/tag_agreement.sh, not part of the build.
#include <iostream>
#include <string>

#include "engine/engine.hpp"
#include "syntax/lexicon.hpp"

int main() {
    sitrep::Diagnostics diagnostics;
    auto engine = sitrep::Engine::load({}, diagnostics);
    if (!engine) return 1;
    std::string line;
    while (std::getline(std::cin, line)) {
        sitrep::Document doc;
        doc.text = line;
        engine->code(doc);
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
