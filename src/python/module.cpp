// sitrep._sitrep: the pybind11 layer under the `sitrep` Python package
// (python/sitrep/). It is a client of the batch API the CLI uses
// (include/sitrep/batch.hpp): read_bytes for JSON Lines records, BatchCoder
// for threads and order, Merger for duplicates, the sitrep.event/1 JSON
// writer for output. The Python side turns JSON into dicts and diagnostics into warnings
// or exceptions; this file only moves bytes and releases the GIL while coding.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <exception>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "batch/dedup.hpp"
#include "io/utf8_repair.hpp"
#include "sitrep/batch.hpp"
#include "sitrep/engine.hpp"
#include "sitrep/record.hpp"

namespace py = pybind11;

namespace sitrep::python {

namespace {

// (severity, "file:line: severity: message") as the CLI prints it.
using Problem = std::pair<std::string, std::string>;
using Problems = std::vector<Problem>;

void add_problem(Problems& out, const Diagnostic& d) {
    out.emplace_back(d.severity == Severity::error ? "error" : "warning", d.format());
}

// Collects sitrep.event/1 lines (and, for the Dask shuffle, each record's
// duplicate key: the records that can merge share it).
class CollectingSink final : public EventSink {
public:
    explicit CollectingSink(bool keys) : keys_(keys) {}
    void accept(EventRecord record) override {
        if (keys_) keys.push_back(event_key(record.event));
        lines.push_back(to_json(record));
    }
    std::vector<std::string> lines, keys;

private:
    bool keys_;
};

std::string utf8_of(const py::bytes& b) { return std::string(b); }

class PyEngine {
public:
    explicit PyEngine(std::shared_ptr<const Engine> engine) : engine_(std::move(engine)) {}

    // Loads the engine; (None, problems) when it cannot be built.
    static std::pair<std::optional<PyEngine>, Problems> load(const std::vector<std::string>& dictionaries,
                                                             bool builtin, bool require_dyad) {
        EngineOptions options;
        options.dictionary_files = dictionaries;
        options.use_builtin = builtin;
        options.require_dyad = require_dyad;
        Diagnostics diagnostics;
        std::unique_ptr<Engine> engine;
        {
            py::gil_scoped_release release;
            engine = Engine::load(options, diagnostics);
        }
        Problems problems;
        for (const auto& d : diagnostics) add_problem(problems, d);
        if (!engine) return {std::nullopt, problems};
        return {PyEngine(std::shared_ptr<const Engine>(std::move(engine))), problems};
    }

    // One document, as `sitrep code --date DATE` codes a text file named
    // `doc_id`: returns (records as JSON lines, problems). Invalid UTF-8 is
    // repaired with a warning; a bad date or a failure is an "error" problem.
    std::pair<std::vector<std::string>, Problems> code(const py::bytes& text, const std::string& date,
                                                       const std::string& doc_id) const {
        Document doc;
        doc.text = utf8_of(text);
        doc.meta.id = doc_id;
        Problems problems;
        if (!date.empty()) {
            doc.meta.story_date = io::parse_record_date(date);
            if (!doc.meta.story_date) {
                problems.emplace_back("error", doc_id + ": error: bad date \"" + date +
                                                   "\" (expected YYYY-MM-DD, YYYYMMDD or an ISO 8601 timestamp)");
                return {{}, problems};
            }
        }
        std::vector<std::string> lines;
        std::string failure;
        {
            py::gil_scoped_release release;
            // As the CLI reads a text file: a byte-order mark becomes spaces
            // (spans stay byte offsets of the input), bad bytes become U+FFFD.
            if (doc.text.compare(0, 3, "\xEF\xBB\xBF") == 0) doc.text.replace(0, 3, "   ");
            const io::Utf8Repair repair = io::repair_utf8(doc.text);
            if (repair.bad_bytes != 0) {
                const auto line = 1 + static_cast<uint64_t>(std::count(
                    doc.text.begin(), doc.text.begin() + static_cast<std::ptrdiff_t>(repair.first_bad_offset), '\n'));
                doc.diagnostics.push_back(Diagnostic{Severity::warning, doc_id, line,
                                                     "invalid UTF-8: " + std::to_string(repair.bad_bytes) +
                                                         " bad byte(s) replaced with U+FFFD"});
            }
            if (doc.text.find_first_not_of(" \t\r\n\f\v") == std::string::npos) {
                doc.diagnostics.push_back(Diagnostic{Severity::warning, doc_id, 0, "empty text: no event"});
            } else {
                try {
                    engine_->code(doc);
                    for (const auto& record : io::event_records(doc)) lines.push_back(io::event_to_json(record));
                } catch (const std::bad_alloc&) {
                    failure = "out of memory";
                } catch (const std::exception& e) {
                    failure = e.what();
                }
            }
        }
        for (const auto& d : doc.diagnostics) add_problem(problems, d);
        if (!failure.empty())
            problems.emplace_back("error", doc_id + ": error: coding failed (" + doc_id + "): " + failure);
        return {std::move(lines), problems};
    }

