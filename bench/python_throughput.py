#!/usr/bin/python3
"""Speed of the Python binding and of sitrep.dask against the CLI (not a test).

    PYTHONPATH=build-dev/python /usr/bin/python3 bench/python_throughput.py \
        --cli build-dev/sitrep [--rounds 50] [--skip-dask]

Corpus: ../shared/validation/realnews/docs.jsonl repeated --rounds times (ids
made unique). Prints, for one core: the CLI (`sitrep code -q --mentions raw`)
and engine.code_records(..., mentions="raw") as CPU seconds and sentences/s,
engine load apart; then wall seconds of `python3 -m sitrep.dask code` on a
LocalCluster of 1 and 2 worker processes over --shards shards, and the
per-task overhead (tiny shards, the coding time taken off).
"""
import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REALNEWS = ROOT.parent / "shared" / "validation" / "realnews" / "docs.jsonl"


def child_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_cpu(cmd, **kw):
    before = child_cpu()
    subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL, **kw)
    return child_cpu() - before


def best(times):
    return min(times)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=str(ROOT / "build-dev" / "sitrep"))
    ap.add_argument("--rounds", type=int, default=50)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--shards", type=int, default=8)
    ap.add_argument("--skip-dask", action="store_true")
    args = ap.parse_args()

    import sitrep

    docs = [json.loads(line) for line in REALNEWS.read_text(encoding="utf-8").splitlines() if line]
    records = [dict(d, id=f"{d['id']}-{r}") for r in range(args.rounds) for d in docs]
    tmp = Path(tempfile.mkdtemp(prefix="sitrep-pybench-"))
    import atexit
    import shutil
    atexit.register(shutil.rmtree, tmp, ignore_errors=True)
    corpus = tmp / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    empty = tmp / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    out = subprocess.run([args.cli, "sentences", str(corpus)], capture_output=True, check=True).stdout
    sentences = sum(1 for line in out.splitlines() if line and not line.startswith(b"#"))
    mb = corpus.stat().st_size / 1e6
    print(f"corpus: {len(records)} documents, {sentences} sentences, {mb:.2f} MB of JSON Lines")

    cli_load = best([run_cpu([args.cli, "code", "-q", str(empty)]) for _ in range(args.repeats)])
    cli_all = [run_cpu([args.cli, "code", "-q", "--mentions", "raw", str(corpus)]) for _ in range(args.repeats)]
    cli = best(cli_all) - cli_load
    print(f"CLI, 1 thread: load {cli_load:.3f} s CPU; coding {cli:.3f} s CPU (runs {', '.join(f'{t:.3f}' for t in cli_all)} "
          f"with load) = {sentences / cli:,.0f} sentences/s")

    t = time.process_time()
    engine = sitrep.Engine()
    py_load = time.process_time() - t
    py_all = []
    for _ in range(args.repeats):
        t = time.process_time()
        n = sum(1 for _ in engine.code_records(records, threads=1, mentions="raw"))
        py_all.append(time.process_time() - t)
    py = best(py_all)
    print(f"binding, 1 thread: load {py_load:.3f} s CPU; coding {py:.3f} s CPU ({n} records, dicts in and out) "
          f"= {sentences / py:,.0f} sentences/s = {100 * py / cli:.0f} % of the CLI's time")
    lines = [json.dumps(r) for r in records]
    t = time.process_time()
    n = sum(1 for _ in sitrep._code_stream(engine._engine, lines, 1, "raw", None, "<records>", False, False))
    pyl = time.process_time() - t
    print(f"binding, JSON lines in and out: {pyl:.3f} s CPU = {sentences / pyl:,.0f} sentences/s")

    if args.skip_dask:
        return
    shards = []
    per = (len(records) + args.shards - 1) // args.shards
    for i in range(args.shards):
        path = tmp / f"shard-{i:03d}.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in records[i * per:(i + 1) * per]), encoding="utf-8")
        shards.append(str(path))
    env = dict(os.environ, PYTHONPATH=os.environ.get("PYTHONPATH", ""))
    import dask.bag as db
    from distributed import Client, LocalCluster
    import sitrep.dask

    for workers in (1, 2):
        # Warm cluster: worker processes started and their engines loaded.
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
                Client(cluster):
            sitrep.dask.code_bag(db.from_sequence(records[:4 * workers], npartitions=2 * workers),
                                 engine=engine).compute()
            walls = []
            for _ in range(args.repeats):
                bag = db.from_sequence(records, npartitions=args.shards)
                t = time.monotonic()
                n = len(sitrep.dask.code_bag(bag, engine=engine, reducers=args.shards).compute())
                walls.append(time.monotonic() - t)
        w = best(walls)
        print(f"code_bag on a LocalCluster of {workers} worker process(es), {args.shards} partitions: {w:.2f} s wall "
              f"(runs {', '.join(f'{x:.2f}' for x in walls)}) = {sentences / w:,.0f} sentences/s, {n} merged records")
        t = time.monotonic()
        subprocess.run([sys.executable, "-m", "sitrep.dask", "code", "--scheduler", "local", "--workers",
                        str(workers), "-q", "--overwrite", "--compression", "none", *shards, "--out",
                        str(tmp / "out")], check=True, env=env)
        print(f"  python3 -m sitrep.dask code --workers {workers}, {args.shards} shards, cold: "
              f"{time.monotonic() - t:.2f} s wall (interpreter, cluster start, engine loads included)")

    # Per-task overhead: many tiny tasks in one running cluster.
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        tiny = records[:1]
        sitrep.dask.code_bag(db.from_sequence(tiny, npartitions=1), engine=engine).compute()  # warm: engine loaded
        for partitions in (50, 200):
            bag = db.from_sequence([dict(tiny[0], id=f"t{i}") for i in range(partitions)], npartitions=partitions)
            t = time.monotonic()
            sitrep.dask.code_bag(bag, engine=engine, reducers=1).compute()
            wall = time.monotonic() - t
            t = time.process_time()
            list(engine.code_records([dict(tiny[0], id=f"t{i}") for i in range(partitions)], mentions="raw"))
            coding = time.process_time() - t
            # Each partition costs a map task, its hand-over to the reducer and
            # a share of the one reduce: the overhead per partition.
            print(f"per-task overhead: {partitions} partitions of one document, {wall:.2f} s wall, "
                  f"{coding:.2f} s of it coding: {1000 * (wall - coding) / partitions:.1f} ms per partition")


if __name__ == "__main__":
    main()
