#include "text/text_stage.hpp"

#include <limits>

#include "text/dateline.hpp"

namespace sitrep {

void TextStage::run(Document& doc) const {
    if (doc.text.size() > std::numeric_limits<uint32_t>::max()) {
        doc.diagnostics.push_back({Severity::error, doc.meta.id, 0,
                                   "text longer than 4 GiB; only the first 4 GiB are read",
                                   DiagnosticCode::text_too_long});
    }
    doc.dateline = find_dateline(doc.text);
    tokenizer_.tokenize(doc);
    splitter_.split(doc);
}

}  // namespace sitrep
