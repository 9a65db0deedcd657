// libFuzzer target: the context detectors (dates first, then places, counts
// and quotes) and the event-context attacher on arbitrary text, with and
// without a story date, and the data loaders on the same bytes. Nothing may
// crash, hang or read outside the text; bad data lines are diagnostics.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "context/context_stages.hpp"
#include "engine/builtin_data.hpp"
#include "text/text_stage.hpp"

namespace {

const sitrep::ContextData& builtin_context() {
    static const sitrep::ContextData data = [] {
        sitrep::ContextData d;
        sitrep::Diagnostics diagnostics;
        for (const auto& f : sitrep::builtin_files()) d.add_file({f.path, f.content}, diagnostics);
        return d;
    }();
    return data;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    static const sitrep::TextStage text(sitrep::TextResources{});
    static const auto detectors = sitrep::make_context_detectors(builtin_context());
    static const auto attacher = sitrep::make_event_context_attacher();

    sitrep::Document doc;
    doc.text.assign(bytes.substr(0, 4096));
    if (size % 2 == 0) doc.meta.story_date = sitrep::Date{2024, 1, 27};
    if (size % 5 == 0) doc.meta.story_date = sitrep::Date{1, 1, 1};
    text.run(doc);
    for (const auto& stage : detectors) stage->run(doc);
    // An event on every sentence, its verb on the first token.
    for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
        sitrep::Event e;
        e.sentence = s;
        if (!doc.sentences[s].tokens.empty() && doc.sentences[s].tokens.first < doc.tokens.size())
            e.verb_span = doc.tokens[doc.sentences[s].tokens.first].span;
        doc.events.push_back(e);
    }
    doc.explain = size % 3 == 0;
    attacher->run(doc);

    // The same bytes as data files.
    sitrep::ContextData loaded;
    sitrep::Diagnostics diagnostics;
    for (const char* kind : {"months", "relative-dates", "ago-units", "places", "numbers", "quantities"}) {
        const std::string file = std::string("#! sitrep ") + kind + " 1\n" + std::string(bytes);
        loaded.add_file({"fuzz.txt", file}, diagnostics);
    }
    return 0;
}
