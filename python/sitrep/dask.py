"""sitrep.dask: code news on a Dask cluster with the same answer as one machine.

    python3 -m sitrep.dask code --scheduler tcp://host:8786 shards/ --out events/
    python3 -m sitrep.dask code --scheduler local --workers 2 a.jsonl.gz b.jsonl.zst --out events/

Three steps, all Dask tasks:
  map     code one shard (input file, or bag partition) with raw mentions;
          each record goes to reducer crc32(duplicate key) % R, tagged with
          its place in the corpus (shard number, record number);
  shuffle records that could merge (same source, target, CAMEO root, date
          and precision: the merger's key) meet at one reducer;
  reduce  sort by place in the corpus and merge with the CLI's own merger
          (the batch API's Merger, as `sitrep code --merge-window 0`).
The reduce sorts by corpus place rather than using the Merger's window in
days (whose canonical order does not know the corpus): so the answer is
the CLI's to the record, mentions in the same order.
The merger only ever compares records of one key, in corpus order, so the
merged records are those of `sitrep code --merge-window 0 SHARDS...` whatever
the number of workers, shards or reducers, and whichever task ends first.

The command writes OUT/YYYY-MM/part-RRRRR.jsonl.zst (gzip when python3-zstandard
is missing; "undated" for events without a date), each file written to a
temporary name and renamed, so a task that dies and is retried leaves no
half-written partition (Dask re-runs the tasks of a worker that died; the
hidden temporaries of dead tasks are removed at the end). Records it skips
are reported on stderr and in OUT/_problems.jsonl (file, line, code,
message); progress goes to stderr as log lines (a progress bar on a
terminal). --ingest DB adds an output step, Ingest: `sitrep ingest --db DB`
on every shard, in the client in corpus order or in the map tasks.
"""
import argparse
import gzip
import io
import json
import os
import sys
import time
import zlib

from . import Diagnostic, Engine, _sitrep

try:
    import zstandard
except ImportError:  # Debian's python3-zstandard is optional
    zstandard = None

_LINES_PER_CALL = 256


def _bucket(key, reducers):
    # crc32, not hash(): Python salts str hashes per process.
    return zlib.crc32(key.encode("utf-8")) % reducers


def _code_lines(engine, lines, shard, name, reducers):
    """Codes JSON Lines `lines` (bytes, without newlines) of shard number `shard`
    with raw mentions; returns R buckets of (place, line) and the problems."""
    coder = _sitrep.Coder(engine._engine, 1, True, 0, 0, name, True, False)
    buckets = [[] for _ in range(reducers)]
    problems = []
    seq = 0

    def take(result):
        nonlocal seq
        lines_out, keys, found = result
        problems.extend(Diagnostic(*p) for p in found)
        for key, line in zip(keys, lines_out):
            buckets[_bucket(key, reducers)].append(((shard, seq), line))
            seq += 1

    for start in range(0, len(lines), _LINES_PER_CALL):
        take(coder.code_lines(lines[start:start + _LINES_PER_CALL], start + 1))
    take(coder.finish())
    return buckets, problems


def _merge_buckets(parts):
    """The reduce: every mapped bucket for this reducer, merged in corpus order."""
    tagged = [item for part in parts for item in part]
    tagged.sort(key=lambda item: item[0])
    merged, problems = _sitrep.merge_lines([line for _, line in tagged])
    return merged, [Diagnostic(*p) for p in problems]


# --- Dask bags -------------------------------------------------------------

def _code_partition(records, index, engine, reducers):
    from . import _line_bytes
    buckets, problems = _code_lines(engine, [_line_bytes(r) for r in records], index, f"<partition {index}>",
                                    reducers)
    for p in problems:
        print(p.text, file=sys.stderr)
    return tuple(buckets)


def _reduce_partition(*parts):
    merged, problems = _merge_buckets(parts)
    for p in problems:
        print(p.text, file=sys.stderr)
    return [json.loads(line) for line in merged]


