// sitrep._sitrep: the pybind11 layer under the `sitrep` Python package
// (python/sitrep/). It is a client of the batch API the CLI uses
// (include/sitrep/batch.hpp): read_bytes for JSON Lines records, BatchCoder
// for threads and order, Merger for duplicates, the sitrep.event/1 JSON
// writer for output. The Python side turns JSON into dicts and diagnostics into warnings
// or exceptions; this file only moves bytes and releases the GIL while coding.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <cmath>
#include <exception>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "batch/dedup.hpp"
#include "core/diagnostic.hpp"
#include "io/utf8_repair.hpp"
#include "sitrep/batch.hpp"
#include "sitrep/engine.hpp"
#include "sitrep/record.hpp"

namespace py = pybind11;

namespace sitrep::python {

namespace {

// (severity, "file:line: severity: message" as the CLI prints it, the
// DiagnosticCode's name, file, line, message): the Python side makes
// warnings and exceptions of them, with .code to branch on.
using Problem = std::tuple<std::string, std::string, std::string, std::string, uint64_t, std::string>;
using Problems = std::vector<Problem>;

// Built field by field: Diagnostic may gain fields (an error code) that
// aggregate initialisation would leave to -Wmissing-field-initializers.
Diagnostic diagnostic(Severity severity, std::string file, uint64_t line, std::string message,
                      DiagnosticCode code = DiagnosticCode::unspecified) {
    Diagnostic d;
    d.severity = severity;
    d.file = std::move(file);
    d.line = line;
    d.message = std::move(message);
    d.code = code;
    return d;
}

void add_problem(Problems& out, const Diagnostic& d) {
    out.emplace_back(d.severity == Severity::error ? "error" : "warning", d.format(), to_string(d.code), d.file, d.line,
                     d.message);
}

// Collects records, as sitrep.event/1 lines or as they are (made into dicts
// once the GIL is back), and, for the Dask shuffle, each record's duplicate
// key: the records that can merge share it.
class CollectingSink final : public EventSink {
public:
    CollectingSink(bool keys, bool json) : keys_(keys), json_(json) {}
    void accept(EventRecord record) override {
        if (keys_) keys.push_back(event_key(record.event));
        if (json_)
            lines.push_back(to_json(record));
        else
            records.push_back(std::move(record));
    }
    std::vector<std::string> lines, keys;
    std::vector<EventRecord> records;

