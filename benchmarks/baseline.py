"""The baseline every figure is compared with: a plain Whoosh index of the same articles, used as a naive user would.

Schema(id=ID(stored), title=TEXT(stored), body=TEXT(stored)), the default writer, a searcher opened per query,
highlights from the stored body. Run as a script it is the baseline's fresh-process search:
    python -m benchmarks.baseline search DIR QUERY     (and: build SRC... DIR)
"""
from __future__ import annotations

import sys
import time
from collections.abc import Iterable
from pathlib import Path

from whoosh import index
from whoosh.fields import ID, TEXT, Schema
from whoosh.qparser import MultifieldParser


def plain_schema() -> Schema:
    return Schema(id=ID(stored=True), title=TEXT(stored=True), body=TEXT(stored=True))


def build(directory: Path, docs: Iterable[tuple[str, str, str]]) -> int:
    """Index (id, title, body) triples with the default writer; returns the number of documents."""
    directory.mkdir(parents=True, exist_ok=True)
    ix = index.create_in(str(directory), plain_schema())
    writer = ix.writer()
    n = 0
    for doc_id, title, body in docs:
        writer.add_document(id=doc_id, title=title, body=body)
        n += 1
    writer.commit()
    ix.close()
    return n


def add_one(directory: Path, doc: tuple[str, str, str]) -> None:
    ix = index.open_dir(str(directory))
    writer = ix.writer()
    writer.add_document(id=doc[0], title=doc[1], body=doc[2])
    writer.commit()
    ix.close()


def search(ix, text: str, limit: int = 20) -> list[tuple[str, str]]:  # noqa: ANN001 - whoosh Index
    """One query the naive way: a new searcher, the default parser, highlights from the stored body."""
    with ix.searcher() as searcher:
        query = MultifieldParser(["title", "body"], ix.schema).parse(text)
        results = searcher.search(query, limit=limit)
        return [(hit["id"], hit.highlights("body")) for hit in results]


def list_rows(ix) -> list[tuple[str, str]]:  # noqa: ANN001
    """The naive article list: every stored document read for its id and title."""
    with ix.searcher() as searcher:
        return [(d["id"], d.get("title", "")) for d in searcher.all_stored_fields()]


def raw_docs(paths: list[Path]) -> Iterable[tuple[str, str, str]]:
    """The same articles Parallax reads (same reader and field mapping), uncleaned."""
    from index.config import load_config
    from index.ingest import iter_raw
    from index.models import RawArticle

    fields = load_config(None, "/nonexistent-unused").jsonl_fields
    for item in iter_raw(paths, fields):
        if isinstance(item, RawArticle):
            yield item.id, str(item.metadata.get("title") or ""), item.text


def main(argv: list[str]) -> int:
    if argv[0] == "build":  # build SRC... DIR
        started = time.perf_counter()
        n = build(Path(argv[-1]), raw_docs([Path(p) for p in argv[1:-1]]))
        sys.stdout.write(f"{n} {time.perf_counter() - started:.3f}\n")
        return 0
    directory, text = argv[1], " ".join(argv[2:])  # search DIR QUERY
    ix = index.open_dir(directory)
    for doc_id, snippet in search(ix, text):
        sys.stdout.write(f"{doc_id}  {snippet[:200]}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