def code_bag(bag, engine=None, reducers=None):
    """A Dask bag of merged sitrep.event/1 records (dicts) from a bag of records.

    bag: records as dicts (text, id, date, url, source, title) or JSON Lines
    strings, partitions in corpus order (as db.read_text or db.from_sequence
    make them). Give records an "id": one without gets "<partition N>:line".
    engine: a sitrep.Engine (default: the built-in dictionaries);
    reducers: partitions of the result (default: those of `bag`).
    The records equal those of `sitrep code --merge-window 0` over the same
    records in the same order.
    """
    import dask
    import dask.bag as db

    engine = engine or Engine()
    reducers = max(1, int(reducers or bag.npartitions))
    mapped = [dask.delayed(_code_partition, nout=reducers, pure=True)(part, i, engine, reducers)
              for i, part in enumerate(bag.to_delayed())]
    reduced = [dask.delayed(_reduce_partition, pure=True)(*[m[r] for m in mapped]) for r in range(reducers)]
    return db.from_delayed(reduced)


# --- The command -------------------------------------------------------------

def _open(path):
    if path.endswith((".gz", ".gzip")):
        return gzip.open(path, "rb")
    if path.endswith((".zst", ".zstd")):
        if zstandard is None:
            raise RuntimeError(f"{path}: reading .zst needs python3-zstandard")
        return io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(open(path, "rb"), closefd=True))
    return open(path, "rb")


def _read_shard(path):
    # Every line, blank ones too, so line numbers (and the ids of records
    # without one) are those the CLI gives.
    with _open(path) as f:
        data = f.read()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    lines = data.split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    return lines


def _code_shard(path, shard, engine, reducers, step=None):
    """The map task of the command: R buckets of the shard's raw mentions, then
    its problems (Diagnostic tuples: bad records are skipped and reported with
    file and line, the rest is coded). `step`, when given, runs on the shard
    too (the ingest into a store, on the workers)."""
    try:
        lines = _read_shard(path)
    except (OSError, EOFError, RuntimeError) as e:
        return tuple([[] for _ in range(reducers)] +
                     [[Diagnostic("error", f"{path}: error: cannot read: {e}", "unreadable-input", path, 0,
                                  f"cannot read: {e}")]])
    buckets, problems = _code_lines(engine, lines, shard, path, reducers)
    if step is not None:
        problems += step(path)
    return tuple(buckets + [problems])


def _open_out(path, compression):
    if compression == "zst":
        return zstandard.ZstdCompressor(level=3).stream_writer(open(path, "wb"), closefd=True)
    if compression == "gz":
        return gzip.open(path, "wb", compresslevel=6)
    return open(path, "wb")


def _month(line):
    """"YYYY-MM" of a sitrep.event/1 line's date, or "undated". The writer's
    compact JSON has the key once as ,"date": (a quote inside a string value is
    escaped, so the text cannot hold it); parsing the whole line cost 10 % of a
    reduce."""
    at = line.find(',"date":"')
    if at < 0:
        return "undated"
    month = line[at + 9:at + 16]
    return month if len(month) == 7 and month[4] == "-" else "undated"


def _publish(temp, final):
    """A partition file appears whole or not at all: written under a hidden
    temporary name, renamed over the final one (atomic in one file system).
    A worker that dies before this leaves only the hidden temporary file,
    which the command removes at the end; the retried task writes the same
    name with the same content."""
    os.replace(temp, final)


