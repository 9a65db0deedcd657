// Importer for verb dictionaries written for PETRARCH-2 (CAMEO.2.0.txt and the
// 2.02 validation verbs), PETRARCH-1 and TABARI. The formats share one shape:
//
//   &SYNSET            a word group; following "+member" lines are its members
//   +MEMBER_WORDS      ("_" or blank between words; trailing "_" = no plural)
//   --- NAME [code] --- a verb block and its default code ("[---]" = none)
//   VERB {FORMS} [code] a verb of the block, optional listed forms and own code
//   +WORD_+WORD ...    a multi-word verb; '+' marks the inflected word
//   - PATTERN [code]   a pattern: * verb, $ source, + target, % compound,
//                      ^ skip, &SYNSET, ( ) prepositional and { } noun phrases
//   ~ ...              a PETRARCH-2 transformation (counted, not used)
//   # ; <!-- -->       comments
//
// A verb line after patterns with no "---" header starts a new block (TABARI
// files have one block per verb, headed by comment lines).
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include "core/diagnostic.hpp"
#include "core/source_file.hpp"
#include "events/verb_dictionary_builder.hpp"

namespace sitrep {

struct VerbFileSummary {
    size_t blocks = 0, verbs = 0, patterns = 0, groups = 0, group_members = 0;
    size_t transformations = 0;  // PETRARCH-2 "~" lines, read but not used
};

VerbFileSummary read_petrarch_verbs(const SourceFile& file, VerbDictionaryBuilder& builder, Diagnostics& diagnostics);

// Strips PETRARCH comments from one line: "<!-- -->" (may span lines: pass the
// same `in_xml_comment` for every line of a file), "#" and ";" outside
// brackets (so codes such as "[###]" survive).
std::string strip_petrarch_comment(std::string_view line, bool& in_xml_comment);

}  // namespace sitrep
