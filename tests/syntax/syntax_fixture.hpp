// Runs the engine's text stage and a syntax stage over sentences written here.
#pragma once
#include <memory>
#include <string>

#include "../support/pipeline.hpp"
#include "engine/builtin_data.hpp"
#include "syntax/syntax_stage.hpp"

namespace sitrep::testing {

// The packaged tagging model, read once (null when not installed).
inline std::shared_ptr<const PennModel> packaged_model() {
    static const std::shared_ptr<const PennModel> model = [] {
        Diagnostics d;
        return load_packaged_penn_model(d);
    }();
    return model;
}

inline std::shared_ptr<Lexicon> builtin_lexicon() {
    auto lexicon = std::make_shared<Lexicon>();
    Diagnostics d;
    for (const BuiltinFile& f : builtin_files())  // the lexicon and word classes of data/syntax
        if (const FileKind kind = header_kind(f.content); kind == FileKind::lexicon || kind == FileKind::word_classes)
            lexicon->load({f.path, f.content}, d);
    lexicon->set_model(packaged_model());
    return lexicon;
}

// The layers the syntax stage reads from the engine (the text stage), then a syntax
// stage with `lexicon` over them.
inline Document parse(const std::string& text, std::shared_ptr<Lexicon> lexicon = builtin_lexicon()) {
    Document doc = coded(text, Layer::sentences);
    SyntaxStage(std::move(lexicon)).run(doc);
    return doc;
}

inline PartOfSpeech pos_of(const Document& doc, std::string_view word) {
    for (const auto& t : doc.tokens)
        if (doc.view(t.span) == word) return t.pos;
    return PartOfSpeech::other;
}

}  // namespace sitrep::testing
