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
    ap.add_argument("--tiny-shards", type=int, default=200)
    ap.add_argument("--skip-dask", action="store_true")
    ap.add_argument("--profiler", action="store_true", help="keep the Dask workers' profiler on (off in the command)")
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
    tiny = []
    for i in range(args.tiny_shards):
        path = tmp / f"tiny-{i:04d}.jsonl"
        path.write_text(json.dumps(dict(records[0], id=f"t{i}")) + "\n", encoding="utf-8")
        tiny.append(str(path))
    t = time.process_time()
    list(engine.code_records([dict(records[0], id=f"t{i}") for i in range(args.tiny_shards)], mentions="raw"))
    tiny_coding = time.process_time() - t
    from distributed import Client, LocalCluster
    import sitrep.dask

    def worker_cpu():
        r = resource.getrusage(resource.RUSAGE_SELF)
        return r.ru_utime + r.ru_stime

    def command(address, inputs, reducers):
        code = sitrep.dask.main(["code", "--scheduler", address, "-q", "--overwrite", "--compression", "none",
                                 "--reducers", str(reducers), *inputs, "--out", str(tmp / "out")])
        assert code == 0

    def measured(client, address, inputs, reducers):
        """Wall seconds, CPU seconds of the workers, CPU seconds of this process
        (client and the LocalCluster's scheduler) for one run of the command."""
        before = client.run(worker_cpu)
        t, c = time.monotonic(), time.process_time()
        command(address, inputs, reducers)
        wall, here = time.monotonic() - t, time.process_time() - c
        after = client.run(worker_cpu)
        each = sorted(after[w] - before[w] for w in after)
        return wall, sum(each), here, each

    print(f"Dask: `python3 -m sitrep.dask code` (in this process) against a warm LocalCluster of worker processes "
          f"with one thread each; {args.shards} shards of {per} documents, one reducer per worker; best of "
          f"{args.repeats} by wall; coding alone is {py:.2f} s CPU (the binding above)")
    import dask
    dask.config.set({"distributed.worker.profile.enabled": args.profiler})  # as the command's LocalCluster
    for workers in (1, 2):
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
                Client(cluster) as client:
            address = cluster.scheduler_address
            command(address, shards[:workers], workers)  # warm: every worker has loaded its engine
            runs = [measured(client, address, shards, workers) for _ in range(args.repeats)]
            wall, cpu, here, each = min(runs)
            # On a shared machine the busiest worker's CPU time is the wall time it
            # would take on cores of its own (the tasks wait for nothing else).
            print(f"  {workers} worker(s): {wall:.2f} s wall (runs {', '.join(f'{r[0]:.2f}' for r in runs)}) = "
                  f"{sentences / wall:,.0f} sentences/s; workers {cpu:.2f} s CPU "
                  f"(each {' / '.join(f'{x:.2f}' for x in each)}: {sentences / each[-1]:,.0f} sentences per second "
                  f"of the busiest worker) "
                  f"({sentences / cpu:,.0f} sentences per worker CPU-second, {100 * py / cpu:.0f} % of it coding); "
                  f"client + scheduler {here:.2f} s CPU")
            if workers == 1:
                # Per-task overhead: tiny shards (one document each), the coding taken off.
                command(address, tiny[:2], 2)
                wall, cpu, here, _ = measured(client, address, tiny, 2)
                n = len(tiny)
                print(f"  per-shard overhead, {n} shards of one document, 2 reducers: {wall:.2f} s wall, "
                      f"workers {cpu:.2f} s CPU, client + scheduler {here:.2f} s CPU, coding {tiny_coding:.2f} s: "
                      f"{1000 * (wall - tiny_coding) / n:.1f} ms wall, "
                      f"{1000 * (cpu + here - tiny_coding) / n:.1f} ms CPU per shard")
    for workers in (1, 2):
        t = time.monotonic()
        c = child_cpu()
        subprocess.run([sys.executable, "-m", "sitrep.dask", "code", "--scheduler", "local", "--workers",
                        str(workers), "-q", "--overwrite", "--compression", "none", *shards, "--out",
                        str(tmp / "out")], check=True)
        print(f"  python3 -m sitrep.dask code --scheduler local --workers {workers}, cold: "
              f"{time.monotonic() - t:.2f} s wall, {child_cpu() - c:.2f} s CPU (interpreter, cluster start, "
              f"engine loads included)")


if __name__ == "__main__":
    main()
