// libFuzzer target: the verb dictionary readers (native and PETRARCH/TABARI),
// the builder that compiles them, and the CAMEO / internal-code / discard
// readers, on arbitrary bytes (the validation-suite reader has its own
// target, validation_suite_fuzz.cpp).
// They must report problems, never crash.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "events/cameo_internal_codes.hpp"
#include "events/cameo_table.hpp"
#include "events/discards.hpp"
#include "events/verb_dictionary_builder.hpp"
#include "events/verb_native_parser.hpp"
#include "events/verb_petrarch_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace sitrep;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    Diagnostics diags;

    CameoTable cameo = CameoTable::parse({"fuzz.txt", text}, diags);
    InternalCodeOntology ontology = InternalCodeOntology::parse({"fuzz.txt", text}, diags);

    VerbDictionaryBuilder builder;
    // Low limits reach the same limit branches as the defaults without
    // expanding up to a million phrases for one input.
    builder.set_limits({.depth = 16, .phrases_per_group = 500, .phrases_in_all = 5000});
    read_petrarch_verbs({"fuzz.txt", text}, builder, diags);
    read_native_verbs({"fuzz.verbs", text}, builder, diags, cameo.empty() ? nullptr : &cameo);
    const VerbDictionary dict = builder.build(diags, &ontology);
    check_verb_codes(dict, cameo, diags);

    // Exercise the run-time lookups on the dictionary's own words.
    std::vector<Token> tokens;
    for (const auto& group : dict.groups())
        for (const auto& member : group.expanded)
            for (const auto& word : member) {
                Token t;
                t.norm = word;
                tokens.push_back(std::move(t));
                if (tokens.size() > 32) break;
            }
    for (uint32_t g = 0; g < dict.groups().size() && g < 4; ++g)
        for (uint32_t at = 0; at < tokens.size() && at < 8; ++at)
            (void)dict.match_group(g, tokens, at, static_cast<uint32_t>(tokens.size()));
    for (const auto& token : tokens) (void)dict.forms_of(token.norm);
    for (uint32_t e = 0; e < dict.entries().size(); ++e) (void)dict.patterns_for(e);

    DiscardList discards;
    discards.read({"fuzz_discards.txt", text}, diags);
    (void)discards.find(tokens, 0, static_cast<uint32_t>(tokens.size()));
    (void)cameo.lookup(text.substr(0, 6));

    return 0;
}
