"""The same answer at any scale: one corpus coded by `sitrep code
--merge-window 0` and on a dask.distributed LocalCluster (1, 2 and 4 workers,
several partition and reducer counts) gives the same merged records."""
import gzip
import json
import subprocess
import sys
import warnings

import pytest

import sitrep
import sitrep.dask
from conftest import ROOT, SHARED, cli_binary, run_cli

dask = pytest.importorskip("dask")
db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")


def corpus_records():
    """Real news (when ../shared is there) and the examples, each document
    also repeated later under another id, so that duplicates merge across
    documents and partitions."""
    docs = []
    realnews = SHARED / "validation" / "realnews" / "docs.jsonl"
    if realnews.exists():
        docs += [json.loads(line) for line in realnews.read_text(encoding="utf-8").splitlines() if line]
    docs += [json.loads(line) for line in (ROOT / "examples" / "articles.jsonl").read_text().splitlines() if line]
    article = (ROOT / "examples" / "article.txt").read_text(encoding="utf-8")
    docs += [{"id": f"article-{i}", "date": "2024-02-03", "text": para}
             for i, para in enumerate(p for p in article.split("\n\n") if p.strip())]
    repeats = [dict(d, id=str(d["id"]) + "-again") for d in docs]
    return docs + repeats


def canonical(records):
    return sorted(json.dumps(r, sort_keys=True) for r in records)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    records = corpus_records()
    path = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    expected, _ = run_cli("code", "--merge-window", "0", "-q", path)
    merged = [r for r in expected if r.get("mention_count", 1) > 1]
    assert len(expected) > 100 and merged, "the corpus must hold duplicates to merge"
    return records, path, canonical(expected)


@pytest.mark.parametrize("workers", [1, 2, 4])
def test_code_bag_same_answer(corpus, workers):
    records, _, expected = corpus
    engine = sitrep.Engine()
    with distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster, distributed.Client(cluster):
        for partitions, reducers in [(1, 1), (3, 2), (8, 5)]:
            bag = db.from_sequence(records, npartitions=partitions)
            got = sitrep.dask.code_bag(bag, engine=engine, reducers=reducers).compute()
            assert canonical(got) == expected, (workers, partitions, reducers)


def test_merge_depends_on_corpus_order_not_arrival(corpus):
    # The reduce sorts by place in the corpus: buckets handed over in any order merge alike.
    records, _, expected = corpus
    engine = sitrep.Engine()
    lines = [sitrep._line_bytes(r) for r in records]
    half = len(lines) // 2
    first, _ = sitrep.dask._code_lines(engine, lines[:half], 0, "a", 3)
    second, _ = sitrep.dask._code_lines(engine, lines[half:], 1, "b", 3)
    merged = []
    for r in range(3):
        out, problems = sitrep.dask._merge_buckets([second[r], first[r]])  # later shard first
        assert not problems
        merged += [json.loads(line) for line in out]
    assert canonical(merged) == expected


def test_command_writes_month_partitions_with_the_same_answer(corpus, tmp_path):
    records, _, expected = corpus
    shards = []
    for i in range(4):  # four shards, in corpus order: gzip, zstd and plain
        part = records[i * len(records) // 4:(i + 1) * len(records) // 4]
        body = "".join(json.dumps(r) + "\n" for r in part).encode()
        if i % 3 == 0:
            path = tmp_path / f"shard-{i}.jsonl.gz"
            path.write_bytes(gzip.compress(body))
        elif i % 3 == 1 and sitrep.dask.zstandard is not None:
            path = tmp_path / f"shard-{i}.jsonl.zst"
            path.write_bytes(sitrep.dask.zstandard.ZstdCompressor().compress(body))
        else:
            path = tmp_path / f"shard-{i}.jsonl"
            path.write_bytes(body)
        shards.append(str(path))
    out = tmp_path / "out"
    done = subprocess.run([sys.executable, "-m", "sitrep.dask", "code", "--scheduler", "local", "--workers", "2",
                           "--threads-only", "--reducers", "3", "-q", *shards, "--out", str(out)],
                          capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr.decode()
    got = []
    files = sorted(p for p in out.rglob("*") if p.is_file())
    assert files and all(p.parent.name == "undated" or len(p.parent.name) == 7 for p in files)
    assert not any(p.name.endswith(".tmp") for p in files)
    for p in files:
        data = p.read_bytes()
        if p.name.endswith(".zst"):
            data = sitrep.dask.zstandard.ZstdDecompressor().decompressobj().decompress(data)
        elif p.name.endswith(".gz"):
            data = gzip.decompress(data)
        for line in data.decode().splitlines():
            record = json.loads(line)
            assert (record["date"] or "undated")[:7] == p.parent.name or p.parent.name == "undated"
            got.append(record)
    assert canonical(got) == expected


def test_command_reports_bad_records_and_codes_the_rest(tmp_path):
    shard = tmp_path / "bad.jsonl"
    shard.write_text('{"id": "a", "date": "2024-02-03", "text": "Iran condemned the American air strikes in eastern Syria."}\n'
                     '{"id": "b", "text": \n'
                     '{"id": "c", "date": "2024-02-03"}\n'
                     '{"id": "d", "date": "2024-02-03", "text": "Iraq and Turkey signed an agreement on water sharing."}\n',
                     encoding="utf-8")
    out = tmp_path / "out"
    done = subprocess.run([sys.executable, "-m", "sitrep.dask", "code", "--scheduler", "local", "--workers", "1",
                           "--threads-only", "--compression", "none", str(shard), "--out", str(out)],
                          capture_output=True, timeout=300)
    assert done.returncode == 1
    stderr = done.stderr.decode()
    assert f"{shard}:2: error:" in stderr and f"{shard}:3: error: missing \"text\" field" in stderr
    # The same for programs: file, line, code and reason of every skipped record.
    problems = [json.loads(l) for l in (out / "_problems.jsonl").read_text().splitlines()]
    assert [(p["file"], p["line"], p["code"], p["severity"]) for p in problems] == \
        [(str(shard), 2, "bad-json", "error"), (str(shard), 3, "bad-record", "error")]
    assert problems[1]["message"].startswith("missing \"text\" field")
    # The rest is coded.
    lines = [l for p in out.glob("*/part-*.jsonl") for l in p.read_text().splitlines()]
    assert {json.loads(l)["doc"] for l in lines} == {"a", "d"}
    # Progress: log lines as shards are coded and partitions written (stderr is no terminal here).
    assert "sitrep.dask: 1/1 shards coded" in stderr and "sitrep.dask: 1/1 partitions written" in stderr


def test_month_of_a_record_line():
    line = json.dumps({"schema": "sitrep.event/1", "doc": "d", "sentence": 0,
                       "sentence_text": 'He said ,"date":"1999-01-01" twice', "date": "2024-02-03"},
                      separators=(",", ":"))
    assert sitrep.dask._month(line) == "2024-02"
    assert sitrep.dask._month(line.replace('"2024-02-03"', "null")) == "undated"
