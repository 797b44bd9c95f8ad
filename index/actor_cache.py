"""The corpus-wide actor list (index/actor_fold.py), cached in the generation so `parallax actors` and the
reader's corpus toggle do not fold ~800,000 actor rows again on every call (~5 s on the full corpus).

The cache (`corpus_actors.json`) is stamped with the side store's article count and last rowid and with the
name aliases it was folded under: any index run that changes the store, or a config change to the aliases,
makes the next call fold again (index/gencache.py).
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

from .aliases import Aliases
from .gencache import cached, store_stamp
from .models import ActorSummary

FILE_NAME = "corpus_actors.json"


def load(gen_path: Path, db: sqlite3.Connection, aliases: Aliases,
         fold: Callable[[], list[ActorSummary]]) -> list[ActorSummary]:
    """Every corpus actor, most covered first: from the cache while the store and aliases are unchanged."""
    groups = json.dumps(sorted((k, sorted(v)) for k, v in aliases.groups.items()))
    stamp = store_stamp(db, hashlib.sha256(groups.encode()).hexdigest()[:16])
    rows = cached(gen_path / FILE_NAME, stamp, lambda: [
        [a.name, a.kind, a.roles, a.spellings, a.mentions, a.articles, a.article_ids] for a in fold()])
    return [ActorSummary(*row) for row in rows]
