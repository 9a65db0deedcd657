"""sitrep.Engine against the CLI: same records for the same text, bad input
reported as warnings or exceptions, never a crash."""
import datetime
import json
import threading
import warnings

import pytest

import sitrep
from conftest import ROOT, SHARED, run_cli


def test_code_article_equals_cli(engine):
    path = "examples/article.txt"
    text = (ROOT / path).read_text(encoding="utf-8")
    expected, _ = run_cli("code", "--mentions", "raw", "--date", "2024-02-03", path)
    got = engine.code(text, date="2024-02-03", doc_id=path)
    assert len(expected) > 3
    assert got == expected
    # Field order and number types too (12, not 12.0): the same JSON text.
    assert json.dumps(got) == json.dumps(expected)


def test_code_seed_article_equals_cli_with_date_object(engine):
    seed = SHARED / "seed" / "article.txt"
    if not seed.exists():
        pytest.skip(f"{seed} absent")
    expected, _ = run_cli("code", "--mentions", "raw", "--date", "2024-01-27", seed)
    got = engine.code(seed.read_bytes(), date=datetime.date(2024, 1, 27), doc_id=str(seed))
    assert len(expected) > 3
    assert got == expected


def test_records_are_sitrep_event_1(engine):
    records = engine.code("Iraq and Turkey signed an agreement on water sharing.", date="2024-02-03", doc_id="d1")
    assert records, "expected an event"
    assert records[0]["schema"] == sitrep.EVENT_SCHEMA
    assert records[0]["doc"] == "d1"


def test_invalid_utf8_is_a_warning_and_coded(engine):
    text = "Iraq and Turkey signed an agreement \xff on water sharing.".encode("latin-1")
    with pytest.warns(sitrep.SitrepWarning, match="invalid UTF-8: 1 bad byte"):
        records = engine.code(text, date="2024-02-03", doc_id="bad")
    assert all(r["doc"] == "bad" for r in records)


def test_invalid_utf8_warning_and_records_equal_the_cli(engine, tmp_path):
    data = b"\xef\xbb\xbfIraq and Turkey held talks.\nIraq and Turkey signed an \xff\xfe agreement on water sharing.\n"
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    expected, stderr = run_cli("code", "--mentions", "raw", "--date", "2024-02-03", path)
    with pytest.warns(sitrep.SitrepWarning) as caught:
        got = engine.code(data, date="2024-02-03", doc_id=str(path))
    assert got == expected and got
    cli_warning = next(line for line in stderr.splitlines() if "invalid UTF-8" in line)
    assert [str(w.message) for w in caught] == [cli_warning]


def test_lone_surrogate_is_repaired_with_a_warning(engine):
    with pytest.warns(sitrep.SitrepWarning, match="invalid UTF-8"):
        engine.code("Iraq and Turkey signed \ud800 an agreement.", doc_id="s")


@pytest.mark.parametrize("text", ["", "   \n\t ", b""])
def test_empty_text_is_a_warning(engine, text):
    with pytest.warns(sitrep.SitrepWarning, match="empty text: no event"):
        assert engine.code(text) == []


def test_bad_date_raises_with_the_cli_message(engine):
    with pytest.raises(sitrep.SitrepError, match="bad date \"yesterday\""):
        engine.code("Iraq and Turkey signed an agreement.", date="yesterday")


def test_wrong_type_raises_type_error(engine):
    with pytest.raises(TypeError):
        engine.code(42)


def test_missing_dictionary_raises_not_crashes():
    with pytest.raises(sitrep.SitrepError, match="cannot build the engine|cannot read|no such"):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            sitrep.Engine(dictionaries=["/nonexistent/dictionary.verbs"])


def test_code_records_equals_cli_merged_and_raw(engine):
    path = ROOT / "examples" / "articles.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    for mentions in ("merged", "raw"):
        expected, _ = run_cli("code", "--mentions", mentions, path)
        for threads in (1, 2):
            got = list(engine.code_records((json.loads(l) for l in lines), threads=threads, mentions=mentions))
            assert json.dumps(got) == json.dumps(expected), (mentions, threads)


def test_code_records_bad_records_warn_and_the_rest_is_coded(engine):
    records = [
        {"id": "ok-1", "date": "2024-02-03", "text": "Iraq and Turkey signed an agreement on water sharing."},
        '{"id": "broken", "text": ',
        {"id": "no-text"},
        {"id": "bad-date", "date": "someday", "text": "Iran condemned the strikes."},
        {"id": "ok-2", "date": "2024-02-03", "text": "Iran condemned the American air strikes in eastern Syria."},
    ]
    with pytest.warns(sitrep.SitrepWarning) as caught:
        got = list(engine.code_records(records, mentions="raw"))
    messages = [str(w.message) for w in caught]
    assert any("<records>:2: error:" in m for m in messages)
    assert any("<records>:3: error: missing \"text\" field" in m for m in messages)
    assert any("<records>:4: error: bad \"date\"" in m for m in messages)
    assert {r["doc"] for r in got} == {"ok-1", "ok-2"}


