// The "syntax" stage: tags parts of speech, chunks and splits clauses for
// every sentence, filling Token::pos, Document::chunks and Document::clauses.
#pragma once
#include <memory>

#include "core/stage.hpp"
#include "syntax/lexicon.hpp"

namespace sitrep {

class SyntaxStage : public Stage {
public:
    explicit SyntaxStage(std::shared_ptr<const Lexicon> lexicon) : lexicon_(std::move(lexicon)) {}
    static constexpr StageContract kContract{"syntax",
                                             /*reads*/ {Layer::tokens, Layer::sentences},
                                             /*writes*/ {Layer::tags, Layer::chunks, Layer::clauses}};
    const StageContract& contract() const override { return kContract; }
    void run(Document& doc) const override;
    const Lexicon& lexicon() const { return *lexicon_; }

private:
    std::shared_ptr<const Lexicon> lexicon_;
};

}  // namespace sitrep
