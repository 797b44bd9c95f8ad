"""Corpus-wide term counts: the informative prior for distinctive words (compare_words.log_odds).

Counting every word of tens of thousands of articles takes seconds (46 s on the full corpus), so an index run
does it: its workers count each article's terms, and when the run completes prior_update.PriorUpdate writes
the counts into the generation (`gen-NNNN/corpus_stats.sqlite`), or adds and subtracts what the run changed when the
file was current. The file is keyed by the article count and rowids (see corpus_key): if it is stale anyway
(a run interrupted or crashed, or made by an older Parallax) the next compare rebuilds it from the side store;
a rebuild of the index writes a new generation, which sweeps the old file away with it. Terms seen only
once in the corpus are not stored (a missing term counts as 1), which keeps the file small. Where the index
directory is read-only the counts are kept in memory for the life of the process instead.
"""
from __future__ import annotations

import os
import sqlite3
import threading
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from .compare_words import term_counts
from .packing import text_of

if TYPE_CHECKING:
    from .library import Library

FILE_NAME = "corpus_stats.sqlite"
FORMAT = "3"  # bump when the counting changes: old caches become stale
_LOOKUP_CHUNK = 900
PRUNE_ABOVE = 3_000_000
_memory: dict[str, "CorpusStats"] = {}
_lock = threading.Lock()


class CorpusStats:
    """Term counts of the whole corpus: `total` words in `articles` articles; `counts` looks terms up."""

    def __init__(self, total: int, articles: int, db: sqlite3.Connection | None = None,
                 table: dict[str, int] | None = None) -> None:
        self.total = total
        self.articles = articles
        self._db = db
        self._table = table

    def counts(self, terms: Iterable[str]) -> dict[str, int]:
        """Corpus counts of `terms` (terms seen at most once in the corpus are absent)."""
        wanted = list(dict.fromkeys(terms))
        if self._table is not None:
            return {t: self._table[t] for t in wanted if t in self._table}
        assert self._db is not None
        out: dict[str, int] = {}
        for i in range(0, len(wanted), _LOOKUP_CHUNK):
            chunk = wanted[i:i + _LOOKUP_CHUNK]
            marks = ",".join("?" * len(chunk))
            out.update(self._db.execute(f"SELECT term, n FROM terms WHERE term IN ({marks})", chunk).fetchall())
        return out


def corpus_key(db: sqlite3.Connection, generation: str = "") -> str:
    """What identifies the stored articles cheaply: count, highest and summed rowid (the side store deletes
    and re-inserts an updated article, so any add, update or removal changes them), and the generation."""
    count, top, total = db.execute("SELECT COUNT(*), MAX(rowid), TOTAL(rowid) FROM articles").fetchone()
    return f"{FORMAT}:{generation}:{count}:{top}:{int(total)}"


def count_corpus(db: sqlite3.Connection, prune_above: int = PRUNE_ABOVE) -> tuple[Counter[str], int, int]:
    """Count terms over every article body in the side store: (counts, total words, articles).

    Memory stays bounded on large corpora by lossy counting: whenever more than `prune_above` distinct
    terms are held, those seen once so far are dropped (a phrase that is rare everywhere then counts as
    unseen, which the prior treats as seen once: the same answer within a count or two).
    """
    counts: Counter[str] = Counter()
    total = articles = 0
    row = db.execute("SELECT value FROM meta WHERE key = 'zdict'").fetchone()
    zdict = bytes(row[0]) if row and row[0] else b""
    for (blob,) in db.execute("SELECT article FROM articles"):
        c, n = term_counts(text_of(blob, captions=False, zdict=zdict))
        counts.update(c)
        total += n
        articles += 1
        if articles % 1000 == 0 and len(counts) > prune_above:
            counts = Counter({t: k for t, k in counts.items() if k > 1})
    return counts, total, articles


def _write(path: Path, key: str, counts: Counter[str], total: int, articles: int) -> None:
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    db = sqlite3.connect(tmp)
    try:
        db.execute("PRAGMA journal_mode=OFF")  # a scratch file until os.replace publishes it
        db.execute("PRAGMA synchronous=OFF")
        db.execute("CREATE TABLE terms (term TEXT PRIMARY KEY, n INTEGER) WITHOUT ROWID")
        db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        # sorted, so the B-tree is appended to rather than split at random: several times faster
        db.executemany("INSERT INTO terms VALUES (?,?)", sorted((t, n) for t, n in counts.items() if n > 1))
        db.executemany("INSERT INTO meta VALUES (?,?)",
                       [("key", key), ("total", str(total)), ("articles", str(articles))])
        db.commit()
    finally:
        db.close()
    os.replace(tmp, path)


def _open_cached(path: Path, key: str) -> CorpusStats | None:
    if not path.is_file():
        return None
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
    except sqlite3.Error:
        return None
    if meta.get("key") != key:
        db.close()
        return None
    return CorpusStats(int(meta["total"]), int(meta["articles"]), db=db)


def corpus_stats(library: "Library", build: bool = True) -> CorpusStats | None:
    """The corpus counts for `library`'s live index: from the cache, or counted now (and cached) when
    `build`; None when stale and not `build`."""
    gen = library.index_dir.check()
    store_db = library.store.db
    key = f"{gen.path}:{corpus_key(store_db, gen.path.name)}"
    path = gen.path / FILE_NAME
    with _lock:
        if key in _memory:
            return _memory[key]
        cached = _open_cached(path, key)
        if cached is not None:
            _memory.clear()
            _memory[key] = cached
            return cached
        if not build:
            return None
        counts, total, articles = count_corpus(store_db)
        try:
            _write(path, key, counts, total, articles)
            stats = _open_cached(path, key)
        except (OSError, sqlite3.Error):
            stats = None
        if stats is None:  # read-only index directory: keep the counts in memory
            stats = CorpusStats(total, articles, table={t: n for t, n in counts.items() if n > 1})
        _memory.clear()
        _memory[key] = stats
        return stats

