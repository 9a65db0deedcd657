// QuoteDetector: direct quotes (straight and curly quotation marks) and
// reported speech ("X said (in a statement) that ...", "according to X") into
// Document::quotes, each with its speaker span and actor code. A pronoun
// speaker ("..., he added") and a quote with no speaker in reach stand for the
// last named speaker before them. Words are data: data/context/speech.txt.
#pragma once
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "core/stage.hpp"

namespace sitrep {

class SpeechLexicon {
public:
    void add_file(std::string_view content, std::string_view path, Diagnostics& diagnostics);
    bool is(std::string_view role, std::string_view word) const;

private:
    std::unordered_map<std::string, std::unordered_set<std::string>> words_;  // role -> words
};

class QuoteDetector : public Stage {
public:
    explicit QuoteDetector(std::shared_ptr<const SpeechLexicon> lexicon) : lexicon_(std::move(lexicon)) {}

    static constexpr StageContract kContract{"quotes",
                                             /*reads*/ {Layer::tokens, Layer::sentences, Layer::actors},
                                             /*writes*/ {Layer::quotes}};
    const StageContract& contract() const override { return kContract; }
    void run(Document& doc) const override;

private:
    std::shared_ptr<const SpeechLexicon> lexicon_;
};

}  // namespace sitrep
