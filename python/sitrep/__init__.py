"""sitrep: CAMEO event coding from Python.

    import sitrep
    engine = sitrep.Engine()                      # built-in dictionaries
    records = engine.code(text, date="2024-01-27", doc_id="a1")
    for rec in engine.code_records(jsonl_records, threads=2):
        ...
    frame = sitrep.to_pandas(records)

Records are the sitrep.event/1 records of `sitrep code`, as dicts (the same
JSON, parsed). The C++ engine is the CLI's own library (module _sitrep); it
runs without the GIL, so Python threads code in parallel too.

Problems with the input are reported as the CLI reports them: a warning
(sitrep.SitrepWarning, message "file:line: warning: ...") for what the CLI
warns about or skips, an exception (sitrep.SitrepError) for what would stop
the CLI (an engine that cannot be built, a bad date). Never a crash. Both
carry .code, the name of the library's DiagnosticCode ("bad-record",
"invalid-utf8", "empty-text", "cannot-open", ...), to branch on:

    except sitrep.SitrepError as e:
        if e.code == "cannot-open": ...
"""
import json
import warnings
from collections import namedtuple

from . import _sitrep

__all__ = ["Engine", "Diagnostic", "SitrepError", "SitrepWarning", "to_pandas", "EVENT_SCHEMA"]

EVENT_SCHEMA = _sitrep.EVENT_SCHEMA

# How many records go to the C++ side at once per thread (the CLI's own batch).
_BATCH_PER_THREAD = 64


class Diagnostic(namedtuple("Diagnostic", "severity text code file line message")):
    """One problem as the CLI reports it: severity "warning" or "error"; text,
    the CLI's line "file:line: severity: message"; code, the name of the
    library's DiagnosticCode ("bad-record", "invalid-utf8", "empty-text",
    "cannot-open", ... or "unspecified"); file, line (0 when none) and message
    (the reason) apart."""

    __slots__ = ()

    def __str__(self):
        return self.text


def _diagnostic(problem):
    return problem if isinstance(problem, Diagnostic) else Diagnostic(*problem)


class SitrepError(Exception):
    """Input sitrep refuses. .code is the DiagnosticCode name of the first error
    ("bad-record", "cannot-open", ...), .diagnostics the CLI's messages (str)
    and .problems the same as Diagnostic tuples (code, file, line apart)."""

    def __init__(self, message, diagnostics=(), code=None):
        super().__init__(message)
        self.problems = [_diagnostic(d) for d in diagnostics if not isinstance(d, str)]
        self.diagnostics = [str(d) for d in diagnostics]
        self.code = code or (self.problems[0].code if self.problems else "unspecified")

    def __reduce__(self):
        return (SitrepError, (str(self), self.problems or self.diagnostics, self.code))


class SitrepWarning(UserWarning):
    """A record or text coded with a problem, or skipped (as the CLI warns).
    str() is the CLI's message; .code the DiagnosticCode name ("invalid-utf8",
    "empty-text", "bad-record", ...); .file, .line, .reason where it is."""

    def __init__(self, message, code="unspecified", file="", line=0, reason=None):
        super().__init__(message)
        self.code = code
        self.file = file
        self.line = line
        self.reason = message if reason is None else reason

    def __reduce__(self):
        return (SitrepWarning, (str(self), self.code, self.file, self.line, self.reason))


def _report(problems, fatal=False):
    """Warnings for every problem; with fatal=True errors raise instead."""
    problems = [_diagnostic(p) for p in problems]
    errors = [p for p in problems if p.severity == "error"]
    for p in problems:
        if p.severity != "error" or not fatal:
            warnings.warn(SitrepWarning(p.text, p.code, p.file, p.line, p.message), stacklevel=3)
    if fatal and errors:
        raise SitrepError("; ".join(p.text for p in errors), errors)


def _date_text(date):
    if date is None:
        return ""
    if hasattr(date, "isoformat"):  # datetime.date / datetime / pandas.Timestamp
        return date.isoformat()[:10]
    return str(date)


def _line_bytes(record):
    """One JSON Lines record as bytes: a dict is dumped, str/bytes are taken as a line."""
    if isinstance(record, dict):
        return json.dumps(record, ensure_ascii=False).encode("utf-8", "surrogatepass")
    if isinstance(record, str):
        return record.encode("utf-8", "surrogatepass")
    if isinstance(record, (bytes, bytearray)):
        return bytes(record)
    raise TypeError(f"a record is a dict or a JSON Lines string, not {type(record).__name__}")


_ENGINES = {}  # per process: (dictionaries, builtin, require_dyad) -> _sitrep.Engine


def _load(dictionaries, builtin, require_dyad):
    key = (tuple(dictionaries), bool(builtin), bool(require_dyad))
    engine = _ENGINES.get(key)
    if engine is None:
        engine, problems = _sitrep.Engine.load(list(key[0]), key[1], key[2])
        problems = [_diagnostic(p) for p in problems]
        errors = [p for p in problems if p.severity == "error"]
        if engine is None or errors:
            _report([p for p in problems if p.severity != "error"])
            raise SitrepError("cannot build the engine from the dictionaries" +
                              (": " + "; ".join(p.text for p in errors) if errors else ""), errors)
        _report(problems)
        _ENGINES[key] = engine
    return engine


