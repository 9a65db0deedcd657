// Reader of sitrep's own verb dictionary format (`#! sitrep verbs 1`, see
// docs/DICTIONARIES.md, section Verbs):
//
//   &GROUP = member | member words | &OTHER_GROUP      word group
//   | more | members                                   continues the last group
//   verb LEMMA [(form, form, ...)] = CODE              a verb and its default code
//   noun LEMMA [(plural, ...)] = CODE                  a noun that carries an event
//     CODE: ELEMENTS                                    an indented pattern line
//
// CODE is "---" (no event), "042" or "042:043" (plus a reversed event).
// ELEMENTS: `*` the verb, SOURCE, TARGET, &GROUP, literal words, `( )` and
// `{ }` groups as in PETRARCH. Regular inflections are generated.
#pragma once
#include <string>
#include <string_view>

#include "core/diagnostic.hpp"
#include "events/verb_dictionary_builder.hpp"
#include "events/verb_petrarch_reader.hpp"

namespace sitrep {

class CameoTable;

// Reads one native file into `builder`. Every problem names file:line; a bad
// line is skipped and the rest loads. When `cameo` is given, codes it does not
// list are reported as errors (the entry is kept).
VerbFileSummary read_native_verbs(const SourceFile& file, VerbDictionaryBuilder& builder, Diagnostics& diagnostics,
                                  const CameoTable* cameo = nullptr);

// Reports, against `cameo`, every code of `dict` that the table does not list
// exactly (patterns, verbs, block defaults), citing the origin of each.
void check_verb_codes(const VerbDictionary& dict, const CameoTable& cameo, Diagnostics& diagnostics);

}  // namespace sitrep
