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
    std::string_view name() const override { return "syntax"; }
    void run(Document& doc) const override;
    const Lexicon& lexicon() const { return *lexicon_; }

private:
    std::shared_ptr<const Lexicon> lexicon_;
};

}  // namespace sitrep
