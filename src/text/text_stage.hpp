// The "text" stage: tokenizes Document::text and splits it into sentences.
// Built once from TextResources; immutable and safe to share between threads.
#pragma once
#include <string_view>

#include "core/stage.hpp"
#include "text/sentence_splitter.hpp"
#include "text/text_resources.hpp"
#include "text/tokenizer.hpp"

namespace sitrep {

class TextStage : public Stage {
public:
    explicit TextStage(const TextResources& resources) : tokenizer_(resources), splitter_(resources) {}

    static constexpr StageContract kContract{"text",
                                             /*reads*/ {},
                                             /*writes*/ {Layer::dateline, Layer::tokens, Layer::sentences}};
    const StageContract& contract() const override { return kContract; }
    void run(Document& doc) const override;

private:
    Tokenizer tokenizer_;
    SentenceSplitter splitter_;
};

}  // namespace sitrep
