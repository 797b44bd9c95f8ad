"""Fault tests, hostile queries, hostile article text and bad config: a one-line message, never a traceback,
and nothing from an article ever reaches the terminal raw."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.cli import main
from tui.safe_text import markup_safe, plain

BROKEN = Path(__file__).resolve().parent / "fixtures" / "broken"


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("query,message", [
    ('"unclosed phrase', "unclosed quote"),
    ("(ceasefire OR talks", "a ( is never closed"),
    ("ceasefire)", "a ) with no ( before it"),
    ("colour:red", "unknown field 'colour:'"),
    ("date:[2025-05-01 to", "unbalanced brackets"),
    ("date:2025-13-45", "bad date"),
    ("AND", "nothing to search for"),
    ("x" * 10_000, "query too long (10000 characters"),
    ("\x00\x01\x1b[31m\x07", "empty query"),
    ("   ", "empty query"),
])
def test_hostile_query_gives_one_line_message(query: str, message: str, seed_index_dir: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "search", query, "--index-dir", str(seed_index_dir))
    assert code == 2 and out == ""
    assert err.startswith("parallax: ") and err.count("\n") == 1 and message in err, err
    assert "\x1b" not in err


@pytest.mark.parametrize("query", ["*", "**", "?", "title:", "outlet:", "date:>", "ceasefire^", "ceasefire~~5",
                                   "\x1b]8;;http://x\x1b\\ceasefire\x1b]8;;\x1b\\", "ceasefire\x00talks", "Kyiv " * 500])
def test_odd_but_valid_queries_run(query: str, seed_index_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "search", query, "--index-dir", str(seed_index_dir))
    assert code in (0, 2) and "Traceback" not in err and "\x1b" not in out + err
    if code == 2:
        assert err.startswith("parallax: ") and err.count("\n") == 1


@pytest.fixture(scope="module")
def hostile_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An index holding articles whose text, title, outlet and authors carry escapes, controls and markup."""
    from index.library import Library

    src = tmp_path_factory.mktemp("hostile-src")
    (src / "hostile_text.txt").write_bytes((BROKEN / "hostile_text.txt").read_bytes())
    record = {
        "ID": "evil-record",
        "title": "\x1b[1mLoud\x1b[0m [blink]title[/blink] \x1b]0;owned\x07 \x9b2J end",
        "source": "\x1b]8;;http://evil.example\x1b\\Evil Outlet\x1b]8;;\x1b\\",
        "authors": "Mallory \x1b[5mBlink\x1b[0m",
        "date": "2024-01-02",
        "content_original": "Ceasefire news \x1b[31mred\x1b[0m here.\nA bell\x07, a backspace\x08 and \x1b]52;c;ZXZpbA==\x07clipboard.",
    }
    (src / "evil.jsonl").write_text(json.dumps(record) + "\n")
    idx = tmp_path_factory.mktemp("hostile-idx")
    lib = Library.open(index_dir=idx)
    report = lib.index([src])
    lib.close()
    assert report.added == 2, report
    return idx


@pytest.mark.parametrize("args", [
    ["list"], ["show", "evil-record"], ["show", "hostile_text"], ["show", "evil-record", "--removed"],
    ["search", "ceasefire"], ["search", "news"], ["search", "mayor"], ["quotes"], ["actors"],
    ["list", "--json"], ["show", "evil-record", "--json"], ["search", "news", "--json"],
])
def test_cli_output_never_carries_escapes(args: list[str], hostile_index: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, *args, "--index-dir", str(hostile_index))
    assert code == 0, err
    for ch in out + err:
        assert ch in "\n\t" or not (ord(ch) < 32 or 0x7f <= ord(ch) <= 0x9f), (repr(ch), args)


def test_hostile_text_is_shown_as_plain_text(hostile_index: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "show", "evil-record", "--index-dir", str(hostile_index))
    assert code == 0
    assert out.startswith("Loud [blink]title[/blink] 2J end\nEvil Outlet · Mallory Blink · 2024-01-02")
    assert "Ceasefire news red here." in out and "http://evil.example" not in out and "ZXZpbA" not in out
    code, out, _ = _run(capsys, "show", "hostile_text", "--index-dir", str(hostile_index))
    assert "Breaking [bold red]news[/bold red] from the front line" in out and "pwned" not in out


