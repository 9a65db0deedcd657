// Groups a Document's tokens into sentences (Document::sentences and
// Token::sentence). Rules, for English news:
//  - a single line break is a space (hard-wrapped text keeps its sentences,
//    and a dateline "BAGHDAD (Reuters) -" on its own line stays with its
//    first sentence); a blank line ends a paragraph and always a sentence;
//  - ".", "?", "!", "..." end a sentence, together with closing quotes and
//    brackets written right after them (`."`, `.”`, `?)`), unless the next
//    word starts in lower case ("“Why?” he asked"); the next word is looked
//    for past opening quotes and a bracketed insert ("[ISIL]”It has...");
//  - an abbreviation ("U.S.", "Jan.", an initial "W.") ends a sentence only
//    when the next word is a capitalised sentence starter ("... in the
//    U.S. The president said"); a title ("Mr.", "Gen.", "Lt.") never does;
//  - a sentence longer than kMaxSentenceTokens tokens (unpunctuated text,
//    binary junk) is cut into pieces of at most that many, at a comma,
//    semicolon, colon or dash where one is near the limit, with a warning.
#pragma once
#include <cstddef>

#include "core/document.hpp"
#include "text/text_resources.hpp"

namespace sitrep {

// The longest sentence the later stages see, in tokens (docs/RELIABILITY.md).
// Real news sentences stay far below it (the longest of the realnews
// validation set has about 50 tokens).
inline constexpr std::size_t kMaxSentenceTokens = 200;

class SentenceSplitter {
public:
    explicit SentenceSplitter(const TextResources& resources);

    // Replaces doc.sentences; expects doc.tokens from the Tokenizer.
    void split(Document& doc) const;

private:
    WordSet titles_;
    WordSet sentence_starters_;
};

}  // namespace sitrep
