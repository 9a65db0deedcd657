// libFuzzer target: the actor dictionary readers (native, PETRARCH actors and
// agents, format detection) on arbitrary bytes, then compiling and matching the
// result against a short text. Nothing may crash or hang; errors are values.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "actors/actor_dictionary.hpp"
#include "actors/actor_stage.hpp"
#include "text/text_stage.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    sitrep::Diagnostics diags;
    sitrep::ActorDictionaryBuilder builder;
    builder.load({"fuzz", bytes}, diags);
    builder.load_native({"fuzz", bytes}, diags);
    builder.load_petrarch_actors({"fuzz", bytes}, diags);
    builder.load_petrarch_agents({"fuzz", bytes}, diags);
    sitrep::check_actor_dictionary({"fuzz", bytes}, diags);
    const auto dict = builder.compile();

    static const sitrep::TextStage text(sitrep::TextResources{});
    const sitrep::ActorStage stage(dict);
    sitrep::Document doc;
    doc.text = "Iraqi Prime Minister Al-Sudani's office said US-backed forces and U.S. troops met.";
    if (size % 2) doc.text.assign(bytes.substr(0, 512));
    if (size % 3) doc.meta.story_date = sitrep::Date{2024, 1, 27};
    text.run(doc);
    stage.run(doc);
    return 0;
}
