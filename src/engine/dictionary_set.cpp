// Compiles the dictionary set.
#include "engine/dictionary_set.hpp"

#include "events/verb_dictionary_builder.hpp"
#include "events/verb_native_parser.hpp"
#include "events/verb_petrarch_reader.hpp"

namespace sitrep {

DictionarySet build_dictionaries(std::vector<DataFile> files, Diagnostics& diagnostics,
                                 std::shared_ptr<SourceTable> sources) {
    if (!sources) sources = std::make_shared<SourceTable>();
    for (DataFile& f : files) {
        if (f.kind == FileKind::unknown) f.kind = detect_file_kind(f.source());
        if (f.file == 0) f.file = sources->add(f.path);
    }
    std::erase_if(files, [](const DataFile& f) { return loader_of(f.kind) != FileLoader::dictionaries; });
    DictionarySet set;

    // CAMEO rows and internal codes first: the verb readers check and translate with them.
    auto cameo = std::make_shared<CameoTable>();
    auto ontology = std::make_shared<InternalCodeOntology>();
    bool have_ontology = false;
    for (const auto& f : files) {
        if (f.kind == FileKind::cameo) cameo->merge(CameoTable::parse(f.source(), diagnostics));
        if (f.kind == FileKind::internal_codes) {
            // One table is in force; a later file replaces an earlier one.
            *ontology = InternalCodeOntology::parse(f.source(), diagnostics);
            have_ontology = true;
        }
    }

    ActorDictionaryBuilder actors;
    VerbDictionaryBuilder verbs;
    auto discards = std::make_shared<DiscardList>();
    const CameoTable* check_against = cameo->empty() ? nullptr : cameo.get();
    for (const auto& f : files) {
        const size_t before = diagnostics.size();
        switch (f.kind) {
            case FileKind::actors:
            case FileKind::agents:
            case FileKind::petrarch_actors:
            case FileKind::petrarch_agents:
                actors.load(f.source(), diagnostics);
                break;
            case FileKind::verbs:
                read_native_verbs(f.source(), verbs, diagnostics, check_against);
                break;
            case FileKind::petrarch_verbs:
                // PETRARCH files carry their own (WEIS-era, test) codes; they are
                // not held to sitrep's CAMEO table.
                read_petrarch_verbs(f.source(), verbs, diagnostics);
                break;
            case FileKind::discards:
                discards->read(f.source(), diagnostics);
                break;
            default:
                break;  // CAMEO and internal codes: read above
        }
        if (!f.builtin) reject_mostly_unreadable(f, before, diagnostics);
    }
    set.actors = actors.compile();
    set.verbs =
        std::make_shared<const VerbDictionary>(verbs.build(diagnostics, have_ontology ? ontology.get() : nullptr));
    set.discards = std::move(discards);
    set.cameo = std::move(cameo);
    set.internal_codes = std::move(ontology);
    set.files = std::move(files);
    set.sources = std::move(sources);
    return set;
}

DictionarySet load_dictionaries(const EngineOptions& options, Diagnostics& diagnostics) {
    DataFiles data = data_files(options, diagnostics);
    if (!options.use_builtin) std::erase_if(data.files, [](const DataFile& f) { return f.builtin; });
    DictionarySet set = build_dictionaries(std::move(data.files), diagnostics, data.sources);
    set.owned_text = std::move(data.owned);
    return set;
}

}  // namespace sitrep