    const std::shared_ptr<const Engine>& engine() const { return engine_; }

private:
    std::shared_ptr<const Engine> engine_;
};

// Codes a stream of JSON Lines records in batches, keeping one merger across
// batches (mentions "merged") as `sitrep code` does across its input.
class Coder {
public:
    Coder(const PyEngine& engine, unsigned threads, bool raw, uint64_t window_documents, uint32_t window_days,
          std::string name, bool keys)
        : engine_(engine.engine()), threads_(std::max(1u, threads)), name_(std::move(name)), collected_(keys) {
        if (!raw)
            merger_ = std::make_unique<Merger>(
                collected_, MergeOptions{.window_documents = window_documents, .window_days = window_days});
    }

    // Codes the records of `lines` (one JSON object each, numbered from
    // `first_line`); returns the records that are ready, their keys (when
    // asked for) and the problems, as the CLI reports them.
    std::tuple<std::vector<std::string>, std::vector<std::string>, Problems> code_lines(
        const std::vector<py::bytes>& lines, uint64_t first_line) {
        std::string joined;
        for (const auto& line : lines) {
            joined += std::string(line);
            joined += '\n';
        }
        Problems problems;
        {
            py::gil_scoped_release release;
            code_joined(std::move(joined), first_line > 0 ? first_line - 1 : 0, problems);
        }
        return take(std::move(problems));
    }

    std::tuple<std::vector<std::string>, std::vector<std::string>, Problems> finish() {
        if (merger_) {
            py::gil_scoped_release release;
            merger_->finish();
        }
        return take({});
    }

private:
    // Passes records on to the merger (or out) without finishing it at the
    // end of each batch; gives records without an id their stream-wide name.
    class Forward final : public EventSink {
    public:
        explicit Forward(Coder& coder) : coder_(coder) {}
        void accept(EventRecord record) override {
            if (!rename_from.empty() && record.doc == rename_from) record.doc = rename_to;
            if (coder_.merger_) coder_.merger_->accept(std::move(record));
            else coder_.collected_.accept(std::move(record));
        }
        std::string rename_from, rename_to;

    private:
        Coder& coder_;
    };

    // "name:N" of this batch -> "name:N+offset" of the stream.
    std::string relocate(const std::string& where, uint64_t offset) const {
        const auto colon = where.rfind(':');
        if (offset == 0 || colon == std::string::npos || where.compare(0, colon, name_) != 0) return where;
        const std::string number = where.substr(colon + 1);
        if (number.empty() || number.find_first_not_of("0123456789") != std::string::npos) return where;
        return name_ + ":" + std::to_string(std::stoull(number) + offset);
    }

