"""User state for the app: read marks, compare marks, where the user left off, search history and theme.

Kept in a small SQLite file in the user data directory (or $PARALLAX_STATE_DIR), deliberately outside the
index directory so that `parallax index --rebuild` never loses what the user has read or marked.
"""
from __future__ import annotations

import os
import sqlite3
import threading
import time
from pathlib import Path

STATE_FILE = "state.sqlite3"
MAX_MARKS = 2
MAX_HISTORY = 200

_SCHEMA = """
CREATE TABLE IF NOT EXISTS read (article_id TEXT PRIMARY KEY, at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS marks (article_id TEXT PRIMARY KEY, at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS history (query TEXT PRIMARY KEY, at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS kv (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


def state_dir() -> Path:
    """Where user state lives: $PARALLAX_STATE_DIR if set, else the platform user data directory."""
    env = os.environ.get("PARALLAX_STATE_DIR")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("parallax"))


class UserState:
    """Persistent per-user state; every write commits at once so a crash of the app never loses a mark."""

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory or state_dir()
        self.directory.mkdir(parents=True, exist_ok=True)
        self.path = self.directory / STATE_FILE
        self._lock = threading.Lock()
        self.db = sqlite3.connect(self.path, check_same_thread=False, timeout=10)
        # WAL with synchronous=NORMAL: a commit costs ~0.5 ms instead of ~20 ms of fsync on the event loop,
        # and survives the app crashing (only a power cut can lose the last marks).
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(_SCHEMA)
        self._clock = 0.0

    def _now(self) -> float:
        """A strictly increasing timestamp, so ordering by time is stable even within one clock tick."""
        self._clock = max(time.time(), self._clock + 1e-6)
        return self._clock

    def close(self) -> None:
        with self._lock:
            self.db.close()

    # --- read marks ----------------------------------------------------------------------------
    def read_ids(self) -> set[str]:
        with self._lock:
            return {r[0] for r in self.db.execute("SELECT article_id FROM read")}

    def is_read(self, article_id: str) -> bool:
        with self._lock:
            return self.db.execute("SELECT 1 FROM read WHERE article_id=?", (article_id,)).fetchone() is not None

    def set_read(self, article_id: str, read: bool = True) -> None:
        with self._lock, self.db:
            if read:
                self.db.execute("INSERT OR REPLACE INTO read VALUES (?, ?)", (article_id, self._now()))
            else:
                self.db.execute("DELETE FROM read WHERE article_id=?", (article_id,))

    # --- compare marks -------------------------------------------------------------------------
    def marks(self) -> list[str]:
        """Marked article ids, oldest first (at most MAX_MARKS)."""
        with self._lock:
            return [r[0] for r in self.db.execute("SELECT article_id FROM marks ORDER BY at")]

    def toggle_mark(self, article_id: str) -> tuple[bool, str | None]:
        """Mark or unmark; returns (now marked, id of an older mark dropped to stay within MAX_MARKS)."""
        marks = self.marks()
        with self._lock, self.db:
            if article_id in marks:
                self.db.execute("DELETE FROM marks WHERE article_id=?", (article_id,))
                return False, None
            dropped = None
            if len(marks) >= MAX_MARKS:
                dropped = marks[0]
                self.db.execute("DELETE FROM marks WHERE article_id=?", (dropped,))
            self.db.execute("INSERT INTO marks VALUES (?, ?)", (article_id, self._now()))
            return True, dropped

    # --- search history ------------------------------------------------------------------------
    def history(self) -> list[str]:
        """Earlier searches, oldest first."""
        with self._lock:
            return [r[0] for r in self.db.execute("SELECT query FROM history ORDER BY at")]

    def add_history(self, query: str) -> None:
        query = query.strip()
        if not query:
            return
        with self._lock, self.db:
            self.db.execute("INSERT OR REPLACE INTO history VALUES (?, ?)", (query, self._now()))
            self.db.execute(
                "DELETE FROM history WHERE query NOT IN (SELECT query FROM history ORDER BY at DESC LIMIT ?)",
                (MAX_HISTORY,),
            )

    # --- small settings ------------------------------------------------------------------------
    def get(self, key: str, default: str | None = None) -> str | None:
        with self._lock:
            row = self.db.execute("SELECT value FROM kv WHERE key=?", (key,)).fetchone()
        return row[0] if row else default

    def set(self, key: str, value: str | None) -> None:
        with self._lock, self.db:
            if value is None:
                self.db.execute("DELETE FROM kv WHERE key=?", (key,))
            else:
                self.db.execute("INSERT OR REPLACE INTO kv VALUES (?, ?)", (key, value))
