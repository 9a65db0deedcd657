// Runs tagger, chunker and clause splitter sentence by sentence.
#include "syntax/syntax_stage.hpp"

#include "syntax/chunker.hpp"
#include "syntax/clauses.hpp"
#include "syntax/tagger.hpp"

namespace sitrep {

void SyntaxStage::run(Document& doc) const {
    doc.chunks.clear();
    doc.clauses.clear();
    for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
        const Sentence& sentence = doc.sentences[s];
        if (sentence.tokens.empty() || sentence.tokens.last > doc.tokens.size()) continue;
        tag_sentence(doc, sentence, *lexicon_);
        const size_t first_chunk = doc.chunks.size();
        chunk_sentence(doc, sentence, *lexicon_);
        split_clauses(doc, sentence, s, first_chunk, *lexicon_);
    }
}

}  // namespace sitrep
