"""`parallax compare` on the seed index: the RT seed against the Kyiv Independent seed (issue 6's example)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.cli import main

RT, KI = "002_e67d47b15c32759e", "000_1e560f4247c96284"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_compare_text_report(seed_index_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "compare", RT, KI, "--index-dir", str(seed_index_dir))
    assert code == 0
    assert "RT · 2025-05-15" in out and "Kyiv Independent · 2025-05-12" in out and "B is 3 days earlier" in out
    shared = next(line for line in out.splitlines() if line.startswith("Shared actors"))
    for name in ("Marco Rubio", "Donald Trump", "Vladimir Putin"):
        assert name in shared
    assert "Kyiv: A writes Kiev; B writes Kyiv" in out
    assert "Who gets the voice:" in out and "Marco Rubio:" in out
    assert "Aligned passages:" in out and "Distinctive words of A: kiev" in out


def test_compare_json_and_markdown(seed_index_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "compare", RT, KI, "--json", "--index-dir", str(seed_index_dir))
    data = json.loads(out)
    assert code == 0
    assert set(data) >= {"summary", "shared_actors", "only_a", "only_b", "voice", "shared_quotes", "naming",
                         "distinctive_a", "distinctive_b", "alignment"}
    assert data["summary"]["days_apart"] == -3 and data["summary"]["a"]["outlet"] == "RT"
    assert {"Marco Rubio", "Donald Trump", "Vladimir Putin"} <= {a["name"] for a in data["shared_actors"]}
    kyiv = next(d for d in data["naming"] if d["name"] == "Kyiv")
    assert kyiv["spellings_a"] == ["Kiev"] and kyiv["spellings_b"] == ["Kyiv"]
    assert any(v["speaker"] == "Marco Rubio" for v in data["voice"]["a"]) and data["voice"]["b"]
    al = data["alignment"]
    assert al["pairs"] and set(al["pairs"][0]) == {"a", "b", "score"}
    assert set(al["sentences_a"][0]) == {"index", "start", "end", "text"}
    assert set(data["distinctive_a"][0]) == {"term", "count_a", "count_b", "corpus", "delta", "z"}

    code, out, _ = run(capsys, "compare", RT, KI, "--markdown", "--index-dir", str(seed_index_dir))
    assert code == 0 and out.startswith("# Comparison: RT vs Kyiv Independent")
    assert "## Naming differences" in out and "| A | B | Score |" in out


def test_compare_unknown_id_exits_2(seed_index_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "compare", RT, "nope", "--index-dir", str(seed_index_dir))
    assert code == 2 and out == "" and "no article with id 'nope'" in err


def test_corpus_prior_is_cached_in_the_index(seed_index_dir: Path) -> None:
    from index.corpus_stats import FILE_NAME, corpus_stats
    from index.library import Library

    lib = Library.open(index_dir=seed_index_dir)
    stats = corpus_stats(lib)
    lib.close()
    assert stats is not None and stats.articles == 5 and stats.total > 2000
    assert (lib.index_dir.check().path / FILE_NAME).is_file()
    assert stats.counts(["ceasefire", "zeppelin"]).get("ceasefire", 0) >= 5


def test_corpus_prior_in_memory_when_the_index_is_read_only(seed_index_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import index.corpus_stats as cs
    from index.library import Library

    def refuse(*_args: object) -> None:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(cs, "_write", refuse)
    monkeypatch.setattr(cs, "_memory", {})
    monkeypatch.setattr(cs, "FORMAT", "test-readonly")  # a key no cache file on disk matches
    lib = Library.open(index_dir=seed_index_dir)
    stats = cs.corpus_stats(lib)
    lib.close()
    assert stats is not None and stats.articles == 5 and stats.counts(["ceasefire"])["ceasefire"] >= 5
