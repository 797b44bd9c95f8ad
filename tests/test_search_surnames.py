"""A lone surname stands for the one full name the corpus knows by it: `actor:"Marco Rubio"` finds the
articles that only ever write "Rubio", unless the surname is shared by people of comparable weight."""
from __future__ import annotations

from pathlib import Path

from index.library import Library

ARTICLES = {
    "full": "Sen. Marco Rubio said the plan was good. Hillary Clinton and Bill Clinton spoke too.",
    "lone": 'Rubio said the deal was weak. "It is a bad deal," Rubio told reporters on Tuesday.',
    "clinton": 'Clinton said the vote was close. "We will see," Clinton told reporters.',
}


def _library(tmp_path: Path, articles: dict[str, str]) -> Library:
    docs = tmp_path / "docs"
    docs.mkdir(exist_ok=True)
    for i, (name, body) in enumerate(articles.items(), 1):
        (docs / f"{name}.txt").write_text(f"---\ntitle: Story {name}\noutlet: Daily {i}\ndate: 2024-05-0{i}\n---\n{body}\n")
    lib = Library.open(index_dir=tmp_path / "idx")
    lib.index([docs])
    return lib


def ids(lib: Library, query: str) -> set[str]:
    return {h.id for h in lib.search(query, limit=50).hits}


def test_full_name_query_finds_articles_naming_only_the_surname(tmp_path: Path) -> None:
    lib = _library(tmp_path, ARTICLES)
    try:
        assert ids(lib, 'actor:"Marco Rubio"') == {"full", "lone"}
        assert ids(lib, 'speaker:"Marco Rubio"') == {"lone"}
        assert lib.count('actor:"Marco Rubio"') == 2
    finally:
        lib.close()


def test_shared_surname_of_comparable_weight_is_not_folded(tmp_path: Path) -> None:
    lib = _library(tmp_path, ARTICLES)
    try:
        assert "clinton" not in ids(lib, 'actor:"Hillary Clinton"') | ids(lib, 'actor:"Bill Clinton"')
        assert ids(lib, "actor:Clinton") >= {"full", "clinton"}
    finally:
        lib.close()
    # a second Rubio as often named as Marco: "Rubio" alone could be either, so it no longer folds
    lib = _library(tmp_path, {**ARTICLES, "other": "Ana Rubio opened a shop on Monday in the old town."})
    try:
        assert ids(lib, 'actor:"Marco Rubio"') == {"full"}
    finally:
        lib.close()


def test_a_big_import_computes_the_surname_table_itself(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    import index.indexer as indexer
    from index.surname_folds import FILE_NAME

    monkeypatch.setattr(indexer, "_PRECOMPUTE_AFTER", 2)
    lib = _library(tmp_path, ARTICLES)
    try:
        gen = lib.index_dir.check()
        assert (gen.path / FILE_NAME).exists(), "written at the end of the run, before any search"
        assert ids(lib, 'actor:"Marco Rubio"') == {"full", "lone"}
    finally:
        lib.close()
