"""Fault tests, bad input files: every bad file or record is skipped (or imported with a warning) with a
message naming the file, line or field and what to do; the good ones are imported and searchable."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from index import ingest
from index.library import Library
from index.models import RawArticle, Skip
from tui.cli import main

BROKEN = Path(__file__).resolve().parent / "fixtures" / "broken"
FIELDS = {"id": "ID", "title": "title", "outlet": "source", "date": "date", "authors": "authors", "text": "content_original"}


def _read(path: Path) -> tuple[list[RawArticle], list[Skip]]:
    items = list(ingest.iter_raw([path], FIELDS))
    return [i for i in items if isinstance(i, RawArticle)], [i for i in items if isinstance(i, Skip)]


def _skip_for(skips: list[Skip], name: str, line: int | None = None) -> str:
    found = [s for s in skips if Path(s.source).name == name and (line is None or s.line == line)]
    assert found, f"no skip for {name}:{line} in {[(s.source, s.line, s.reason) for s in skips]}"
    return found[0].reason


@pytest.fixture()
def broken_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):  # noqa: ANN201
    """`parallax add` run on a copy of the broken-files directory: (exit code, stderr, index dir)."""
    src = tmp_path / "broken"
    shutil.copytree(BROKEN, src)
    idx = tmp_path / "idx"
    code = main(["add", str(src), "--quiet", "--index-dir", str(idx)])
    _, err = capsys.readouterr()
    return code, err, idx


def test_add_broken_directory_imports_good_and_explains_each_bad(broken_index, capsys) -> None:  # noqa: ANN001
    code, err, idx = broken_index
    assert code == 0, err
    assert "Traceback" not in err
    expected = {
        "binary_image.txt": "binary file",
        "empty.txt": "empty article",
        "only_whitespace.md": "empty article",
        "only_front_matter.md": "empty article",
        "notes.pdf": "not an article format ('.pdf')",
        "malformed.json:1": "invalid JSON",
        "broken_sidecar.yaml:2": "broken YAML",
        "truncated.jsonl.gz": "cannot read after line 2",
        "records.jsonl:2": "invalid JSON",
        "records.jsonl:3": "missing id field 'ID'",
        "records.jsonl:4": "text field 'content_original' missing",
        "records.jsonl:5": "text field 'content_original' must be text, got a list",
        "records.jsonl:6": "id field 'ID' must be text or a number",
        "records.jsonl:7": "record is not a JSON object",
        "records.jsonl:8": "duplicate id 'j-good-1'",
    }
    skip_lines = [line for line in err.splitlines() if line.startswith("  skipped ")]
    for where, reason in expected.items():
        assert any(f"/{where}: " in line and reason in line for line in skip_lines), (where, err)
    assert f"{len(expected)} skipped" in err and len(skip_lines) == len(expected)
    for warning in ("broken_front_matter.md: broken YAML front matter (line 3",
                    "latin1_encoded.txt: not UTF-8; decoded as cp1252",
                    "invalid_utf8.txt: not valid UTF-8: 2 bad byte(s) replaced",
                    "records.jsonl:12: impossible date '3016-01-01'",
                    "records.jsonl:13: unparseable date 'yesterday-ish'",
                    "records.jsonl:14: field 'title' must be text, got list",
                    "wrong_types_front_matter.md: field 'outlet' must be text, got dict",
                    "hostile_text.txt: 6 terminal escape sequence(s) removed"):
        assert warning in err, warning
    # Every good article is there, including the ones around bad lines and the partly read gzip.
    assert main(["list", "--json", "--index-dir", str(idx)]) == 0
    import json

    rows = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    assert set(rows) == {
        "good_plain", "good_front_matter", "latin1_encoded", "invalid_utf8", "broken_front_matter",
        "wrong_types_front_matter", "hostile_text", "j-good-1", "j-good-2", "j-empty-date", "j-us-date",
        "j-long-date", "j-bad-year", "j-bad-date", "j-wrong-types", "gz-0", "gz-1",
    }
    assert rows["j-us-date"]["date"] == "2019-03-07" and rows["j-long-date"]["date"] == "2019-03-08"
    assert rows["j-bad-year"]["date"] is None and rows["j-empty-date"]["date"] is None
    assert rows["good_front_matter"]["outlet"] == "Harbour Gazette"
    assert rows["latin1_encoded"]["title"].startswith("Café owners in São Paulo")
    assert main(["search", "museum", "statue", "--index-dir", str(idx)]) == 0
    assert "Last record still imported" in capsys.readouterr().out


def test_duplicate_record_keeps_the_first(broken_index) -> None:  # noqa: ANN001
    _, _, idx = broken_index
    lib = Library.open(index_dir=idx)
    try:
        assert lib.article("j-good-1").title == "Parliament passes budget"
    finally:
        lib.close()


def test_only_bad_files_exit_nonzero_with_summary(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    src = tmp_path / "bad"
    src.mkdir()
    for name in ("binary_image.txt", "empty.txt", "malformed.json"):
        shutil.copy(BROKEN / name, src / name)
    code = main(["add", str(src), "--quiet", "--index-dir", str(tmp_path / "idx")])
    err = capsys.readouterr().err
    assert code != 0
    assert "0 added" in err and "3 skipped" in err
    for name in ("binary_image.txt", "empty.txt", "malformed.json"):
        assert name in err


def test_front_matter_with_impossible_date_is_a_warning_not_a_crash() -> None:
    meta, body, warnings = ingest.split_front_matter("---\ndate: 2025-02-30\ntitle: T\n---\nBody text.", "a.md")
    assert meta == {"date": "2025-02-30", "title": "T"} and body == "Body text." and warnings == []
    meta, body, warnings = ingest.split_front_matter("---\ntitle: [x\n---\nBody.", "a.md")
    assert meta == {} and body == "Body." and "a.md: broken YAML front matter (line 2" in warnings[0]


def test_fifty_megabyte_article_is_skipped_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    with open(big, "wb") as fh:
        chunk = b"The council met again and nothing was decided. " * 20_000
        for _ in range(50 * 1024 * 1024 // len(chunk) + 1):
            fh.write(chunk)
        fh.truncate(50 * 1024 * 1024)
    (tmp_path / "small.txt").write_text("Small article\n\nIt still gets imported after the huge one.\n")
    articles, skips = _read(tmp_path)
    assert [a.id for a in articles] == ["small"]
    reason = _skip_for(skips, "huge.txt")
    assert "article too long (50.0 MB" in reason and "split" in reason


def test_oversized_jsonl_record_is_skipped_by_line(tmp_path: Path) -> None:
    import json

    path = tmp_path / "big.jsonl"
    path.write_text(json.dumps({"ID": "huge", "content_original": "word " * (ingest.MAX_ARTICLE_CHARS // 4)}) + "\n"
                    + json.dumps({"ID": "ok", "content_original": "Fine."}) + "\n")
    articles, skips = _read(path)
    assert [a.id for a in articles] == ["ok"]
    assert "article too long" in _skip_for(skips, "big.jsonl", 1)


def test_unexpected_error_in_one_file_never_stops_the_import(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(f"Article {name}\n\nSome body text for {name}.\n")
    real = ingest.read_text_file

    def flaky(path: Path):  # noqa: ANN202
        if path.name == "b.txt":
            raise MemoryError("simulated")
        yield from real(path)

    monkeypatch.setattr(ingest, "read_text_file", flaky)
    articles, skips = _read(tmp_path)
    assert [a.id for a in articles] == ["a", "c"]
    assert "could not be read (MemoryError: simulated)" in _skip_for(skips, "b.txt")


def test_files_vanishing_or_changing_during_an_import(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "src"
    src.mkdir()
    for name in ("a", "b", "c"):
        (src / f"{name}.txt").write_text(f"Article {name} headline here\n\nOriginal body of {name} about the harbour.\n")
    real = ingest.read_file

    def racing(path: Path, fields: dict[str, str]):  # noqa: ANN202
        if path.name == "a.txt":  # while a.txt is read, b.txt is deleted and c.txt rewritten
            (src / "b.txt").unlink()
            (src / "c.txt").write_text("Article c rewritten\n\nA new body about zeppelins.\n")
        yield from real(path, fields)

    monkeypatch.setattr(ingest, "read_file", racing)
    lib = Library.open(index_dir=tmp_path / "idx")
    try:
        report = lib.index([src])
        assert report.added == 2
        assert any(s.source.endswith("b.txt") and "cannot read" in s.reason for s in report.skipped)
        assert lib.search("zeppelins").total == 1
        monkeypatch.setattr(ingest, "read_file", real)
        (src / "b.txt").write_text("Article b is back\n\nRestored body.\n")
        report = lib.index([src])
        assert (report.added, report.unchanged, report.skipped) == (1, 2, [])
        assert {s.id for s in lib.list_articles()} == {"a", "b", "c"}
    finally:
        lib.close()


def test_sidecar_with_impossible_date_and_wrong_shape(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Headline A\n\nBody A.\n")
    (tmp_path / "meta.yaml").write_text("a: {date: 2025-02-30, outlet: Sidecar Post}\nb: just text\n")
    articles, skips = _read(tmp_path)
    assert articles[0].metadata == {"date": "2025-02-30", "outlet": "Sidecar Post"}
    assert "metadata for 'b' must be a mapping" in _skip_for(skips, "meta.yaml")
