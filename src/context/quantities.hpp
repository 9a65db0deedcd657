// QuantityDetector: numbers that count people in an event or a force:
// "2,500 U.S. troops" (troops, actor USA), "killed 12 people", "12 were
// killed", "death toll rose to 30", "dozens wounded" -> Document::quantities.
// Numbers already read as dates ("in 2014") are not counts. Words are data:
// data/context/quantities.txt and data/context/numbers.txt.
#pragma once
#include <memory>
#include <unordered_map>
#include <vector>

#include "context/numbers.hpp"
#include "core/stage.hpp"

namespace sitrep {

class QuantityLexicon {
public:
    void add_file(std::string_view content, std::string_view path, Diagnostics& diagnostics);

    struct Word {
        QuantityKind kind = QuantityKind::other;
        bool event = false;  // event word vs. counted noun
        std::string rule;
    };
    const Word* find(std::string_view word) const;
    const std::vector<std::vector<std::string>>& approximators() const { return approx_; }

private:
    std::unordered_map<std::string, Word> words_;
    std::vector<std::vector<std::string>> approx_;  // phrases, longest first
};

class QuantityDetector : public Stage {
public:
    QuantityDetector(std::shared_ptr<const QuantityLexicon> lexicon, std::shared_ptr<const NumberWords> numbers)
        : lexicon_(std::move(lexicon)), numbers_(std::move(numbers)) {}

    static constexpr StageContract kContract{
        "quantities",
        /*reads*/ {Layer::tokens, Layer::sentences, Layer::actors, Layer::dates, Layer::places},
        /*writes*/ {Layer::quantities}};
    const StageContract& contract() const override { return kContract; }
    void run(Document& doc) const override;

private:
    std::shared_ptr<const QuantityLexicon> lexicon_;
    std::shared_ptr<const NumberWords> numbers_;
};

bool parse_quantity_kind(std::string_view s, QuantityKind& out);

}  // namespace sitrep
