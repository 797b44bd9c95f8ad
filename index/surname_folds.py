"""Lone surnames that stand for one full name across the corpus, so `actor:"Marco Rubio"` also finds the
articles that only ever write "Rubio" (and `actor:"Donald Trump"` those that only say "President Trump").

The rule is the corpus actor list's (index/actor_fold.py): a one-word person folds into the full name with
that surname when it is the only one, or has at least five times the articles of the next. Here it is read
straight from the side store's actor rows (one GROUP BY, ~1 s on the 37,554-article corpus) and cached in
the generation as `surname_folds.json`, stamped with the store's article count and last rowid so any index
run that changes the store makes the next lookup recompute it. Keys and values are the `actor` field's
analysed tokens (lower-cased, accent-folded), as the query builder sees names.
"""
from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from .gencache import cached, store_stamp

FILE_NAME = "surname_folds.json"
DOMINANCE = 5  # a full name needs this many times the articles of the next one with the same surname


def compute(db: sqlite3.Connection, tokens: Callable[[str], list[str]]) -> dict[str, list[str]]:
    """Full-name key ("marco rubio") -> the lone surname tokens folded into it (["rubio"])."""
    rows = db.execute("SELECT name, COUNT(*) FROM actor_rows WHERE kind = 'p' GROUP BY name").fetchall()
    full: dict[str, int] = defaultdict(int)  # full-name key -> articles
    lone: set[str] = set()
    for name, articles in rows:
        words = tokens(name)
        if len(words) == 1:
            lone.add(words[0])
        elif len(words) >= 2:
            full[" ".join(words)] += articles
    by_surname: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for key, articles in full.items():
        by_surname[key.rsplit(" ", 1)[-1]].append((articles, key))
    folds: dict[str, list[str]] = defaultdict(list)
    for surname in lone:
        cands = sorted(by_surname.get(surname, ()), reverse=True)
        if cands and (len(cands) == 1 or cands[0][0] >= DOMINANCE * cands[1][0]):
            folds[cands[0][1]].append(surname)
    return dict(folds)


def load(gen_path: Path, db: sqlite3.Connection, tokens: Callable[[str], list[str]]) -> dict[str, list[str]]:
    """The folds of this generation's store, from its cache while the store is unchanged (index/gencache.py)."""
    return cached(gen_path / FILE_NAME, store_stamp(db), lambda: compute(db, tokens))