def _write_partition(out_dir, reducer, compression, *parts):
    """Merges the reducer's records and writes one file per month, each atomically."""
    merged, problems = _merge_buckets(parts)
    by_month = {}
    for line in merged:
        by_month.setdefault(_month(line), []).append(line)
    suffix = {"zst": ".jsonl.zst", "gz": ".jsonl.gz", "none": ".jsonl"}[compression]
    written = []
    for month, lines in sorted(by_month.items()):
        directory = os.path.join(out_dir, month)
        os.makedirs(directory, exist_ok=True)
        final = os.path.join(directory, f"part-{reducer:05d}{suffix}")
        temp = os.path.join(directory, f".part-{reducer:05d}{suffix}.{os.getpid()}.{time.monotonic_ns()}.tmp")
        with _open_out(temp, compression) as f:
            for line in lines:
                f.write(line.encode("utf-8"))
                f.write(b"\n")
        _publish(temp, final)
        written.append(final)
    return {"reducer": reducer, "records": len(merged), "files": written, "problems": problems}


def _report(*reports):
    return [p for report in reports for p in report]


class Ingest:
    """An output step: stores the corpus in an event store with the CLI,
    `sitrep ingest --db DB SHARD` for every input shard (the store keeps
    documents, texts and mentions, so it takes the shards, not the merged
    partitions: each document's events are spread over the reducers).
    Re-running it on a shard is a no-op for the documents already stored,
    so a retried task doubles nothing. Returns the problems (Diagnostic)."""

    def __init__(self, db, binary="sitrep", engine_args=(), timeout=None):
        self.db = db
        self.binary = binary
        self.engine_args = list(engine_args)
        self.timeout = timeout

    def __call__(self, path):
        import subprocess
        cmd = [self.binary, "ingest", "--db", self.db, "-q", *self.engine_args, path]
        try:
            done = subprocess.run(cmd, capture_output=True, timeout=self.timeout)
        except (OSError, subprocess.TimeoutExpired) as e:
            return [Diagnostic("error", f"{path}: error: sitrep ingest failed: {e}", "unspecified", path, 0,
                               f"sitrep ingest failed: {e}")]
        problems = []
        for line in done.stderr.decode("utf-8", "replace").splitlines():
            if line.strip():
                severity = "error" if ": error: " in line or done.returncode > 1 else "warning"
                problems.append(Diagnostic(severity, f"ingest: {line}", "unspecified", path, 0, line))
        if done.returncode not in (0, 1) and not any(p.severity == "error" for p in problems):
            text = f"{path}: error: sitrep ingest --db {self.db} exited with {done.returncode}"
            problems.append(Diagnostic("error", text, "unspecified", path, 0, text))
        return problems


class _Progress:
    """Log lines on stderr as tasks finish (a terminal gets Dask's progress bar
    instead): at most one line every `every` seconds per kind, and the last."""

    def __init__(self, shards, reducers, every=2.0, stream=sys.stderr):
        self.totals = {"shards coded": shards, "partitions written": reducers}
        self.done = {kind: 0 for kind in self.totals}
        self.last = {kind: 0.0 for kind in self.totals}
        self.every = every
        self.stream = stream
        self.start = time.monotonic()

    def tick(self, kind, detail=""):
        self.done[kind] += 1
        now = time.monotonic()
        if self.done[kind] == self.totals[kind] or now - self.last[kind] >= self.every:
            self.last[kind] = now
            print(f"sitrep.dask: {self.done[kind]}/{self.totals[kind]} {kind} ({now - self.start:.1f} s){detail}",
                  file=self.stream, flush=True)


def _inputs(paths):
    """Files in the order the CLI reads them: directories walked recursively in
    sorted order, hidden entries skipped."""
    out = []
    for path in paths:
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                out.extend(os.path.join(root, f) for f in sorted(files) if not f.startswith("."))
        else:
            out.append(path)
    return out


def _engine_args(args):
    out = []
    for d in args.dictionary:
        out += ["--dictionary", d]
    if args.no_builtin:
        out.append("--no-builtin")
    if args.require_dyad:
        out.append("--require-dyad")
    return out


def _remove_temporaries(out_dir):
    """Hidden temporary files of tasks whose worker died before the rename."""
    for root, _, files in os.walk(out_dir):
        for name in files:
            if name.startswith(".part-") and name.endswith(".tmp"):
                try:
                    os.unlink(os.path.join(root, name))
                except OSError:
                    pass