def test_ids_of_records_without_one_count_lines_across_batches(engine):
    text = "Iraq and Turkey signed an agreement on water sharing."
    got = list(engine.code_records(({"date": "2024-02-03", "text": text} for _ in range(300)), mentions="raw"))
    assert got[-1]["doc"] == "<records>:300"


def test_gil_is_released_while_coding(engine):
    # This thread counts while another is inside engine.code() on a long
    # text: with the GIL held during coding the count could not move.
    text = (ROOT / "examples" / "article.txt").read_text(encoding="utf-8") * 40
    counter = [0]
    done = threading.Event()
    seen = {}

    def work():
        before = counter[0]
        seen["records"] = engine.code(text, date="2024-02-03", doc_id="t")
        seen["steps"] = counter[0] - before
        done.set()

    worker = threading.Thread(target=work)
    worker.start()
    while not done.is_set():
        counter[0] += 1
    worker.join()
    assert seen["records"]
    assert seen["steps"] > 1000, f"only {seen['steps']} Python steps ran while coding: the GIL was held"


def test_to_pandas(engine):
    records = engine.code((ROOT / "examples" / "article.txt").read_text(encoding="utf-8"), date="2024-02-03")
    frame = sitrep.to_pandas(records)
    assert len(frame) == len(records)
    assert "source.code" in frame.columns and "date" in frame.columns
    assert str(frame["date"].dtype).startswith("datetime64")


def test_engine_pickles_as_its_arguments(engine):
    import pickle
    again = pickle.loads(pickle.dumps(engine))
    assert again._engine is engine._engine  # one C++ engine per process


def test_code_records_date_window_does_not_depend_on_order(engine):
    import random
    lines = (ROOT / "examples" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(l) for l in lines] * 2
    records = [dict(r, id=f"{r['id']}-{i}") for i, r in enumerate(records)]
    shuffled = records[:]
    random.Random(7).shuffle(shuffled)
    a = list(engine.code_records(records, merge_window_days=3))
    b = list(engine.code_records(shuffled, merge_window_days=3))
    key = lambda r: json.dumps(r, sort_keys=True)
    assert sorted(map(key, a)) == sorted(map(key, b))
    assert any(r.get("mention_count", 1) > 1 for r in a)


# --- Diagnostic codes: .code names the library's DiagnosticCode -------------

def test_warnings_carry_the_diagnostic_code(engine):
    with pytest.warns(sitrep.SitrepWarning) as caught:
        engine.code(b"Iraq and Turkey signed an \xff agreement.", date="2024-02-03", doc_id="bad")
    assert [w.message.code for w in caught] == ["invalid-utf8"]
    assert caught[0].message.file == "bad" and caught[0].message.line == 1
    with pytest.warns(sitrep.SitrepWarning) as caught:
        engine.code("  \n", doc_id="blank")
    assert [w.message.code for w in caught] == ["empty-text"]


def test_bad_records_warn_with_code_file_line_and_reason(engine):
    records = [{"id": "ok", "text": "Iraq and Turkey signed an agreement on water sharing."},
               '{"id": "broken", "text": ', {"id": "no-text"}]
    with pytest.warns(sitrep.SitrepWarning) as caught:
        list(engine.code_records(records, mentions="raw", name="feed.jsonl"))
    got = [(w.message.code, w.message.file, w.message.line) for w in caught]
    assert got == [("bad-json", "feed.jsonl", 2), ("bad-record", "feed.jsonl", 3)]
    assert caught[1].message.reason.startswith("missing \"text\" field")
    # The code outlives pickling (Dask ships warnings and errors between processes).
    import pickle
    again = pickle.loads(pickle.dumps(caught[1].message))
    assert (again.code, again.file, again.line, str(again)) == ("bad-record", "feed.jsonl", 3, str(caught[1].message))


def test_errors_carry_the_diagnostic_code(engine, tmp_path):
    with pytest.raises(sitrep.SitrepError) as bad_date:
        engine.code("Iran condemned the strikes.", date="someday")
    assert bad_date.value.code == "bad-story-date"
    with pytest.raises(sitrep.SitrepError) as missing, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        sitrep.Engine(dictionaries=[str(tmp_path / "absent.verbs")])
    assert missing.value.code == "cannot-open"
    assert missing.value.problems[0].file == str(tmp_path / "absent.verbs")
    bad = tmp_path / "bad.verbs"
    bad.write_text("#! sitrep verbs 1\nthis is not a verb line\n", encoding="utf-8")
    with pytest.raises(sitrep.SitrepError) as broken, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        sitrep.Engine(dictionaries=[str(bad)])
    assert broken.value.code in ("bad-line", "unknown-code"), broken.value.diagnostics
