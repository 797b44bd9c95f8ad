"""Small JSON caches kept beside a generation's side store, valid while the store is unchanged.

A cache file holds a stamp (the store's article count and last rowid, plus whatever else the value depends on)
and the value. A stale, missing or unreadable file means the value is computed again and rewritten atomically;
writing is best effort, so a read-only index directory only costs the recomputation. Used by
index/surname_folds.py and index/actor_cache.py.
"""
from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any


def store_stamp(db: sqlite3.Connection, *extra: object) -> list[object]:
    """What makes a cached value stale: the store's article count and last rowid, and `extra`."""
    count, last = db.execute("SELECT COUNT(*), MAX(rowid) FROM articles").fetchone()
    return [count or 0, last or 0, *extra]


def cached(path: Path, stamp: list[object], compute: Callable[[], Any]) -> Any:  # noqa: ANN401 - any JSON value
    """The JSON value cached at `path` under `stamp`, else compute() written there under it."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("stamp") == stamp:
            return data["value"]
    except (OSError, ValueError, KeyError, AttributeError):
        pass
    value = compute()
    tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
    try:
        tmp.write_text(json.dumps({"stamp": stamp, "value": value}, separators=(",", ":")), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)
    return value