def run_code(args, step=None):
    """The `code` command. `step`: an output step of one's own instead of
    --ingest's (a picklable callable taking a shard's path and returning a
    list of Diagnostic), run on every shard in the client in corpus order, or
    in the map tasks with --ingest-on-workers."""
    import dask
    from distributed import Client, LocalCluster, as_completed, progress

    compression = args.compression or ("zst" if zstandard is not None else "gz")
    if compression == "zst" and zstandard is None:
        print("sitrep.dask: --compression zst needs python3-zstandard", file=sys.stderr)
        return 2
    shards = _inputs(args.inputs)
    if not shards:
        print("sitrep.dask: no input files", file=sys.stderr)
        return 2
    if os.path.isdir(args.out) and any(True for _ in os.scandir(args.out)):
        if not args.overwrite:
            print(f"sitrep.dask: {args.out} is not empty (--overwrite replaces it)", file=sys.stderr)
            return 2
        import shutil
        shutil.rmtree(args.out)
    os.makedirs(args.out, exist_ok=True)
    out_dir = os.path.abspath(args.out)
    engine = Engine(dictionaries=args.dictionary, builtin=not args.no_builtin, require_dyad=args.require_dyad)
    ingest = None
    if args.ingest:
        binary = args.sitrep or os.environ.get("SITREP_BINARY") or "sitrep"
        db = args.ingest if "://" in args.ingest else os.path.abspath(args.ingest)
        ingest = Ingest(db, binary, _engine_args(args))
    if step is not None:
        ingest = step
    worker_step = ingest if ingest is not None and args.ingest_on_workers else None
    client_step = ingest if ingest is not None and not args.ingest_on_workers else None

    if args.scheduler == "local":
        # No dashboard here, so no use for the workers' statistical profiler
        # (a stack sample every 10 ms).
        with dask.config.set({"distributed.worker.profile.enabled": False}):
            cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=not args.threads_only,
                                   dashboard_address=None)
        client = Client(cluster)
    else:
        cluster = None
        client = Client(args.scheduler)
    paths = [os.path.abspath(path) if args.absolute_ids else path for path in shards]
    problems = []
    try:
        # One reducer per worker thread by default: every (shard, reducer) pair is a
        # small hand-over task of its own, so more reducers than cores only cost.
        cores = sum(client.nthreads().values()) or 1
        reducers = args.reducers or max(1, min(len(shards), cores))
        reports = [None] * reducers
        if not args.quiet:
            # A LocalCluster here runs without a dashboard (it would need bokeh).
            link = getattr(client, "dashboard_link", None) if cluster is None else None
            print(f"sitrep.dask: {len(shards)} shards, {reducers} reducers"
                  + (f"; dashboard {link}" if link else ""), file=sys.stderr, flush=True)
        start = time.monotonic()
        mapped = [dask.delayed(_code_shard, nout=reducers + 1, pure=True)(path, i, engine, reducers, worker_step)
                  for i, path in enumerate(paths)]
        written = [dask.delayed(_write_partition)(out_dir, r, compression, *[m[r] for m in mapped])
                   for r in range(reducers)]
        shard_problems = [m[reducers] for m in mapped]
        futures = client.compute(written + shard_problems, retries=args.retries)
        kind = {f.key: ("partitions written", i) if i < reducers else ("shards coded", i - reducers)
                for i, f in enumerate(futures)}
        log = None if args.quiet else _Progress(len(shards), reducers)
        if log is not None and sys.stderr.isatty():
            progress(futures)  # Dask's progress bar, until every task is done
        shard_done = [None] * len(shards)
        next_ingest = 0
        for future in as_completed(futures):
            what, i = kind[future.key]
            result = future.result()
            if what == "partitions written":
                reports[i] = result
                detail = f": part {i}, {result['records']} events"
            else:
                shard_done[i] = result
                detail = f": {paths[i]}"
                # The client's ingest takes the shards in corpus order, as they are coded.
                while client_step is not None and next_ingest < len(paths) and shard_done[next_ingest] is not None:
                    problems += client_step(paths[next_ingest])
                    next_ingest += 1
            if log is not None and not sys.stderr.isatty():
                log.tick(what, detail)
        elapsed = time.monotonic() - start
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    _remove_temporaries(out_dir)
    problems = [p for part in shard_done for p in part] + problems + [p for r in reports for p in r["problems"]]
    for p in problems:
        if not args.quiet or p.severity == "error":
            print(p.text, file=sys.stderr)
    if problems:
        # The same problems for programs: file, line, code and reason apart.
        with open(os.path.join(out_dir, "_problems.jsonl"), "w", encoding="utf-8") as f:
            for p in problems:
                f.write(json.dumps({"severity": p.severity, "code": p.code, "file": p.file, "line": p.line,
                                    "message": p.message}, ensure_ascii=False) + "\n")
    records = sum(r["records"] for r in reports)
    files = sum(len(r["files"]) for r in reports)
    if not args.quiet:
        print(f"sitrep.dask: {len(shards)} shards coded, {records} events in {files} files under {args.out} "
              f"({elapsed:.1f} s)" + (f"; stored in {ingest.db}" if isinstance(ingest, Ingest) else ""),
              file=sys.stderr)
    return 1 if any(p.severity == "error" for p in problems) else 0


