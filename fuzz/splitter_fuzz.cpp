// libFuzzer target: runs the text stage on arbitrary bytes and checks the
// invariants every later stage relies on: token spans inside the text, in
// order and non-empty; sentences non-empty, in order, covering every token
// exactly once; each token's sentence index pointing at its sentence.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "engine/builtin_data.hpp"
#include "text/normalize.hpp"
#include "text/text_stage.hpp"

namespace {

sitrep::TextResources builtin_resources() {
    std::vector<sitrep::SourceFile> files;
    for (const auto& f : sitrep::builtin_files()) files.push_back({f.path, f.content});
    sitrep::Diagnostics diagnostics;
    return sitrep::TextResources::defaults_from(files, diagnostics);
}

const sitrep::TextStage& stage() {
    static const sitrep::TextStage s(builtin_resources());
    return s;
}

void check(bool ok) {
    if (!ok) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    sitrep::Document doc;
    doc.text.assign(reinterpret_cast<const char*>(data), size);
    stage().run(doc);

    uint32_t previous_end = 0;
    for (const auto& t : doc.tokens) {
        check(t.span.begin < t.span.end && t.span.end <= doc.text.size());
        check(previous_end <= t.span.begin);
        check(t.sentence < doc.sentences.size());
        previous_end = t.span.end;
    }
    uint32_t next_token = 0;
    for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
        const auto& sentence = doc.sentences[s];
        check(!sentence.tokens.empty() && sentence.tokens.first == next_token);
        check(sentence.tokens.last <= doc.tokens.size());
        check(sentence.span.begin == doc.tokens[sentence.tokens.first].span.begin);
        check(sentence.span.end == doc.tokens[sentence.tokens.last - 1].span.end);
        for (uint32_t i = sentence.tokens.first; i < sentence.tokens.last; ++i) check(doc.tokens[i].sentence == s);
        next_token = sentence.tokens.last;
    }
    check(next_token == doc.tokens.size());

    // Phrases go through the same tokenizer; it must hold up too.
    if (size < 256) (void)sitrep::normalize_phrase(doc.text);
    return 0;
}
