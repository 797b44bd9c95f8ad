"""Keep compare's corpus prior (index/corpus_stats.py) current during an index run, so no compare rebuilds it.

The run's workers count each article's terms; `PriorUpdate` sums them here, subtracts articles the run
replaces or removes, and when the run completes writes the prior into the generation: a new file when the
run started from an empty store, else the changes applied in place to the current file (adding one article
rewrites nothing). Counts are moved to `committed` at each batch commit; a run interrupted with Ctrl-C saves
them (terms seen more than once, as the prior keeps) in `corpus_stats.partial`, keyed like the prior, and the
re-run that resumes the import starts from there. Whatever else leaves the prior stale (a crash, an old
format) only means the next compare rebuilds it from the side store, as before.
"""
from __future__ import annotations

import marshal
import os
import sqlite3
from collections import Counter
from pathlib import Path

from .compare_words import term_counts
from .corpus_stats import FILE_NAME, PRUNE_ABOVE, _open_cached, _write, corpus_key
from .packing import text_of

PARTIAL_NAME = "corpus_stats.partial"


class PriorUpdate:
    """What one index run changes in the corpus prior, written into the generation by `write`."""

    def __init__(self, gen_path: Path, db: sqlite3.Connection) -> None:
        self.path = gen_path / FILE_NAME
        self.partial = gen_path / PARTIAL_NAME
        self.gen_path = gen_path
        self.counts: Counter[str] = Counter()  # since the last batch commit
        self.committed: Counter[str] = Counter()
        self.total = self.articles = self.committed_total = self.committed_articles = 0
        key = self._key(db)
        empty = db.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 0
        self.base = None if empty else _open_cached(self.path, key)
        if self.base is not None and self.base._db is not None:  # noqa: SLF001 - only its totals are needed
            self.base._db.close()
        resumed = None if empty or self.base is not None else self._load_partial(key)
        if resumed is not None:
            self.committed, self.committed_total, self.committed_articles = resumed
        # the prior stays current only from an empty store, a current prior, or a resumable partial count
        self.usable = empty or self.base is not None or resumed is not None

    def _key(self, db: sqlite3.Connection) -> str:
        return f"{self.gen_path}:{corpus_key(db, self.gen_path.name)}"

    def add(self, terms: Counter[str], words: int, articles: int) -> None:
        if not self.usable:
            return
        self.counts.update(terms)
        self.total += words
        self.articles += articles

    def remove(self, blob: bytes | None, zdict: bytes) -> None:
        """Subtract an article about to be replaced or removed (its side-store blob and the store's dictionary)."""
        if not self.usable or blob is None:
            return
        counts, words = term_counts(text_of(blob, captions=False, zdict=zdict))
        self.counts.subtract(counts)
        self.total -= words
        self.articles -= 1

    def commit(self) -> None:
        """The side store committed everything counted so far."""
        if not self.usable:
            return
        self.committed.update(self.counts)
        self.committed_total += self.total
        self.committed_articles += self.articles
        self.counts, self.total, self.articles = Counter(), 0, 0
        if len(self.committed) > PRUNE_ABOVE:  # lossy counting, as in corpus_stats.count_corpus
            self.committed = Counter({t: k for t, k in self.committed.items() if k > 1})

    def write(self, db: sqlite3.Connection) -> None:
        """Store the prior for the committed side store `db`; on any failure the prior is just stale."""
        self.commit()
        if not self.usable:
            return
        key = self._key(db)
        try:
            if self.base is None:
                _write(self.path, key, self.committed, self.committed_total, self.committed_articles)
            elif self.committed or self.committed_articles:
                self._apply(key)
            self.partial.unlink(missing_ok=True)
        except (OSError, sqlite3.Error):
            pass

    def save_partial(self, db: sqlite3.Connection) -> None:
        """After an interrupt (the store rolled back to its last commit): keep the committed counts for the
        run that resumes. Only terms seen more than once are kept, which keeps this quick."""
        if not self.usable or self.base is not None:
            return  # with a current prior file nothing was applied yet: the next run sees it stale and rebuilds
        tmp = self.partial.with_name(f"{PARTIAL_NAME}.{os.getpid()}.tmp")
        try:
            with open(tmp, "wb") as fh:
                marshal.dump((self._key(db), {t: n for t, n in self.committed.items() if n > 1},
                              self.committed_total, self.committed_articles), fh)
            os.replace(tmp, self.partial)
        except OSError:
            tmp.unlink(missing_ok=True)

    def _load_partial(self, key: str) -> tuple[Counter[str], int, int] | None:
        try:
            with open(self.partial, "rb") as fh:
                saved_key, counts, total, articles = marshal.load(fh)
        except (OSError, EOFError, ValueError, TypeError):
            return None
        return (Counter(counts), total, articles) if saved_key == key else None

    def _apply(self, key: str) -> None:
        """Add the run's changes to the current prior in place."""
        assert self.base is not None
        db = sqlite3.connect(self.path, timeout=30)
        try:
            changed = sorted((t, n) for t, n in self.committed.items() if n)
            db.executemany("INSERT INTO terms VALUES (?,?) ON CONFLICT(term) DO UPDATE SET n = n + excluded.n", changed)
            # only terms seen more than once are kept (a missing term counts as 1)
            db.executemany("DELETE FROM terms WHERE term = ? AND n <= 1", [(t,) for t, _ in changed])
            db.executemany("INSERT OR REPLACE INTO meta VALUES (?,?)",
                           [("key", key), ("total", str(self.base.total + self.committed_total)),
                            ("articles", str(self.base.articles + self.committed_articles))])
            db.commit()
        finally:
            db.close()
