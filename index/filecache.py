"""Skip unchanged source files on a re-run: each file's size and mtime, recorded when a run completes.

`parallax index` with no arguments re-reads every registered source; without this, a no-change run over the
full corpus decompressed, parsed and hashed all 37,554 articles again. A file whose size and mtime (ns) match
what the last completed run recorded is not opened: its articles count as unchanged and its earlier skips
are reported again. The record is void when anything that changes what is read changes: the index format,
the pipeline version, the JSON Lines field mapping, or any metadata sidecar (sidecars apply across files).
A file where an article failed in extraction is not recorded, so it is retried on every run, as before.
"""
from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .models import RawArticle, Skip

_SCHEMA = """CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER, records INTEGER, skips TEXT)"""


@dataclass
class UnchangedFile:
    """A source file skipped unread: the ids it holds (per the side store) and the skips it gave last time."""

    path: str
    ids: list[str]
    skips: list[Skip] = field(default_factory=list)


def _stat(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def _file_of(source_path: str, files: set[str]) -> str:
    """The file an article's source path names ("file.jsonl:12" -> "file.jsonl")."""
    if source_path in files:
        return source_path
    head, _, tail = source_path.rpartition(":")
    return head if head and tail.isdigit() else source_path


class FileCache:
    """What the last completed run read, per file, in the side store's `files` table."""

    def __init__(self, db: sqlite3.Connection, fingerprint: str) -> None:
        """The record in `db`, void unless it was made under the same `fingerprint` (see fingerprint())."""
        self.db = db
        db.execute(_SCHEMA)
        self.fingerprint = fingerprint
        row = db.execute("SELECT value FROM meta WHERE key = 'files_fingerprint'").fetchone()
        valid = row is not None and row[0] == fingerprint
        self.rows = {r[0]: r[1:] for r in db.execute("SELECT * FROM files")} if valid else {}
        self._new: dict[str, tuple[int, int, int, str]] = {}
        self._void: set[str] = set()
        self._ids: dict[str, list[str]] | None = None

    def unchanged(self, path: Path) -> tuple[int, int, int, str] | None:
        """The record (size, mtime, records, skips) of `path` when it still holds, else None. It holds when
        the file's size and mtime match and the side store still has every article the file gave."""
        row = self.rows.get(str(path))
        if row is None or _stat(path) != (row[0], row[1]):
            return None
        return row if len(self.ids_of(str(path))) + len(json.loads(row[3])) == row[2] else None

    def ids_of(self, path: str) -> list[str]:
        if self._ids is None:
            self._ids = {}
            files = set(self.rows)
            for aid, source in self.db.execute("SELECT id, path FROM articles"):
                self._ids.setdefault(_file_of(source or "", files), []).append(aid)
        return self._ids.get(path, [])

    def note(self, path: Path, stat: tuple[int, int], records: int, skips: list[Skip]) -> None:
        """Remember a file read whole in this run (saved only if the run completes)."""
        data = json.dumps([[s.source, s.reason, s.line] for s in skips], ensure_ascii=False)
        self._new[str(path)] = (stat[0], stat[1], records, data)

    def void(self, source_path: str) -> None:
        """An article of this file failed after reading: read the file again next time."""
        self._void.add(_file_of(source_path, set(self._new) | set(self.rows)))

    def save(self) -> None:
        """Record the files of a completed run (inside the caller's transaction)."""
        if not self.rows:  # the old record was void (or empty): start it again
            self.db.execute("DELETE FROM files")
        rows = [(p, *r) for p, r in self._new.items() if p not in self._void]
        self.db.executemany("INSERT OR REPLACE INTO files VALUES (?,?,?,?,?)", rows)
        self.db.executemany("DELETE FROM files WHERE path = ?", [(p,) for p in self._void])
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('files_fingerprint', ?)", (self.fingerprint,))


def fingerprint(schema_version: str, pipeline_version: str, fields: dict[str, str], sidecars: list[Path]) -> str:
    """What, besides a file itself, decides what reading it gives."""
    return json.dumps([schema_version, pipeline_version, sorted(fields.items()),
                       [(str(p), _stat(p)) for p in sidecars]])


def iter_raw_cached(found: tuple[list[Path], list[Path], list[Skip]], fields: dict[str, str],
                    cache: FileCache | None) -> Iterator[RawArticle | Skip | UnchangedFile]:
    """ingest.iter_raw over `found` (ingest.discover's answer), but files the cache vouches for are not read:
    an UnchangedFile stands for each."""
    from .ingest import _read_file_safely, read_sidecars

    files, sidecars, skips = found
    yield from skips
    sidecar_meta, sidecar_skips = read_sidecars(sidecars)
    yield from sidecar_skips
    seen: dict[str, str] = {}
    for path in files:
        record = cache.unchanged(path) if cache is not None else None
        if record is not None and cache is not None:
            ids = [i for i in cache.ids_of(str(path)) if i not in seen]
            seen.update(dict.fromkeys(ids, str(path)))
            yield UnchangedFile(str(path), ids, [Skip(s, r, n) for s, r, n in json.loads(record[3])])
            continue
        stat = _stat(path)
        records, file_skips = 0, []
        for item in _read_file_safely(path, fields):
            records += 1
            if isinstance(item, RawArticle):
                if item.id in seen:
                    tail = item.source_path.rpartition(":")[2]
                    item = Skip(str(path), f"duplicate id '{item.id}' (first seen in {seen[item.id]}); skipped",
                                int(tail) if tail.isdigit() else None)
                else:
                    seen[item.id] = item.source_path
                    if item.id in sidecar_meta:
                        item.metadata = {**item.metadata, **sidecar_meta[item.id]}
            if isinstance(item, Skip):
                file_skips.append(item)
            yield item
        if cache is not None and stat is not None and stat == _stat(path):  # not changed while read
            cache.note(path, stat, records, file_skips)
