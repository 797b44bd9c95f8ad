"""Formats a user brings: text, front matter, JSON Lines with a field mapping, gzip, directories, sidecars."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

from index.config import load_config
from index.ingest import iter_raw
from index.models import RawArticle, Skip
from index.pipeline import prepare
from index.aliases import Aliases

FIELDS = load_config().jsonl_fields


def _read(*paths: Path) -> tuple[list[RawArticle], list[Skip]]:
    items = list(iter_raw(list(paths), FIELDS))
    return [i for i in items if isinstance(i, RawArticle)], [i for i in items if isinstance(i, Skip)]


def test_front_matter_fields_and_extra_keys(tmp_path: Path) -> None:
    (tmp_path / "story.md").write_text(
        "---\ntitle: Dam opens\noutlet: Valley Post\ndate: 2024-03-05\nauthors: [A. Writer]\n"
        "url: https://example.org/dam\nregion: north\n---\nThe dam opened on Monday after years of delay.\n"
    )
    raws, skips = _read(tmp_path)
    assert skips == [] and raws[0].id == "story"
    article = prepare(raws[0], Aliases()).article
    assert (article.title, article.outlet, article.date, article.authors) == ("Dam opens", "Valley Post", "2024-03-05", ["A. Writer"])
    assert article.url == "https://example.org/dam" and article.extra == {"region": "north"}
    assert article.text == "The dam opened on Monday after years of delay."


def test_jsonl_gzip_with_corpus_field_mapping(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl.gz"
    rows = [
        {"ID": "a1", "title": "T1", "source": "Daily One", "date": "7/23/17", "authors": "['Ann Bee', 'Cy Dee']",
         "topic": "elections", "bias_text": "left", "url": "u", "content_original": "T1\n\nFirst body sentence here."},
        {"ID": "a2", "title": "T2", "source": "Daily Two", "date": "", "authors": "", "content_original": "Second body."},
    ]
    with gzip.open(path, "wt") as fh:
        fh.write("\n".join(json.dumps(r) for r in rows))
    raws, skips = _read(path)
    assert [r.id for r in raws] == ["a1", "a2"] and skips == []
    first = prepare(raws[0], Aliases()).article
    assert (first.outlet, first.date, first.authors, first.bias, first.topic) == ("Daily One", "2017-07-23", ["Ann Bee", "Cy Dee"], "left", "elections")
    assert first.text == "First body sentence here.", "the headline repeated as the first line is chrome"
    assert prepare(raws[1], Aliases()).article.date is None


def test_directory_recursive_with_sidecar_metadata_winning(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "one.txt").write_text("---\ntitle: From front matter\n---\nBody one.\n")
    (tmp_path / "two.txt.gz").write_bytes(gzip.compress(b"Body two is here.\n"))
    (tmp_path / "meta.yaml").write_text("one:\n  title: From sidecar\n  outlet: Side Outlet\n")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00\x00")
    raws, skips = _read(tmp_path)
    assert sorted(r.id for r in raws) == ["one", "two"]
    one = prepare(next(r for r in raws if r.id == "one"), Aliases()).article
    assert (one.title, one.outlet) == ("From sidecar", "Side Outlet")


def test_bad_records_skipped_by_line_rest_imported(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join([
        json.dumps({"ID": "ok1", "content_original": "Fine."}),
        "{not json",
        json.dumps({"ID": "nobody"}),
        json.dumps({"ID": "ok1", "content_original": "Duplicate."}),
        json.dumps({"content_original": "No id."}),
        json.dumps({"ID": "ok2", "content_original": "Also fine.", "date": "2016-13-45"}),
    ]))
    raws, skips = _read(path)
    assert [r.id for r in raws] == ["ok1", "ok2"]
    assert [s.line for s in skips] == [2, 3, 4, 5]
    assert "invalid JSON" in skips[0].reason and "content_original" in skips[1].reason
    assert "duplicate id 'ok1'" in skips[2].reason and "missing id field 'ID'" in skips[3].reason
    article = prepare(raws[1], Aliases()).article
    assert article.date is None and any("2016-13-45" in w for w in article.warnings)


def test_missing_path_is_a_named_skip(tmp_path: Path) -> None:
    raws, skips = _read(tmp_path / "nope")
    assert raws == [] and "nope" in skips[0].source and "no such file" in skips[0].reason
