"""Operations of `python3 -m sitrep.dask code`: a worker process that dies in
the middle of a shard or of writing a partition loses nothing, and the event
store output step (--ingest) stores what `sitrep ingest` stores."""
import gzip
import json
import os
import subprocess

import pytest

import sitrep
import sitrep.dask
from conftest import ROOT, cli_binary, run_cli

distributed = pytest.importorskip("distributed")


def shards_of_examples(tmp_path, count=3):
    """The example articles in `count` shards, then all of them again under
    other ids (so that records merge across shards)."""
    docs = [json.loads(l) for l in (ROOT / "examples" / "articles.jsonl").read_text().splitlines() if l]
    docs += [dict(d, id=d["id"] + "-again") for d in docs]
    paths = []
    for i in range(count):
        path = tmp_path / f"shard-{i}.jsonl"
        path.write_text("".join(json.dumps(d) + "\n" for d in docs[i::count]), encoding="utf-8")
        paths.append(str(path))
    return paths


def read_output(out):
    records = []
    for p in sorted(out.glob("*/part-*.jsonl.gz")):
        records += [json.loads(l) for l in gzip.decompress(p.read_bytes()).decode().splitlines()]
    return sorted(json.dumps(r, sort_keys=True) for r in records)


def kill_once(marker_dir, marked_shard):
    """Run in every worker process: the map task of `marked_shard` and the
    first partition rename each kill their worker process (os._exit, no
    clean-up) the first time they run; a marker file made with O_EXCL
    says it happened, so the re-run, on the other worker or on the worker
    the nanny restarts, goes through."""
    import os as os_
    import sitrep.dask as sd

    code_shard, publish = sd._code_shard, sd._publish

    def first_time(name, note=""):
        try:
            fd = os_.open(os_.path.join(marker_dir, name), os_.O_CREAT | os_.O_EXCL | os_.O_WRONLY)
        except FileExistsError:
            return False
        os_.write(fd, note.encode())
        os_.close(fd)
        return True

    def dying_code_shard(path, shard, *args):
        if path == marked_shard and first_time("map-killed"):
            code_shard(path, shard, *args)  # the coding done, its result never sent: the worker dies
            os_._exit(1)
        return code_shard(path, shard, *args)

    def dying_publish(temp, final):
        # What a reader sees when the worker dies between writing and renaming.
        visible = sorted(n for n in os_.listdir(os_.path.dirname(final)) if not n.startswith("."))
        if first_time("publish-killed", json.dumps({"final": os_.path.basename(final), "visible": visible,
                                                    "temp_exists": os_.path.exists(temp)})):
            os_._exit(1)
        publish(temp, final)

    sd._code_shard, sd._publish = dying_code_shard, dying_publish
    return os_.getpid()


def test_a_worker_that_dies_mid_shard_or_mid_write_loses_nothing(tmp_path):
    shards = shards_of_examples(tmp_path)
    expected, _ = run_cli("code", "--merge-window", "0", "-q", *shards)
    markers = tmp_path / "markers"
    markers.mkdir()
    # Three workers for two kills: on a loaded machine a nanny can take
    # minutes to bring a killed worker back, and with two workers both could
    # be down at once and the run would wait for them (it hung so under load
    # 10-20); one worker that is never killed keeps the run going.
    with distributed.LocalCluster(n_workers=3, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        pids = client.run(kill_once, str(markers), shards[1])
        out = tmp_path / "out"
        code = sitrep.dask.main(["code", "--scheduler", cluster.scheduler_address, "--compression", "gz",
                                 "--reducers", "2", "-q", *shards, "--out", str(out)])
        assert code == 0
        # Both kills happened: the marked map task and a partition rename each took a worker down.
        assert (markers / "map-killed").exists() and (markers / "publish-killed").exists()
        assert set(client.run(os.getpid).values()) != set(pids.values()), "no worker process was replaced"
    seen = json.loads((markers / "publish-killed").read_text())
    assert seen["temp_exists"] and seen["final"] not in seen["visible"], "a partial partition was visible"
    # The output is the run without the kill (the CLI's: worker processes load
    # their own engines from its arguments), and no temporary file is left.
    assert read_output(out) == sorted(json.dumps(r, sort_keys=True) for r in expected)
    assert not [p for p in out.rglob(".*")]


def query_store(db):
    """Every stored event, without the store's time stamps."""
    done = subprocess.run([cli_binary(), "query", "--db", str(db)], capture_output=True, check=True, timeout=120)
    events = []
    for line in done.stdout.decode().splitlines():
        record = json.loads(line)
        record.pop("updated_at", None)
        events.append(json.dumps(record, sort_keys=True))
    return sorted(events)


@pytest.mark.parametrize("on_workers", [False, True])
def test_ingest_stores_what_sitrep_ingest_stores(tmp_path, monkeypatch, on_workers):
    # The CLI carries its own sanitizer runtime in sanitizer builds, not the one
    # preloaded into this interpreter (the workers here are threads of it).
    monkeypatch.delenv("LD_PRELOAD", raising=False)
    shards = shards_of_examples(tmp_path)
    reference = tmp_path / "reference.db"
    subprocess.run([cli_binary(), "ingest", "--db", str(reference), "-q", *shards], check=True, timeout=120)
    db = tmp_path / "events.db"
    out = tmp_path / "out"
    args = ["code", "--scheduler", "local", "--workers", "2", "--threads-only", "--compression", "gz", "-q",
            "--ingest", str(db), "--sitrep", cli_binary(), *shards, "--out", str(out)]
    assert sitrep.dask.main(args + (["--ingest-on-workers"] if on_workers else [])) == 0
    stored, expected = query_store(db), query_store(reference)
    assert stored and read_output(out)
    if on_workers:
        # Shards stored concurrently, in any order: every mention is there once.
        def mentions(events):
            return sorted(m["doc"] + ":" + str(m["sentence"]) for e in events for m in json.loads(e)["mentions"])
        assert mentions(stored) == mentions(expected)
    else:
        # Shard by shard in corpus order: the store of one `sitrep ingest` over all shards.
        assert stored == expected


def test_an_output_step_of_ones_own_sees_every_shard_in_corpus_order(tmp_path):
    shards = shards_of_examples(tmp_path)
    seen = []

    def step(path):
        seen.append(path)
        text = f"{path}: warning: looked at"
        return [sitrep.Diagnostic("warning", text, "unspecified", path, 0, "looked at")]

    out = tmp_path / "out"
    args = ["code", "--scheduler", "local", "--workers", "2", "--threads-only", "--compression", "gz", "-q",
            *shards, "--out", str(out)]
    assert sitrep.dask.main(args, step=step) == 0
    assert seen == shards
    problems = [json.loads(l) for l in (out / "_problems.jsonl").read_text().splitlines()]
    assert [p["file"] for p in problems] == shards
