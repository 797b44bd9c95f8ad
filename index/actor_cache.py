"""The corpus-wide actor list (index/actor_fold.py), cached in the generation so `parallax actors` and the
reader's corpus toggle do not fold ~800,000 actor rows again on every call (~5 s on the full corpus).

The cache (`corpus_actors.json`) is stamped with the side store's article count and last rowid and with the
name aliases it was folded under: any index run that changes the store, or a config change to the aliases,
makes the next call fold again. Writing is best effort (a read-only index only costs the recomputation).
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from .aliases import Aliases
from .models import ActorSummary

FILE_NAME = "corpus_actors.json"


def _stamp(db: sqlite3.Connection, aliases: Aliases) -> list[object]:
    count, last = db.execute("SELECT COUNT(*), MAX(rowid) FROM articles").fetchone()
    groups = json.dumps(sorted((k, sorted(v)) for k, v in aliases.groups.items()))
    return [count or 0, last or 0, hashlib.sha256(groups.encode()).hexdigest()[:16]]


def load(gen_path: Path, db: sqlite3.Connection, aliases: Aliases,
         fold: Callable[[], list[ActorSummary]]) -> list[ActorSummary]:
    """Every corpus actor, most covered first: from the cache when its stamp matches, else folded and cached."""
    path = gen_path / FILE_NAME
    stamp = _stamp(db, aliases)
    try:
        cached = json.loads(path.read_text(encoding="utf-8"))
        if cached.get("stamp") == stamp:
            return [ActorSummary(*row) for row in cached["actors"]]
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        pass
    actors = fold()
    rows = [[a.name, a.kind, a.roles, a.spellings, a.mentions, a.articles, a.article_ids] for a in actors]
    tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
    try:
        tmp.write_text(json.dumps({"stamp": stamp, "actors": rows}, separators=(",", ":")), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)
    return actors
