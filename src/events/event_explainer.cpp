#include "events/event_explainer.hpp"

#include <string>

#include "events/sentence_view.hpp"

namespace sitrep {

std::string_view describe(NoEventReason reason) {
    switch (reason) {
        case NoEventReason::no_code:
            return "no pattern matched, no default code";
        case NoEventReason::null_code:
            return "the rule that decided names no event (---)";
        case NoEventReason::yields:
            return "yields to the verb after 'to'";
        case NoEventReason::spelled_out:
            return "spells out the coded verb before it, no event of its own";
        case NoEventReason::inside_pattern:
            return "part of a pattern that already fired";
        case NoEventReason::no_source:
            return "no source actor";
        case NoEventReason::no_target:
            return "no target actor";
        case NoEventReason::same_actor:
            return "source and target are the same actor";
        case NoEventReason::intention:
            return "what a demand asked for (an infinitive or 'that' clause after a word of demand), not an act";
        case NoEventReason::wrong_party:
            return "the code does not fit the source's kind (a protest by armed actors)";
    }
    return "?";
}

// Written with append rather than operator+ on literals, which trips a false
// -Wrestrict in GCC 12 at -O3.
void EventExplainer::line(std::initializer_list<std::string_view> parts) {
    std::string out;
    for (std::string_view p : parts) out.append(p);
    out_->push_back(std::move(out));
}

void EventExplainer::story_discarded(std::string_view why) {
    if (out_) line({"story discarded: ", why});
}

void EventExplainer::sentence_discarded(uint32_t sentence, std::string_view why) {
    if (out_) line({"sentence ", std::to_string(sentence), ": discarded (", why, ")"});
}

void EventExplainer::sentence(const SentenceView& view, uint32_t sentence) {
    if (!out_) return;
    const Document& doc = view.doc();
    line({"sentence ", std::to_string(sentence), ": ", doc.view(doc.sentences[sentence].span)});
    std::string chunks = "  chunks:";
    for (const Chunk& c : doc.chunks) {
        if (c.tokens.first < view.first() || c.tokens.first >= view.last()) continue;
        const char* tag = c.kind == ChunkKind::noun_phrase     ? "NP"
                          : c.kind == ChunkKind::verb_group    ? "VG"
                          : c.kind == ChunkKind::prepositional ? "PP"
                                                               : "O";
        chunks.append(" [").append(tag).append("#").append(std::to_string(c.clause)).append(" ");
        chunks.append(doc.view(c.tokens)).append("]");
    }
    out_->push_back(std::move(chunks));
}

void EventExplainer::pattern_matched(std::string_view verb, const VerbPattern& pattern,
                                     const EventCodePair* default_code) {
    if (!out_) return;
    const std::string code = pattern.code.to_string();
    const std::string origin = doc_->rule_text(pattern.origin);
    if (default_code && !(*default_code == pattern.code))
        line({"  '", verb, "': pattern ", origin, " matched -> ", code, " (the pattern's code, not the verb's ",
              default_code->to_string(), ")"});
    else
        line({"  '", verb, "': pattern ", origin, " matched -> ", code});
}

void EventExplainer::pattern_failed(std::string_view verb, const VerbPattern& pattern) {
    if (out_) line({"  '", verb, "': pattern ", doc_->rule_text(pattern.origin), " did not match"});
}

void EventExplainer::default_code(std::string_view verb, const VerbEntry& entry) {
    if (out_)
        line({"  '", verb, "': default code of ", entry.lemma, " (", doc_->rule_text(entry.origin), ") -> ",
              entry.code.to_string()});
}

void EventExplainer::force_moved(std::string_view verb, std::string_view force, std::string_view destination) {
    if (out_) line({"  '", verb, "': agentless passive of a force: ", force, " acts on ", destination});
}

void EventExplainer::no_event(std::string_view verb, NoEventReason reason, std::string_view detail) {
    if (!out_) return;
    if (detail.empty())
        line({"  '", verb, "': no event: ", describe(reason)});
    else
        line({"  '", verb, "': no event: ", describe(reason), " (", detail, ")"});
}

void EventExplainer::demand(std::string_view verb) {
    if (out_) line({"  '", verb, "': says its target must act: a demand (100)"});
}

void EventExplainer::accusation(std::string_view verb) {
    if (out_) line({"  '", verb, "': reports violence, coercion or blame by its target: an accusation (112)"});
}

void EventExplainer::report_dropped(std::string_view verb) {
    if (out_) line({"  '", verb, "': reported speech, dropped for the events it reports"});
}

void EventExplainer::event(const Event& e) {
    if (!out_) return;
    const bool own_state = e.target && e.target->country_from == "own state";
    line({"  event ", e.source ? e.source->code : std::string_view("-"), " ", e.cameo, " ",
          e.target ? e.target->code : std::string_view("-"), " (", doc_->rule_text(e.rule_ref), ")",
          own_state ? "; target: the source's own country, an act of a state on its own land or people" : ""});
}

}  // namespace sitrep
