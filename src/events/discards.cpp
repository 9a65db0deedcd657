// Discard list reader and matcher.
#include "events/discards.hpp"

#include <algorithm>

#include "events/verb_petrarch_reader.hpp"
#include "events/verb_text.hpp"

namespace sitrep {

void DiscardList::add(DiscardPhrase phrase) {
    if (phrase.words.empty() || phrase.words.front().empty()) return;
    const std::string& first = phrase.words.front();
    const size_t length = std::min(first.size(), kKeyLength);
    by_key_[first.substr(0, length)].push_back(static_cast<uint32_t>(phrases_.size()));
    if (std::find(key_lengths_.begin(), key_lengths_.end(), length) == key_lengths_.end())
        key_lengths_.push_back(length);
    phrases_.push_back(std::move(phrase));
}

void DiscardList::read(const SourceFile& source, Diagnostics& diagnostics) {
    const std::string file(source.path);
    bool in_xml_comment = false;
    verbtext::for_each_line(source.content, [&](uint64_t line_no, std::string_view raw) {
        if (line_no == 1 && raw.starts_with("#!")) {
            if (verbtext::trim(raw.substr(2)) != "sitrep discards 1")
                diagnostics.push_back({Severity::error, file, line_no,
                                       "unsupported format tag (expected '#! sitrep discards 1')",
                                       DiagnosticCode::unsupported_version});
            return;
        }
        const std::string stripped = strip_petrarch_comment(raw, in_xml_comment);
        std::string_view line = verbtext::trim(stripped);
        if (line.empty()) return;
        DiscardPhrase p;
        if (line.front() == '+') {
            p.scope = DiscardScope::story;
            line = verbtext::trim(line.substr(1));
        }
        p.last_word_is_stem = line.empty() || line.back() != '_';
        p.words = verbtext::normalize_words(line);
        if (p.words.empty()) {
            diagnostics.push_back({Severity::error, file, line_no, "empty discard phrase", DiagnosticCode::bad_line});
            return;
        }
        p.text = std::string(line);
        p.origin = source.at(line_no);
        add(std::move(p));
    });
}

bool DiscardList::matches_at(const DiscardPhrase& p, std::span<const Token> tokens, uint32_t at, uint32_t last) const {
    if (at + p.words.size() > last) return false;
    for (size_t i = 0; i < p.words.size(); ++i) {
        const std::string& norm = tokens[at + i].norm;
        const bool final_word = i + 1 == p.words.size();
        if (final_word && p.last_word_is_stem) {
            if (!norm.starts_with(p.words[i])) return false;
        } else if (norm != p.words[i]) {
            return false;
        }
    }
    return true;
}

const DiscardPhrase* DiscardList::find(std::span<const Token> tokens, uint32_t first, uint32_t last) const {
    if (phrases_.empty()) return nullptr;
    last = std::min<uint32_t>(last, static_cast<uint32_t>(tokens.size()));
    for (uint32_t at = first; at < last; ++at) {
        const std::string& norm = tokens[at].norm;
        for (size_t length : key_lengths_) {
            if (norm.size() < length) continue;
            auto it = by_key_.find(norm.substr(0, length));
            if (it == by_key_.end()) continue;
            for (uint32_t index : it->second)
                if (matches_at(phrases_[index], tokens, at, last)) return &phrases_[index];
        }
    }
    return nullptr;
}

bool DiscardList::discards_sentence(const Document& doc, const Sentence& sentence, std::string& why) const {
    const DiscardPhrase* p = find(doc.tokens, sentence.tokens.first, sentence.tokens.last);
    if (!p) return false;
    why = p->text + " (" + doc.rule_text(p->origin) + ")";
    return true;
}

bool DiscardList::discards_story(const Document& doc, std::string& why) const {
    for (const auto& sentence : doc.sentences) {
        uint32_t at = sentence.tokens.first;
        while (at < sentence.tokens.last) {
            const DiscardPhrase* p = find(doc.tokens, at, sentence.tokens.last);
            if (!p) break;
            if (p->scope == DiscardScope::story) {
                why = p->text + " (" + doc.rule_text(p->origin) + ")";
                return true;
            }
            ++at;  // look further along the sentence for a story-level phrase
        }
    }
    return false;
}

}  // namespace sitrep
