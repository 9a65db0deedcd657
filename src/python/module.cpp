// sitrep._sitrep: the pybind11 layer under the `sitrep` Python package
// (python/sitrep/). It links the same static libraries as the CLI and goes
// through the same steps: io::RecordReader for records, the CLI's batch coder
// for threads, MergingSink for duplicates, the sitrep.event/1 JSON writer for
// output. The Python side turns JSON into dicts and diagnostics into warnings
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

#include "cli/batch_coder.hpp"
#include "context/dedup.hpp"
#include "context/merging_sink.hpp"
#include "engine/engine.hpp"
#include "io/event_json.hpp"
#include "io/event_record.hpp"
#include "io/record_reader.hpp"
#include "io/utf8_repair.hpp"

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
class CollectingSink final : public io::EventSink {
public:
    explicit CollectingSink(bool keys) : keys_(keys) {}
    void accept(io::EventRecord record) override {
        if (keys_) keys.push_back(event_key(record.event));
        lines.push_back(io::event_to_json(record));
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
    Coder(const PyEngine& engine, unsigned threads, bool raw, uint64_t merge_window, std::string name, bool keys)
        : engine_(engine.engine()),
          threads_(std::max(1u, threads)),
          raw_(raw),
          name_(std::move(name)),
          collected_(keys),
          merging_(collected_, merge_window) {}

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
        Diagnostics problems;
        {
            py::gil_scoped_release release;
            code_joined(std::move(joined), first_line, problems);
        }
        return take(problems);
    }

    std::tuple<std::vector<std::string>, std::vector<std::string>, Problems> finish() {
        Diagnostics none;
        if (!raw_) {
            py::gil_scoped_release release;
            merging_.finish();
        }
        return take(none);
    }

private:
    void code_joined(std::string joined, uint64_t first_line, Diagnostics& problems) {
        io::ReaderOptions options;
        options.format = io::InputFormat::jsonl;
        auto reader = io::RecordReader::from_memory(name_, std::move(joined), options);
        const uint64_t offset = first_line > 0 ? first_line - 1 : 0;
        // Messages and the ids of records without one ("name:line") count
        // lines across the whole stream, not within this batch.
        const auto renumber = [&](Diagnostic d) {
            if (d.file == name_ && d.line != 0) d.line += offset;
            return d;
        };
        reader.report_to([&](const Diagnostic& d) { problems.push_back(renumber(d)); });
        std::vector<Document> batch;
        Diagnostics read_problems;
        while (auto doc = reader.next(read_problems)) {
            const std::string& where = reader.last_location();
            if (doc->meta.id == where) {
                const auto colon = where.rfind(':');
                doc->meta.id = name_ + ":" + std::to_string(std::stoull(where.substr(colon + 1)) + offset);
            }
            batch.push_back(std::move(*doc));
        }
        for (auto& d : read_problems) problems.push_back(renumber(d));
        std::vector<std::string> failures;
        cli::code_batch(*engine_, batch, threads_, failures);
        io::EventSink& output = raw_ ? static_cast<io::EventSink&>(collected_) : merging_;
        for (std::size_t i = 0; i < batch.size(); ++i) {
            Document& doc = batch[i];
            for (auto& d : doc.diagnostics) problems.push_back(renumber(d));
            if (!failures[i].empty()) {
                problems.push_back(Diagnostic{Severity::error, name_, 0,
                                              "coding failed (" + doc.meta.id + "): " + failures[i] +
                                                  "; record skipped"});
                continue;
            }
            for (auto& record : io::event_records(doc)) output.accept(std::move(record));
            doc = Document();
        }
    }

    std::tuple<std::vector<std::string>, std::vector<std::string>, Problems> take(const Diagnostics& diagnostics) {
        Problems problems;
        for (const auto& d : diagnostics) add_problem(problems, d);
        auto lines = std::move(collected_.lines);
        auto keys = std::move(collected_.keys);
        collected_.lines.clear();
        collected_.keys.clear();
        return {std::move(lines), std::move(keys), std::move(problems)};
    }

    std::shared_ptr<const Engine> engine_;
    unsigned threads_;
    bool raw_;
    std::string name_;
    CollectingSink collected_;
    MergingSink merging_;
};

// The reduce step of the Dask mode: raw (one per mention) sitrep.event/1
// lines, in input order, merged by the CLI's own MergingSink holding every
// record to the end (`--merge-window 0`). Lines that do not parse are problems.
std::pair<std::vector<std::string>, Problems> merge_lines(const std::vector<std::string>& lines) {
    CollectingSink collected(false);
    Diagnostics diagnostics;
    {
        py::gil_scoped_release release;
        MergingSink merging(collected, 0);
        uint64_t n = 0;
        for (const auto& line : lines) {
            ++n;
            std::string error;
            auto record = io::event_from_json(line, &error);
            if (!record) {
                diagnostics.push_back(Diagnostic{Severity::error, "<merge>", n, error + "; record skipped"});
                continue;
            }
            merging.accept(std::move(*record));
        }
        merging.finish();
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
    m.attr("DEFAULT_MERGE_WINDOW") = sitrep::MergingSink::kDefaultWindow;
    py::class_<PyEngine>(m, "Engine")
        .def_static("load", &PyEngine::load, py::arg("dictionaries"), py::arg("builtin"), py::arg("require_dyad"))
        .def("code", &PyEngine::code, py::arg("text"), py::arg("date"), py::arg("doc_id"));
    py::class_<Coder>(m, "Coder")
        .def(py::init<const PyEngine&, unsigned, bool, uint64_t, std::string, bool>(), py::arg("engine"),
             py::arg("threads"), py::arg("raw"), py::arg("merge_window"), py::arg("name"), py::arg("keys"))
        .def("code_lines", &Coder::code_lines, py::arg("lines"), py::arg("first_line"))
        .def("finish", &Coder::finish);
    m.def("merge_lines", &merge_lines, py::arg("lines"));
}
