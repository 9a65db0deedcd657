// Runs the real text stage and the syntax stage over sentences written here.
#pragma once
#include <memory>
#include <string>

#include "engine/builtin_data.hpp"
#include "syntax/syntax_stage.hpp"
#include "text/text_stage.hpp"

namespace sitrep::testing {

inline TextResources builtin_text_resources() {
    std::vector<std::pair<std::string_view, std::string_view>> files;
    for (const auto& f : builtin_files())
        if (f.path.starts_with("data/text/")) files.emplace_back(f.path, f.content);
    Diagnostics d;
    return TextResources::defaults_from(files, d);
}

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
    lexicon->load_builtin(d);
    lexicon->set_model(packaged_model());
    return lexicon;
}

inline Document parse(const std::string& text, std::shared_ptr<Lexicon> lexicon = builtin_lexicon()) {
    Document doc;
    doc.text = text;
    TextStage(builtin_text_resources()).run(doc);
    SyntaxStage(std::move(lexicon)).run(doc);
    return doc;
}

inline PartOfSpeech pos_of(const Document& doc, std::string_view word) {
    for (const auto& t : doc.tokens)
        if (doc.view(t.span) == word) return t.pos;
    return PartOfSpeech::other;
}

}  // namespace sitrep::testing