    void code_joined(std::string joined, uint64_t offset, Problems& problems) {
        ReaderOptions options;
        options.format = InputFormat::jsonl;
        auto source = read_bytes(name_, std::move(joined), options);
        const auto report = [&](Diagnostic d) {
            if (d.file == name_ && d.line != 0) d.line += offset;
            add_problem(problems, d);
        };
        Forward forward(*this);
        BatchCallbacks callbacks;
        callbacks.diagnostic = report;
        callbacks.document = [&](const Document& doc, const std::string& where) {
            for (const auto& d : doc.diagnostics) report(d);
            forward.rename_from.clear();
            if (doc.meta.id == where) {  // no id of its own: named by its place in the stream
                forward.rename_from = where;
                forward.rename_to = relocate(where, offset);
            }
        };
        callbacks.failure = [&](const DocumentFailure& f) {
            const std::string where = relocate(f.where, offset);
            const std::string id = f.doc_id == f.where ? where : f.doc_id;
            problems.emplace_back("error", f.kind == DocumentFailure::Kind::coding
                                               ? where + ": error: coding failed (" + id + "): " + f.reason +
                                                     "; record skipped"
                                               : where + ": error: out of memory writing the events of " + id +
                                                     "; record skipped (some of its events may have been written)");
        };
        BatchOptions batch;
        batch.threads = threads_;
        batch.mentions = Mentions::raw;  // merging is this object's, across batches
        BatchCoder(*engine_, batch).run(*source, forward, callbacks);
    }

    std::tuple<std::vector<std::string>, std::vector<std::string>, Problems> take(Problems problems) {
        auto lines = std::move(collected_.lines);
        auto keys = std::move(collected_.keys);
        collected_.lines.clear();
        collected_.keys.clear();
        return {std::move(lines), std::move(keys), std::move(problems)};
    }

    std::shared_ptr<const Engine> engine_;
    unsigned threads_;
    std::string name_;
    CollectingSink collected_;
    std::unique_ptr<Merger> merger_;
};

// The reduce step of the Dask mode: raw (one per mention) sitrep.event/1
// lines, in input order, merged by the CLI's merger holding every record to
// the end (`--merge-window 0`). Lines that do not parse are problems.
std::pair<std::vector<std::string>, Problems> merge_lines(const std::vector<std::string>& lines) {
    CollectingSink collected(false);
    Diagnostics diagnostics;
    {
        py::gil_scoped_release release;
        Merger merger(collected, MergeOptions{.window_documents = 0, .window_days = 0});
        uint64_t n = 0;
        for (const auto& line : lines) {
            ++n;
            std::string error;
            auto record = record_from_json(line, &error);
            if (!record) {
                diagnostics.push_back(Diagnostic{Severity::error, "<merge>", n, error + "; record skipped"});
                continue;
            }
            merger.accept(std::move(*record));
        }
        merger.finish();
    }
    Problems problems;
    for (const auto& d : diagnostics) add_problem(problems, d);
    return {std::move(collected.lines), std::move(problems)};
}

}  // namespace

}  // namespace sitrep::python

PYBIND11_MODULE(_sitrep, m) {
    using namespace sitrep::python;
    m.doc() = "sitrep's C++ engine (use the `sitrep` package, not this module)";
    m.attr("EVENT_SCHEMA") = std::string(sitrep::io::kEventSchema);
    m.attr("DEFAULT_MERGE_WINDOW") = sitrep::kDefaultMergeWindowDocuments;
    py::class_<PyEngine>(m, "Engine")
        .def_static("load", &PyEngine::load, py::arg("dictionaries"), py::arg("builtin"), py::arg("require_dyad"))
        .def("code", &PyEngine::code, py::arg("text"), py::arg("date"), py::arg("doc_id"));
    py::class_<Coder>(m, "Coder")
        .def(py::init<const PyEngine&, unsigned, bool, uint64_t, uint32_t, std::string, bool>(), py::arg("engine"),
             py::arg("threads"), py::arg("raw"), py::arg("merge_window"), py::arg("merge_window_days"),
             py::arg("name"), py::arg("keys"))
        .def("code_lines", &Coder::code_lines, py::arg("lines"), py::arg("first_line"))
        .def("finish", &Coder::finish);
    m.def("merge_lines", &merge_lines, py::arg("lines"));
}
