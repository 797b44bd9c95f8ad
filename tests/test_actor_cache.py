"""The corpus actor list is folded once per index state and aliases, then read from the generation's cache."""
from __future__ import annotations

from pathlib import Path

from index import actor_cache
from index.library import Library


def _write(docs: Path, name: str, body: str) -> None:
    docs.mkdir(exist_ok=True)
    (docs / f"{name}.txt").write_text(f"---\ntitle: Story {name}\noutlet: Daily\ndate: 2024-05-01\n---\n{body}\n")


def test_corpus_actors_are_cached_and_refolded_after_a_change(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    docs = tmp_path / "docs"
    _write(docs, "a", "Sen. Marco Rubio said the plan was good.")
    _write(docs, "b", "Rubio said the deal was weak, Rubio told reporters.")
    lib = Library.open(index_dir=tmp_path / "idx")
    try:
        lib.index([docs])
        first = lib.actors()
        rubio = next(a for a in first if a.name == "Marco Rubio")
        assert rubio.articles == 2 and (lib.index_dir.check().path / actor_cache.FILE_NAME).exists()
        calls = []
        real = actor_cache.load

        def counting(gen_path, db, aliases, fold):  # noqa: ANN001, ANN202
            return real(gen_path, db, aliases, lambda: calls.append(1) or fold())
        monkeypatch.setattr(actor_cache, "load", counting)
        assert [a.name for a in lib.actors(kind="person")] == [a.name for a in first if a.kind == "person"]
        assert calls == [], "the second call reads the cache"
        _write(docs, "c", "Marco Rubio spoke again on Friday.")
        lib.index([docs])
        lib.reopen()
        assert next(a for a in lib.actors() if a.name == "Marco Rubio").articles == 3 and calls == [1]
    finally:
        lib.close()
