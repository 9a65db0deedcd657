// Builds the pipeline: text -> actors -> syntax -> context detectors -> actor
// countries -> pronouns -> events -> event context, or the part of it that fills
// EngineOptions::until. Each stage is constructed from compiled dictionaries; the
// dictionary set (dictionary_set.hpp) reads built-in and user files, and only the
// data of the stages built is loaded.
#include "engine/engine.hpp"

#include <set>

#include "actors/actor_country_stage.hpp"
#include "actors/actor_stage.hpp"
#include "actors/pronoun_actors.hpp"
#include "context/context_stages.hpp"
#include "context/dates.hpp"
#include "context/event_context.hpp"
#include "context/packaged_places.hpp"
#include "context/places.hpp"
#include "context/token_text.hpp"
#include "engine/dictionary_set.hpp"
#include "engine/file_registry.hpp"
#include "events/dictionary_verb_forms.hpp"
#include "events/event_stage.hpp"
#include "syntax/syntax_stage.hpp"
#include "text/text_stage.hpp"

namespace sitrep {
namespace {

// What the actor-countries stage needs from the gazetteer: its set of countries.
ActorCountryResources actor_country_resources(const Gazetteer& places) {
    auto countries = std::make_shared<std::set<std::string, std::less<>>>();
    for (size_t i = 0; i < places.size(); ++i)
        if (places.entry(i).kind == PlaceKind::country) countries->insert(places.entry(i).country);
    ActorCountryResources r;
    r.is_country = [countries](std::string_view code) { return countries->find(code) != countries->end(); };
    return r;
}

// What the pronoun-actors stage needs from the grammar word classes and the gazetteer.
PronounActorResources pronoun_actor_resources(std::shared_ptr<const Lexicon> lexicon,
                                              std::shared_ptr<const Gazetteer> places,
                                              const ActorCountryResources& countries) {
    PronounActorResources r;
    r.is_country = countries.is_country;
    // A name the gazetteer knows, whose chosen entry (hand-written first, else the most
    // populous) has a country.
    r.is_place_name = [places](std::string_view name) {
        std::string key;
        append_match_key(name, key);
        const std::vector<uint32_t>* ids = places->lookup(key);
        if (!ids || ids->empty()) return false;
        const PlaceEntry* best = nullptr;
        for (uint32_t id : *ids) {
            const PlaceEntry& e = places->entry(id);
            if (!best || (best->packaged && !e.packaged) ||
                (best->packaged == e.packaged && e.population > best->population))
                best = &e;
        }
        return !best->country.empty();
    };
    r.is_person_noun = [lexicon](std::string_view w) { return lexicon->is(w, wc_person); };
    r.is_plural_noun = [lexicon](std::string_view w) { return lexicon->is(w, wc_plural); };
    r.is_expletive_verb = [lexicon](std::string_view w) { return lexicon->is(w, wc_expletive); };
    r.is_country_noun = [lexicon](std::string_view w) { return lexicon->is(w, wc_country_noun); };
    r.is_compass_word = [lexicon](std::string_view w) { return lexicon->is(w, wc_compass); };
    r.is_group_noun = [lexicon](std::string_view w) { return lexicon->is(w, wc_group_noun); };
    r.is_report_verb = [lexicon](std::string_view w) { return lexicon->is(w, wc_report); };
    return r;
}

// The stages of the whole pipeline, in order; Engine::load builds those it needs.
enum class StageId : uint8_t {
    text,
    actors,
    syntax,
    dates,
    places,
    quantities,
    quotes,
    actor_countries,
    pronoun_actors,
    events,
    event_context
};
const std::vector<const StageContract*>& full_pipeline() {
    static const std::vector<const StageContract*> pipeline = {
        &TextStage::kContract,     &ActorStage::kContract,           &SyntaxStage::kContract,
        &DateDetector::kContract,  &PlaceDetector::kContract,        &QuantityDetector::kContract,
        &QuoteDetector::kContract, &ActorCountryStage::kContract,    &PronounActorStage::kContract,
        &EventStage::kContract,    &EventContextAttacher::kContract,
    };
    return pipeline;
}

}  // namespace

bool check_stage_order(const std::vector<const StageContract*>& pipeline, Diagnostics& diagnostics) {
    bool ok = true;
    Layers written;
    for (const StageContract* stage : pipeline) {
        for (int i = 0; i < kLayerCount; ++i) {
            const auto layer = static_cast<Layer>(i);
            if (stage->reads.has(layer) && !written.has(layer)) {
                diagnostics.push_back({Severity::error, "engine", 0,
                                       "stage '" + std::string(stage->name) + "' reads layer '" +
                                           std::string(to_string(layer)) + "' that no earlier stage writes",
                                       DiagnosticCode::stage_order});
                ok = false;
            }
        }
        written.add(stage->writes);
    }
    return ok;
}

std::vector<bool> stages_for(const std::vector<const StageContract*>& pipeline, Layers until) {
    std::vector<bool> keep(pipeline.size(), false);
    Layers wanted = until;
    for (size_t i = pipeline.size(); i-- > 0;) {
        if (!pipeline[i]->writes.any_of(wanted)) continue;
        keep[i] = true;
        wanted.add(pipeline[i]->reads);
    }
    return keep;
}

std::unique_ptr<Engine> Engine::from_stages(std::vector<std::unique_ptr<Stage>> stages, Diagnostics& diagnostics,
                                            std::shared_ptr<const SourceTable> sources) {
    std::vector<const StageContract*> contracts;
    for (const auto& s : stages) contracts.push_back(&s->contract());
    if (!check_stage_order(contracts, diagnostics)) return nullptr;
    return std::unique_ptr<Engine>(new Engine(std::move(stages), std::move(sources)));
}

Layers Engine::writes() const {
    Layers all;
    for (const auto& s : stages_) all.add(s->contract().writes);
    return all;
}

std::unique_ptr<Engine> Engine::load(const EngineOptions& options, Diagnostics& diagnostics) {
    const std::vector<const StageContract*>& pipeline = full_pipeline();
    const std::vector<bool> keep =
        options.until ? stages_for(pipeline, *options.until) : std::vector<bool>(pipeline.size(), true);
    auto needs = [&](StageId id) { return keep[static_cast<size_t>(id)]; };
    auto needs_any = [&](std::initializer_list<StageId> ids) {
        for (StageId id : ids)
            if (needs(id)) return true;
        return false;
    };
    // Only the text stage needs no dictionary: the syntax stage takes the verb forms
    // of the verb dictionary as words it knows.
    const bool dictionaries_needed = needs_any({StageId::actors, StageId::syntax, StageId::events});
    const bool context_needed = needs_any({StageId::dates, StageId::places, StageId::quantities, StageId::quotes,
                                           StageId::actor_countries, StageId::pronoun_actors});
    const bool places_needed = needs_any({StageId::places, StageId::actor_countries, StageId::pronoun_actors});

    // Every built-in and user file with its kind; each goes to the loader of its kind
    // (file_registry.cpp), and only when a stage built needs that loader.
    const DataFiles data = data_files(options, diagnostics);
    // Word lists of the text and syntax stages are grammar: the built-in ones are
    // read with or without --no-builtin; user files of their kinds are added.
    auto wanted = [&](const DataFile& f, FileLoader loader) {
        return loader_of(f.kind) == loader &&
               (!f.builtin || options.use_builtin || loader == FileLoader::text || loader == FileLoader::syntax);
    };
    DictionarySet dictionaries;
    if (dictionaries_needed) {
        std::vector<DataFile> files;
        for (const DataFile& f : data.files)
            if (wanted(f, FileLoader::dictionaries)) files.push_back(f);
        dictionaries = build_dictionaries(std::move(files), diagnostics, data.sources);
    }
    std::vector<SourceFile> text_files;
    auto lexicon = std::make_shared<Lexicon>();
    ContextData context;
    for (const DataFile& f : data.files) {
        const size_t before = diagnostics.size();
        if (wanted(f, FileLoader::text))
            text_files.push_back(f.source());
        else if (wanted(f, FileLoader::syntax) && dictionaries_needed)
            lexicon->load(f.source(), diagnostics);
        else if (wanted(f, FileLoader::context) && context_needed)
            context.add_file(f.source(), diagnostics);
        else
            continue;
        if (!f.builtin) reject_mostly_unreadable(f, before, diagnostics);
    }
    // After the hand-written places, so that their aliases and cue words win.
    if (options.use_builtin && places_needed) add_packaged_places(*context.places, PackagedPlaceOptions{}, diagnostics);

    std::shared_ptr<const CameoTable> cameo = dictionaries.cameo;
    if (needs(StageId::events) && (!cameo || cameo->empty())) {
        // The CAMEO table is reference data, not a coding dictionary: keep the
        // built-in one under --no-builtin so events still get Goldstein and quad.
        CameoTable table;
        for (const DataFile& f : data.files)
            if (f.builtin && f.kind == FileKind::cameo) table.merge(CameoTable::parse(f.source(), diagnostics));
        cameo = std::make_shared<const CameoTable>(std::move(table));
    }

    auto verbs = dictionaries.verbs ? dictionaries.verbs : std::make_shared<const VerbDictionary>();
    auto actors = dictionaries.actors ? dictionaries.actors : ActorDictionaryBuilder{}.compile();
    if (dictionaries_needed) {
        add_dictionary_verb_forms(*lexicon, *verbs);
        lexicon->set_model(load_packaged_penn_model(diagnostics));
    }
    const ActorCountryResources countries = needs_any({StageId::actor_countries, StageId::pronoun_actors})
                                                ? actor_country_resources(*context.places)
                                                : ActorCountryResources{};

    std::vector<std::unique_ptr<Stage>> stages;
    auto build = [&](StageId id) -> std::unique_ptr<Stage> {
        switch (id) {
            case StageId::text:
                return std::make_unique<TextStage>(TextResources::defaults_from(text_files, diagnostics));
            case StageId::actors:
                return std::make_unique<ActorStage>(actors);
            case StageId::syntax:
                return std::make_unique<SyntaxStage>(lexicon);
            // The context detectors: dates first (counts skip numbers read as dates).
            case StageId::dates:
                return std::make_unique<DateDetector>(context.dates, context.numbers);
            case StageId::places:
                return std::make_unique<PlaceDetector>(context.places);
            case StageId::quantities:
                return std::make_unique<QuantityDetector>(context.quantities, context.numbers);
            case StageId::quotes:
                return std::make_unique<QuoteDetector>(context.speech);
            // Agents without a country take one from the sentence, dateline or story (needs places).
            case StageId::actor_countries:
                return std::make_unique<ActorCountryStage>(countries);
            // "He", "they", "it" before a verb then stand for the actor named before (needs countries).
            case StageId::pronoun_actors:
                return std::make_unique<PronounActorStage>(pronoun_actor_resources(lexicon, context.places, countries));
            case StageId::events: {
                EventCoderResources res;
                res.verbs = verbs;
                res.lexicon = lexicon;
                res.cameo = cameo;
                res.discards = dictionaries.discards;
                res.internal_codes = dictionaries.internal_codes;
                res.require_dyad = options.require_dyad;
                res.refusal_codes = options.use_builtin;
                return std::make_unique<EventStage>(std::move(res));
            }
            // Attaches dates, places, counts and speakers to each event.
            case StageId::event_context:
                return std::make_unique<EventContextAttacher>(context.places, context.dates);
        }
        return nullptr;
    };
    for (size_t i = 0; i < pipeline.size(); ++i)
        if (keep[i]) stages.push_back(build(static_cast<StageId>(i)));
    return from_stages(std::move(stages), diagnostics, data.sources);
}

void Engine::code(Document& doc) const {
    doc.sources = sources_;
    for (const auto& stage : stages_) stage->run(doc);
    // Every front end reads the events' rules as text (records, the store); the
    // stages keep only where the rule is. One string per event, made here.
    for (Event& e : doc.events)
        if (!e.rule_ref.empty()) e.rule = doc.rule_text(e.rule_ref);
}

}  // namespace sitrep
