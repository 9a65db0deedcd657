// Builds the pipeline: text -> actors -> syntax -> context detectors -> events
// -> event context. Each stage is constructed from compiled dictionaries; the
// dictionary set (dictionary_set.hpp) reads built-in and user files.
#include "engine/engine.hpp"

#include <set>

#include "actors/actor_country_stage.hpp"
#include "actors/actor_stage.hpp"
#include "actors/pronoun_actors.hpp"
#include "context/context_stages.hpp"
#include "context/packaged_places.hpp"
#include "context/token_text.hpp"
#include "engine/builtin_data.hpp"
#include "engine/dictionary_set.hpp"
#include "events/dictionary_verb_forms.hpp"
#include "events/event_stage.hpp"
#include "syntax/syntax_stage.hpp"
#include "text/text_stage.hpp"

namespace sitrep {
namespace {

bool under(std::string_view path, std::string_view folder) { return path.starts_with(folder); }

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
    return r;
}

}  // namespace

std::unique_ptr<Engine> Engine::load(const EngineOptions& options, Diagnostics& diagnostics) {
    DictionarySet dictionaries = load_dictionaries(options, diagnostics);

    // Word lists of the text and syntax stages are grammar, not dictionaries:
    // they are always the built-in ones, with or without --no-builtin.
    std::vector<std::pair<std::string_view, std::string_view>> text_files;
    auto lexicon = std::make_shared<Lexicon>();
    ContextData context;
    for (const auto& f : builtin_files()) {
        if (under(f.path, "data/text/")) text_files.emplace_back(f.path, f.content);
        else if (under(f.path, "data/syntax/")) lexicon->load(f.path, f.content, diagnostics);
        else if (options.use_builtin) context.add_file(f.path, f.content, diagnostics);
    }
    for (const auto& f : dictionaries.files)
        if (!f.builtin && f.kind == DictionaryKind::other) context.add_file(f.path, f.content, diagnostics);
    // After the hand-written places, so that their aliases and cue words win.
    if (options.use_builtin) add_packaged_places(*context.places, PackagedPlaceOptions{}, diagnostics);

    // The CAMEO table is reference data, not a coding dictionary: keep the
    // built-in one under --no-builtin so events still get Goldstein and quad.
    std::shared_ptr<const CameoTable> cameo = dictionaries.cameo;
    if (!cameo || cameo->empty()) {
        CameoTable table;
        for (const auto& f : builtin_files())
            if (under(f.path, "data/cameo/") && f.path.ends_with(".txt"))
                table.merge(CameoTable::parse(f.content, std::string(f.path), diagnostics));
        cameo = std::make_shared<const CameoTable>(std::move(table));
    }

    auto verbs = dictionaries.verbs ? dictionaries.verbs : std::make_shared<const VerbDictionary>();
    add_dictionary_verb_forms(*lexicon, *verbs);
    lexicon->set_model(load_packaged_penn_model(diagnostics));

    std::vector<std::unique_ptr<Stage>> stages;
    stages.push_back(std::make_unique<TextStage>(TextResources::defaults_from(text_files, diagnostics)));
    if (dictionaries.actors) stages.push_back(std::make_unique<ActorStage>(dictionaries.actors));
    stages.push_back(std::make_unique<SyntaxStage>(lexicon));
    // context stages: detectors (dates, places, counts, quotes) run before the events.
    for (auto& s : make_context_detectors(context)) stages.push_back(std::move(s));
    // end context stages
    // Agents without a country take one from the sentence, dateline or story (needs places).
    // "He", "they", "it" before a verb then stand for the actor named before (needs countries).
    if (dictionaries.actors) {
        const ActorCountryResources countries = actor_country_resources(*context.places);
        stages.push_back(std::make_unique<ActorCountryStage>(countries));
        stages.push_back(
            std::make_unique<PronounActorStage>(pronoun_actor_resources(lexicon, context.places, countries)));
    }

    EventCoderResources res;
    res.verbs = verbs;
    res.lexicon = lexicon;
    res.cameo = cameo;
    res.discards = dictionaries.discards;
    res.internal_codes = dictionaries.internal_codes;
    res.require_dyad = options.require_dyad;
    stages.push_back(std::make_unique<EventStage>(std::move(res)));

    // context stages: attach dates, places, counts and speakers to each event.
    stages.push_back(make_event_context_attacher(context));
    // end context stages
    return std::make_unique<Engine>(std::move(stages));
}

void Engine::code(Document& doc) const {
    for (const auto& stage : stages_) stage->run(doc);
}

}  // namespace sitrep