@pytest.mark.parametrize("text", [
    "\x1b[31mred\x1b[0m", "\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\", "\x1b]0;title\x07", "\x9b31mc1", "\x1bPdcs\x1b\\",
    "bell\x07 bs\x08 cr\r del\x7f", "\u202eevil\u202c",
])
def test_safe_text_strips_every_terminal_control(text: str) -> None:
    for out in (plain(text), markup_safe(text)):
        assert not any(ord(c) < 32 and c not in "\n\t" or 0x7f <= ord(c) <= 0x9f or c in "\u202e\u202c" for c in out)
    assert markup_safe("[bold red]x[/bold red]") == "\\[bold red]x\\[/bold red]"


# --- config ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,named", [
    ("search: [unclosed\n", "bad YAML"),
    ("search:\n  limit: ten\n", "'search.limit' must be a whole number, got 'ten'"),
    ("search:\n  limit: 0\n", "'search.limit' must be at least 1"),
    ("serch:\n  limit: 3\n", "unknown key 'serch'"),
    ("search:\n  colour: red\n", "unknown key 'search.colour'"),
    ("corpus:\n  paths: seeds\n", "'corpus.paths' must be a list"),
    ("corpus:\n  paths: [1, 2]\n", "'corpus.paths[0]' must be a string path"),
    ("aliases: [Kyiv, Kiev]\n", "'aliases' must be a mapping"),
    ("aliases:\n  Kyiv: Kiev\n", "'aliases.Kyiv' must be a list of spellings"),
    ("index:\n  dir: 2025-01-01\n", "'index.dir' must be"),
    ("ingest:\n  workers: -1\n", "'ingest.workers' must be 0"),
    ("ingest:\n  jsonl_fields: {body: text}\n", "unknown key 'ingest.jsonl_fields.body'"),
    ("- just\n- a list\n", "must be a mapping"),
    ("app:\n  keymap: {search: [1]}\n", "'app.keymap.search' must be a key string"),
    ("a: &a [*a]\n", "config"),
])
def test_bad_config_is_one_line_naming_the_key(text: str, named: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    cfg = tmp_path / "config.yaml"
    cfg.write_text(text)
    monkeypatch.setenv("PARALLAX_CONFIG", str(cfg))
    for args in (["list"], ["search", "x"], ["index", "--quiet"]):
        code, out, err = _run(capsys, *args, "--index-dir", str(tmp_path / "idx"))
        assert code == 2 and out == ""
        assert err.startswith(f"parallax: {cfg}") and err.count("\n") == 1 and named in err, err


def test_config_not_text_or_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = tmp_path / "config.yaml"
    cfg.write_bytes(b"\xff\xfe\x00bin\x00ary")
    code, _, err = _run(capsys, "list", "--config", str(cfg))
    assert code == 2 and err.count("\n") == 1 and str(cfg) in err and "UTF-8" in err, err
    code, _, err = _run(capsys, "list", "--config", str(tmp_path / "nope.yaml"))
    assert code == 2 and "config file not found" in err
    monkeypatch.setenv("PARALLAX_CONFIG", str(tmp_path))  # a directory
    code, _, err = _run(capsys, "list")
    assert code == 2 and err.count("\n") == 1 and "config file not found" in err, err


def test_stray_escapes_and_mojibake_never_swallow_text() -> None:
    from index.decode import strip_terminal_sequences

    assert strip_terminal_sequences("keep \x1b] all of this text") == ("keep  all of this text", 1)
    assert strip_terminal_sequences("\x1bP unterminated device string, then prose") == (" unterminated device string, then prose", 1)
    mojibake = "He said â€œnoâ€\x9d and left; the rest stays."
    assert strip_terminal_sequences(mojibake) == (mojibake, 0)
    assert plain(mojibake) == "He said â€œnoâ€ and left; the rest stays."
