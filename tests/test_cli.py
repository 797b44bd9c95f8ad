"""The `parallax` command line as a user runs it: output, JSON fields, exit codes, one-line errors."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tui.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_search_json_fields(seed_index_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "search", "ceasefire", "--json", "--index-dir", str(seed_index_dir))
    data = json.loads(out)
    assert code == 0 and data["total"] == 5 and len(data["hits"]) == 5
    hit = data["hits"][0]
    assert set(hit) == {"id", "title", "outlet", "date", "score", "snippet", "highlights"}
    assert all(set(h) == {"start", "end"} for h in hit["highlights"])


def test_index_dir_works_before_the_command_as_well_as_after(seed_index_dir: Path, capsys: pytest.CaptureFixture[str],
                                                            tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PARALLAX_INDEX_DIR", str(tmp_path / "nothing-here"))  # a wrong fallback must not win
    for args in (["--index-dir", str(seed_index_dir), "search", "ceasefire"],
                 ["search", "ceasefire", "--index-dir", str(seed_index_dir)]):
        code, out, err = run(capsys, *args)
        assert code == 0 and "5 article(s) match" in out, (args, err)


def test_search_text_and_empty_result(seed_index_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "search", "outlet:RT", "Kyiv", "--index-dir", str(seed_index_dir))
    assert code == 0 and "RT · 2025-05-15 · 002_e67d47b15c32759e" in out
    code, out, _ = run(capsys, "search", "zeppelin", "--index-dir", str(seed_index_dir))
    assert code == 0 and "No articles match" in out


def test_show_prints_paragraphs_without_chrome(seed_index_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "show", "004_32db856e3cd92557", "--index-dir", str(seed_index_dir))
    assert code == 0
    assert out.startswith("Russia and Ukraine meet for the first time in three years to discuss ceasefire\nAxios")
    assert "invasion.\n\nWhy it matters: The meeting" in out
    for chrome in ("cupure logo", "Similar News", "Comments", "World news", "invasion.Why"):
        assert chrome not in out


def test_show_removed_lists_rules(seed_index_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "show", "001_19302534d2ced3f7", "--removed", "--index-dir", str(seed_index_dir))
    assert code == 0 and "[read-more-teaser]  READ MORE:" in out and "[back-to-top]  Back To Top" in out


def test_list_and_show_json(seed_index_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "list", "--json", "--index-dir", str(seed_index_dir))
    rows = json.loads(out)
    assert code == 0 and len(rows) == 5
    assert {"id", "title", "outlet", "date", "length", "quotes"} <= set(rows[0])
    code, out, _ = run(capsys, "show", "002_e67d47b15c32759e", "--json", "--index-dir", str(seed_index_dir))
    article = json.loads(out)
    assert article["outlet"] == "RT" and article["date"] == "2025-05-15" and article["paragraphs"][0]["kind"] == "body"


@pytest.mark.parametrize("args,message", [
    (["show", "nope"], "no article with id 'nope'"),
    (["search", '"open'], "unclosed quote"),
    (["search", "x", "--limit", "0"], "--limit must be at least 1"),
])
def test_errors_exit_2_with_one_line(seed_index_dir: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str) -> None:
    code, out, err = run(capsys, *args, "--index-dir", str(seed_index_dir))
    assert code == 2 and out == "" and message in err and err.count("\n") == 1


def test_missing_index_says_how_to_build(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "search", "x", "--index-dir", str(tmp_path / "none"))
    assert code == 2 and "run `parallax index`" in err


def test_bad_usage_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["search"])
    assert exc.value.code == 2


def test_index_command_reports_and_installed_script_works(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("parallax")
    proc = subprocess.run([str(exe), "index", "--index-dir", str(tmp_path / "ix")], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "5 added" in proc.stderr
    proc = subprocess.run([str(exe), "index", "--index-dir", str(tmp_path / "ix")], capture_output=True, text=True, timeout=120)
    assert "0 added, 0 updated, 5 unchanged" in proc.stderr