class Engine:
    """The coder, built once from dictionaries and shared by any number of threads.

    dictionaries: paths of user dictionary files (format detected, as --dictionary);
    builtin: load the built-in dictionaries (False is --no-builtin);
    require_dyad: no one-sided events (--require-dyad).
    Engines with the same arguments share one C++ engine per process, and an
    Engine pickles as its arguments (Dask ships it to workers that way).
    """

    def __init__(self, dictionaries=(), builtin=True, require_dyad=False):
        self.dictionaries = [str(d) for d in dictionaries]
        self.builtin = bool(builtin)
        self.require_dyad = bool(require_dyad)
        self._engine = _load(self.dictionaries, self.builtin, self.require_dyad)

    def __reduce__(self):
        return (Engine, (self.dictionaries, self.builtin, self.require_dyad))

    def __repr__(self):
        return (f"sitrep.Engine(dictionaries={self.dictionaries!r}, builtin={self.builtin}, "
                f"require_dyad={self.require_dyad})")

    def code(self, text, date=None, doc_id=None):
        """The events of one document (str, or bytes that should be UTF-8) as a list of dicts.

        Same records as `sitrep code --date DATE FILE` for a file named doc_id
        (default "<text>") holding `text`, one per mention (duplicates inside
        the document are separate records there too). Invalid UTF-8 and empty
        text are warnings; a bad date raises SitrepError.
        """
        doc_id = "<text>" if doc_id is None else str(doc_id)
        if isinstance(text, str):
            data = text.encode("utf-8", "surrogatepass")  # lone surrogates: repaired with a warning
        elif isinstance(text, (bytes, bytearray, memoryview)):
            data = bytes(text)
        else:
            raise TypeError(f"text must be str or bytes, not {type(text).__name__}")
        records, problems = self._engine.code(data, _date_text(date), doc_id)
        _report(problems, fatal=True)
        return records

    def code_records(self, records, threads=1, mentions="merged", merge_window=None, merge_window_days=0,
                     name="<records>"):
        """Codes an iterable of records, yielding sitrep.event/1 dicts as `sitrep code` writes them.

        A record is a dict with the JSON Lines fields (text, and optionally id,
        date, url, source, title) or a JSON Lines string. threads: coding
        threads sharing the engine (output keeps input order). mentions:
        "merged" (duplicates merged, as the CLI's default; merge_window
        documents, 0 = to the end; or, with merge_window_days > 0, the batch
        API's date window, whose result does not depend on the order of the
        records) or "raw" (one record per mention). Bad
        records are skipped with a SitrepWarning naming name:line, as the CLI
        does; records without an id get "name:line".
        """
        return _code_stream(self._engine, records, threads, mentions, merge_window, name, keys=False,
                            decode=True, merge_window_days=merge_window_days)


def _code_stream(engine, records, threads, mentions, merge_window, name, keys, decode, merge_window_days=0):
    if mentions not in ("merged", "raw"):
        raise ValueError(f"mentions must be 'merged' or 'raw', not {mentions!r}")
    threads = max(1, int(threads))
    window = _sitrep.DEFAULT_MERGE_WINDOW if merge_window is None else int(merge_window)
    coder = _sitrep.Coder(engine, threads, mentions == "raw", window, int(merge_window_days), name, keys, decode)
    batch_size = _BATCH_PER_THREAD * threads

    def emit(result):
        lines, record_keys, problems = result
        _report(problems)
        if keys:
            yield from zip(record_keys, lines)
        else:
            yield from lines

    def run():
        batch, first_line, line_no = [], 1, 0
        for record in records:
            line_no += 1
            batch.append(_line_bytes(record))
            if len(batch) >= batch_size:
                yield from emit(coder.code_lines(batch, first_line))
                batch, first_line = [], line_no + 1
        if batch:
            yield from emit(coder.code_lines(batch, first_line))
        yield from emit(coder.finish())

    return run()


def merge(lines):
    """Merges raw sitrep.event/1 JSON lines (given in input order) as `sitrep code
    --merge-window 0` merges them; returns the merged JSON lines."""
    merged, problems = _sitrep.merge_lines(list(lines))
    _report(problems)
    return merged


def to_pandas(records):
    """A pandas DataFrame of sitrep.event/1 records, one row per record.

    Nested fields are flattened with dots (source.code, place.lat, counts.killed,
    event.cameo, ...); lists (mentions, counts.sources) stay as Python lists.
    "date" becomes a datetime64 column.
    """
    import pandas as pd

    frame = pd.json_normalize(list(records), max_level=1)
    if "date" in frame.columns:
        frame["date"] = pd.to_datetime(frame["date"], errors="coerce")
    return frame