    // What was collected as a Python list (needs the GIL); empties the sink.
    py::list take();

private:
    bool keys_, json_;
};

std::string utf8_of(const py::bytes& b) {
    return std::string(b);
}

// A sitrep.event/1 record as a Python dict, field for field what
// io::event_to_json writes (tests/python checks equality with the CLI's JSON):
// json.loads of the JSON text cost the binding 10 % of its time.
class RecordToPython {
public:
    py::object operator()(const EventRecord& record) const {
        const Event& e = record.event;
        PyObject* j = PyDict_New();
        set(j, "schema", str(kEventSchema));
        set(j, "doc", str(record.doc));
        set(j, "sentence", PyLong_FromUnsignedLong(e.sentence));
        set(j, "sentence_text", str(record.sentence_text()));
        set(j, "date", e.date.valid() ? str(e.date.iso()) : none());
        set(j, "date_precision", str(to_string(e.date_precision)));
        set(j, "date_span", e.date_span ? span(*e.date_span) : none());
        if (!e.date_from.empty()) set(j, "date_from", str(e.date_from));  // only when inferred
        set(j, "source", actor(e.source));
        set(j, "target", actor(e.target));
        PyObject* ev = PyDict_New();
        set(ev, "cameo", str(e.cameo));
        set(ev, "root", str(e.root));
        set(ev, "text", str(e.verb_text));
        set(ev, "span", span(e.verb_span));
        set(ev, "rule", str(e.rule));
        set(j, "event", ev);
        set(j, "goldstein", PyFloat_FromDouble(e.goldstein));
        set(j, "quad", PyLong_FromLong(e.quad));
        set(j, "plover", str(e.plover));
        set(j, "negated", PyBool_FromLong(e.negated ? 1 : 0));
        set(j, "modality", str(to_string(e.modality)));
        if (e.place) {
            PyObject* p = PyDict_New();
            set(p, "text", str(e.place->text));
            set(p, "name", str(e.place->name));
            set(p, "country", str(e.place->country));
            set(p, "lat", PyFloat_FromDouble(e.place->lat));
            set(p, "lon", PyFloat_FromDouble(e.place->lon));
            set(p, "precision", str(e.place->precision));
            set(p, "span", span(e.place->span));
            if (!e.place->from.empty()) set(p, "from", str(e.place->from));  // only when inferred
            set(j, "place", p);
        } else {
            set(j, "place", none());
        }
        PyObject* counts = PyDict_New();
        set(counts, "killed", number(e.counts.killed));
        set(counts, "injured", number(e.counts.injured));
        set(counts, "arrested", number(e.counts.arrested));
        set(counts, "troops", number(e.counts.troops));
        set(counts, "displaced", number(e.counts.displaced));
        set(counts, "approximate", PyBool_FromLong(e.counts.approximate ? 1 : 0));
        PyObject* sources = PyList_New(0);
        for (const EventCountSource& c : e.counts.sources) {
            PyObject* s = PyDict_New();
            set(s, "kind", str(to_string(c.kind)));
            set(s, "value", number(c.value));
            set(s, "value_max", number(c.value_max));
            set(s, "approximate", PyBool_FromLong(c.approximate ? 1 : 0));
            set(s, "text", str(c.text));
            set(s, "span", span(c.span));
            set(s, "of", str(c.of));
            set(s, "in", str(c.in));
            set(s, "rule", str(c.rule));
            PyList_Append(sources, s);
            Py_DECREF(s);
        }
        set(counts, "sources", sources);
        set(j, "counts", counts);
        if (e.attribution) {
            PyObject* a = PyDict_New();
            set(a, "text", str(e.attribution->text));
            set(a, "code", str(e.attribution->code));
            set(a, "span", span(e.attribution->span));
            set(j, "attribution", a);
        } else {
            set(j, "attribution", none());
        }
        set(j, "confidence", PyFloat_FromDouble(std::round(e.confidence * 1e6) / 1e6));
        if (!e.mentions.empty()) {
            PyObject* mentions = PyList_New(0);
            for (const auto& m : e.mentions) {
                PyObject* d = PyDict_New();
                set(d, "doc", str(m.doc));
                set(d, "sentence", PyLong_FromUnsignedLong(m.sentence));
                set(d, "span", span(m.span));
                PyList_Append(mentions, d);
                Py_DECREF(d);
            }
            set(j, "mentions", mentions);
            set(j, "mention_count", PyLong_FromSize_t(e.mentions.size()));
        }
        if (!record.url.empty()) set(j, "url", str(record.url));
        if (PyErr_Occurred()) {
            Py_DECREF(j);
            throw py::error_already_set();
        }
        return py::reinterpret_steal<py::object>(j);
    }

private:
    static void set(PyObject* dict, const char* key, PyObject* value) {
        if (value == nullptr) return;  // the error stays set and is raised at the end
        PyDict_SetItemString(dict, key, value);
        Py_DECREF(value);
    }
    static PyObject* str(std::string_view s) {
        return PyUnicode_DecodeUTF8(s.data(), static_cast<Py_ssize_t>(s.size()), "replace");
    }
    static PyObject* none() { Py_RETURN_NONE; }
    static PyObject* span(Span s) {
        PyObject* l = PyList_New(2);
        PyList_SET_ITEM(l, 0, PyLong_FromUnsignedLong(s.begin));
        PyList_SET_ITEM(l, 1, PyLong_FromUnsignedLong(s.end));
        return l;
    }
    static PyObject* actor(const std::optional<EventActor>& a) {
        if (!a) return none();
        PyObject* j = PyDict_New();
        set(j, "text", str(a->text));
        set(j, "code", str(a->code));
        set(j, "country", str(a->country));
        set(j, "sector", str(a->sector));
        set(j, "span", span(a->span));
        if (!a->country_from.empty()) set(j, "country_from", str(a->country_from));
        return j;
    }
    // Counts are usually whole numbers: 12, not 12.0 (as the JSON writer).
    static PyObject* number(const std::optional<double>& v) {
        if (!v) return none();
        if (std::isfinite(*v) && std::floor(*v) == *v && std::fabs(*v) < 9e15)
            return PyLong_FromLongLong(static_cast<long long>(*v));
        return PyFloat_FromDouble(*v);
    }
};

py::list CollectingSink::take() {
    py::list out;
    if (json_) {
        for (const auto& line : lines)
            out.append(py::reinterpret_steal<py::object>(
                PyUnicode_DecodeUTF8(line.data(), static_cast<Py_ssize_t>(line.size()), "replace")));
    } else {
        const RecordToPython to_python;
        for (const auto& record : records) out.append(to_python(record));
    }
    lines.clear();
    records.clear();
    keys.clear();
    return out;
}

class PyEngine {
public:
    explicit PyEngine(std::shared_ptr<const Engine> engine) : engine_(std::move(engine)) {}

