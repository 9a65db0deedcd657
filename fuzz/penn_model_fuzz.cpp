// libFuzzer target: the part-of-speech model readers (Lingua::EN::Tagger's
// words.yml, tags.yml and unknown.yml) on arbitrary bytes, then the model's
// lookups and the model tagger on the same bytes as text. Bad lines are
// diagnostics; nothing may crash or read outside the buffers.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "engine/builtin_data.hpp"
#include "syntax/hmm_tagger.hpp"
#include "syntax/penn_model.hpp"
#include "text/text_stage.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace sitrep;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    // Split the input in three files at the first two form feeds, so that one
    // input can hold a whole model.
    std::string_view parts[3] = {bytes, bytes, bytes};
    if (size_t a = bytes.find('\f'); a != std::string_view::npos) {
        parts[0] = bytes.substr(0, a);
        std::string_view rest = bytes.substr(a + 1);
        size_t b = rest.find('\f');
        parts[1] = rest.substr(0, b);
        parts[2] = b == std::string_view::npos ? rest : rest.substr(b + 1);
    }
    Diagnostics diagnostics;
    PennModel model;
    model.load_transitions("tags.yml", parts[0], diagnostics);
    model.load_unknown_classes("unknown.yml", parts[1], diagnostics);
    model.load_words("words.yml", parts[2], diagnostics);
    model.finish();
    if (!model.ready()) return 0;

    static const TextStage text(TextResources{});
    static const Lexicon lexicon = [] {
        Lexicon l;
        Diagnostics d;
        for (const auto& f : builtin_files())
            if (f.path.starts_with("data/syntax/")) l.load({f.path, f.content}, d);
        return l;
    }();
    Document doc;
    doc.text.assign(bytes.substr(0, 2048));
    text.run(doc);
    for (const auto& t : doc.tokens) {
        (void)model.word(doc.view(t.span), t.norm);
        (void)model.unknown(doc.view(t.span));
    }
    for (const auto& sentence : doc.sentences)
        if (!sentence.tokens.empty() && sentence.tokens.last <= doc.tokens.size())
            tag_sentence_with_model(doc, sentence, lexicon, model);
    return 0;
}