def main(argv=None, step=None):
    parser = argparse.ArgumentParser(prog="python3 -m sitrep.dask", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    code = sub.add_parser("code", help="code sharded JSON Lines on a Dask cluster")
    code.add_argument("inputs", nargs="+", help="JSON Lines shards (.jsonl, .jsonl.gz, .jsonl.zst) or directories")
    code.add_argument("--scheduler", required=True,
                      help="address of a Dask scheduler (tcp://host:8786), or 'local' for a LocalCluster")
    code.add_argument("--out", required=True, help="output directory (OUT/YYYY-MM/part-*.jsonl.zst)")
    code.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="LocalCluster workers (local only)")
    code.add_argument("--threads-only", action="store_true", help="LocalCluster workers as threads, not processes")
    code.add_argument("--reducers", type=int, default=0, help="reduce tasks (default: the cluster's worker threads, at most the shards)")
    code.add_argument("--compression", choices=["zst", "gz", "none"], help="output compression (default zst)")
    code.add_argument("--retries", type=int, default=3, help="times Dask retries a task whose worker died")
    code.add_argument("--dictionary", action="append", default=[], help="user dictionary file (repeatable)")
    code.add_argument("--no-builtin", action="store_true", help="leave out the built-in dictionaries")
    code.add_argument("--require-dyad", action="store_true", help="no one-sided events")
    code.add_argument("--absolute-ids", action="store_true",
                      help="name records without an id by absolute path (default: the path as given, as the CLI)")
    code.add_argument("--overwrite", action="store_true", help="replace a non-empty --out")
    code.add_argument("--ingest", metavar="DB",
                      help="also store the shards in an event store: `sitrep ingest --db DB SHARD` per shard "
                           "(a SQLite file; a postgresql:// URL where the CLI takes one)")
    code.add_argument("--ingest-on-workers", action="store_true",
                      help="run the ingest in the map tasks, in parallel (a store every worker reaches and that "
                           "takes several writers); default: in this process, shard by shard in corpus order")
    code.add_argument("--sitrep", metavar="PATH", help="the sitrep CLI for --ingest (default $SITREP_BINARY or sitrep)")
    code.add_argument("--quiet", "-q", action="store_true", help="errors only")
    args = parser.parse_args(argv)
    return run_code(args, step)


if __name__ == "__main__":
    # Run the importable module's main, so the tasks shipped to workers are
    # sitrep.dask functions (pickled by name), not copies of __main__'s.
    from sitrep.dask import main as _main
    sys.exit(_main())