    // Loads the engine; (None, problems) when it cannot be built.
    static std::pair<std::optional<PyEngine>, Problems> load(const std::vector<std::string>& dictionaries, bool builtin,
                                                             bool require_dyad) {
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
    // `doc_id`: returns (records as dicts, problems). Invalid UTF-8 is
    // repaired with a warning; a bad date or a failure is an "error" problem.
    std::pair<py::list, Problems> code(const py::bytes& text, const std::string& date,
                                       const std::string& doc_id) const {
        Document doc;
        doc.text = utf8_of(text);
        doc.meta.id = doc_id;
        Problems problems;
        if (!date.empty()) {
            doc.meta.story_date = io::parse_record_date(date);
            if (!doc.meta.story_date) {
                add_problem(problems, diagnostic(Severity::error, doc_id, 0,
                                                 "bad date \"" + date +
                                                     "\" (expected YYYY-MM-DD, YYYYMMDD or an ISO 8601 timestamp)",
                                                 DiagnosticCode::bad_story_date));
                return {py::list(), problems};
            }
        }
        std::vector<EventRecord> records;
        std::string failure;
        {
            py::gil_scoped_release release;
            // As the CLI reads a text file: a byte-order mark becomes spaces
            // (spans stay byte offsets of the input), bad bytes become U+FFFD.
            if (doc.text.compare(0, 3, "\xEF\xBB\xBF") == 0) doc.text.replace(0, 3, "   ");
            const io::Utf8Repair repair = io::repair_utf8(doc.text);
            if (repair.bad_bytes != 0) {
                const auto line =
                    1 + static_cast<uint64_t>(
                            std::count(doc.text.begin(),
                                       doc.text.begin() + static_cast<std::ptrdiff_t>(repair.first_bad_offset), '\n'));
                doc.diagnostics.push_back(diagnostic(
                    Severity::warning, doc_id, line,
                    "invalid UTF-8: " + std::to_string(repair.bad_bytes) + " bad byte(s) replaced with U+FFFD",
                    DiagnosticCode::invalid_utf8));
            }
            if (doc.text.find_first_not_of(" \t\r\n\f\v") == std::string::npos) {
                doc.diagnostics.push_back(
                    diagnostic(Severity::warning, doc_id, 0, "empty text: no event", DiagnosticCode::empty_text));
            } else {
                try {
                    engine_->code(doc);
                    records = io::event_records(doc);
                } catch (const std::bad_alloc&) {
                    failure = "out of memory";
                } catch (const std::exception& e) {
                    failure = e.what();
                }
            }
        }
        for (const auto& d : doc.diagnostics) add_problem(problems, d);
        if (!failure.empty())
            add_problem(problems, diagnostic(Severity::error, doc_id, 0, "coding failed (" + doc_id + "): " + failure));
        py::list out;
        const RecordToPython to_python;
        for (const auto& record : records) out.append(to_python(record));
        return {std::move(out), problems};
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
          std::string name, bool keys, bool dicts)
        : engine_(engine.engine()), threads_(std::max(1u, threads)), name_(std::move(name)), collected_(keys, !dicts) {
        if (!raw)
            merger_ = std::make_unique<Merger>(
                collected_, MergeOptions{.window_documents = window_documents, .window_days = window_days});
    }

    // Codes the records of `lines` (one JSON object each, numbered from
    // `first_line`); returns the records that are ready, their keys (when
    // asked for) and the problems, as the CLI reports them.
    std::tuple<py::list, std::vector<std::string>, Problems> code_lines(const std::vector<py::bytes>& lines,
                                                                        uint64_t first_line) {
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

    std::tuple<py::list, std::vector<std::string>, Problems> finish() {
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
            if (coder_.merger_)
                coder_.merger_->accept(std::move(record));
            else
                coder_.collected_.accept(std::move(record));
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
            // "file:line" of the record, split back so Python gets file and line apart.
            const auto colon = where.rfind(':');
            const bool numbered = colon != std::string::npos && colon + 1 < where.size() &&
                                  where.find_first_not_of("0123456789", colon + 1) == std::string::npos;
            add_problem(problems, diagnostic(Severity::error, numbered ? where.substr(0, colon) : where,
                                             numbered ? std::stoull(where.substr(colon + 1)) : 0,
                                             f.kind == DocumentFailure::Kind::coding
                                                 ? "coding failed (" + id + "): " + f.reason + "; record skipped"
                                                 : "out of memory writing the events of " + id +
                                                       "; record skipped (some of its events may have been written)"));
        };
        BatchOptions batch;
        batch.threads = threads_;
        batch.mentions = Mentions::raw;  // merging is this object's, across batches
        BatchCoder(*engine_, batch).run(*source, forward, callbacks);
    }

    std::tuple<py::list, std::vector<std::string>, Problems> take(Problems problems) {
        auto keys = std::move(collected_.keys);
        py::list items = collected_.take();
        return {std::move(items), std::move(keys), std::move(problems)};
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
    CollectingSink collected(false, true);
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
                diagnostics.push_back(
                    diagnostic(Severity::error, "<merge>", n, error + "; record skipped", DiagnosticCode::bad_record));
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
        .def(py::init<const PyEngine&, unsigned, bool, uint64_t, uint32_t, std::string, bool, bool>(),
             py::arg("engine"), py::arg("threads"), py::arg("raw"), py::arg("merge_window"),
             py::arg("merge_window_days"), py::arg("name"), py::arg("keys"), py::arg("dicts"))
        .def("code_lines", &Coder::code_lines, py::arg("lines"), py::arg("first_line"))
        .def("finish", &Coder::finish);
    m.def("merge_lines", &merge_lines, py::arg("lines"));
}
