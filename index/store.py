"""The on-disk index: a Whoosh index plus the SQLite side store, in a generation directory swapped atomically.

Layout of the index directory:
    CURRENT        names the live generation ("gen-0003"); replaced atomically after a rebuild
    gen-NNNN/      whoosh/ (the Whoosh index) and store.db (the side store)
    write.lock     held (flock) by the one process writing; the kernel frees it if that process dies
"""
from __future__ import annotations

import errno
import fcntl
import os
import re
import shutil
import sqlite3
import time
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, Iterator, Protocol

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage

from .models import Article, Extraction
from .namekeys import name_keys
from .schema import SCHEMA_VERSION, build_schema, name_analyzer
from .sidestore import SideStore


class IndexError_(RuntimeError):
    """The index is missing, corrupt, busy or unwritable; the message says what to do."""


class IndexBusy(IndexError_):
    """Another process is writing the index."""


class SearchBackend(Protocol):
    """What a search backend offers; Whoosh is the embedded one, the door stays open for others."""

    def add(self, doc: dict[str, Any]) -> None: ...
    def delete(self, article_id: str) -> None: ...


_GEN_NAME = re.compile(r"^gen-\d{4,}$")
_SQLITE_MAGIC = b"SQLite format 3\x00"
REBUILD_HINT = "run `parallax index --rebuild` to rebuild it"


def _friendly_os_error(exc: OSError, path: Path) -> IndexError_:
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return IndexError_(f"{path}: index location is not writable ({exc.strerror}); "
                           "choose another with --index-dir or PARALLAX_INDEX_DIR")
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return IndexError_(f"{path}: no space left for the index ({exc.strerror}); the previous index is unchanged; "
                           "free some space or use --index-dir elsewhere")
    if exc.errno in (errno.ENOTDIR, errno.EEXIST):
        return IndexError_(f"{path}: cannot be an index directory (a file is in the way: {_file_in_the_way(path)}); "
                           "choose another with --index-dir or PARALLAX_INDEX_DIR")
    return IndexError_(f"{path}: {exc.strerror or exc}")


def _file_in_the_way(path: Path) -> Path:
    """The path itself or the nearest parent that exists but is not a directory."""
    for candidate in (path, *path.parents):
        if candidate.exists() or candidate.is_symlink():
            return candidate if not candidate.is_dir() else path
    return path


def _friendly_sqlite_error(exc: sqlite3.Error, path: Path) -> IndexError_:
    text = str(exc).lower()
    if "full" in text:
        return _friendly_os_error(OSError(errno.ENOSPC, "database or disk is full"), path)
    if "readonly" in text or "read-only" in text:
        return _friendly_os_error(OSError(errno.EROFS, "read-only database"), path)
    return IndexError_(f"{path}: the index's side store failed ({exc}); {REBUILD_HINT}")


class IndexLock:
    """An exclusive writer lock (flock) on the index directory; a dead holder's lock is freed by the kernel."""

    def __init__(self, index_dir: Path) -> None:
        self.path = index_dir / "write.lock"
        self._fh: Any = None

    def acquire(self, wait: float = 0.0) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._fh = open(self.path, "a+")
        except OSError as exc:
            raise _friendly_os_error(exc, self.path.parent) from exc
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(self._fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    self._fh.seek(0)
                    holder = self._fh.read().strip() or "another process"
                    self._fh.close()
                    self._fh = None
                    raise IndexBusy(
                        f"{self.path.parent}: an index run is in progress (pid {holder}); wait for it to finish and try again"
                    ) from None
                time.sleep(0.2)
        self._fh.seek(0)
        self._fh.truncate()
        self._fh.write(str(os.getpid()))
        self._fh.flush()

    def release(self) -> None:
        if self._fh is not None:
            fcntl.flock(self._fh, fcntl.LOCK_UN)
            self._fh.close()
            self._fh = None


_NAME_ANALYZER: Any = None


def whoosh_doc(article: Article, extraction: Extraction) -> dict[str, Any]:
    """The searchable fields of one article."""
    global _NAME_ANALYZER
    if _NAME_ANALYZER is None:
        _NAME_ANALYZER = name_analyzer()
    actors = [n for a in extraction.actors for n in dict.fromkeys([a.name, *a.spellings])]
    speakers = list(dict.fromkeys(q.speaker for q in extraction.quotes if q.speaker))
    doc: dict[str, Any] = {
        "id": article.id,
        "title": article.title,
        "body": article.body_text,
        "outlet": article.outlet,
        "authors": " ; ".join(article.authors),
        "topic": article.topic,
        "bias": article.bias,
        "actor": " ; ".join(actors),
        "speaker": " ; ".join(speakers),
        "actor_name": name_keys(_NAME_ANALYZER, actors),
        "speaker_name": name_keys(_NAME_ANALYZER, speakers),
        "quote": "\n".join(q.text for q in extraction.quotes),
    }
    if article.date:
        parts = [int(p) for p in article.date.split("-")]
        doc["date"] = datetime(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    return doc


class Generation:
    """One generation directory: its Whoosh index and side store."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.whoosh_dir = path / "whoosh"
        self.store_path = path / "store.db"

    def create(self) -> None:
        self.whoosh_dir.mkdir(parents=True, exist_ok=True)
        FileStorage(str(self.whoosh_dir)).create_index(build_schema())
        store = SideStore(self.store_path)
        store.set_meta("schema_version", SCHEMA_VERSION)
        store.commit()
        store.close()

    def exists(self) -> bool:
        """Both parts are present (a cheap check: the side store starts like an SQLite file, Whoosh has a TOC)."""
        try:
            with open(self.store_path, "rb") as fh:
                if fh.read(16) != _SQLITE_MAGIC:
                    return False
        except OSError:
            return False
        return whoosh_index.exists_in(str(self.whoosh_dir))

    def version(self) -> str | None:
        """The index format this generation was written in (schema.SCHEMA_VERSION), None if unreadable."""
        try:
            db = sqlite3.connect(f"file:{self.store_path}?mode=ro", uri=True)
            try:
                row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            finally:
                db.close()
        except sqlite3.Error:
            return None
        return row[0] if row else None

    def roots(self) -> list[str]:
        """The source paths this generation indexes, whatever its format ([] if unreadable)."""
        try:
            db = sqlite3.connect(f"file:{self.store_path}?mode=ro", uri=True)
            try:
                return [r[0] for r in db.execute("SELECT path FROM roots ORDER BY path")]
            finally:
                db.close()
        except sqlite3.Error:
            return []

    def healthy(self) -> bool:
        """A deeper check before writing into this generation: both parts open and can be read."""
        if not self.exists():
            return False
        try:
            ix = FileStorage(str(self.whoosh_dir), supports_mmap=False).open_index()
            try:
                ix.reader().close()
            finally:
                ix.close()
            db = sqlite3.connect(f"file:{self.store_path}?mode=ro", uri=True)
            try:
                db.execute("SELECT count(*) FROM articles").fetchone()
            finally:
                db.close()
        except Exception:  # noqa: BLE001 - whoosh and sqlite raise many kinds on damaged files
            return False
        return True


class IndexDir:
    """The index directory: finds the live generation, opens readers, and makes writers and rebuilds safe."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.current_file = path / "CURRENT"

    def _current_name(self) -> str | None:
        """What CURRENT says (None if there is no CURRENT file)."""
        try:
            return self.current_file.read_text(encoding="utf-8", errors="replace").strip()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise _friendly_os_error(exc, self.path) from exc

    def current(self) -> Generation | None:
        name = self._current_name()
        return Generation(self.path / name) if name and _GEN_NAME.match(name) else None

    def exists(self) -> bool:
        gen = self.current()
        return gen is not None and gen.exists()

    def check(self) -> Generation:
        """The live generation, or a clear error saying how to build or rebuild it."""
        name = self._current_name()
        if name is None:
            if self.path.exists() and not self.path.is_dir():
                raise IndexError_(f"{self.path}: is a file, not an index directory; "
                                  "choose another with --index-dir or PARALLAX_INDEX_DIR")
            raise IndexError_(f"{self.path}: no index yet; run `parallax index` to build it")
        gen = self.current()
        if gen is None:
            raise IndexError_(f"{self.path}: index is damaged (its CURRENT file is garbled); {REBUILD_HINT}")
        if not gen.exists():
            raise IndexError_(f"{self.path}: index is damaged or half-deleted; {REBUILD_HINT}")
        version = gen.version()
        if version != SCHEMA_VERSION:
            raise IndexError_(f"{self.path}: index was made by another version of Parallax (format {version or 'unknown'}, "
                              f"this one reads format {SCHEMA_VERSION}); run `parallax index` to rebuild it")
        return gen

    def _next_generation(self) -> Generation:
        numbers = [int(p.name[4:]) for p in self.path.glob("gen-*") if p.name[4:].isdigit()]
        return Generation(self.path / f"gen-{max(numbers, default=0) + 1:04d}")

    def _publish(self, gen: Generation) -> None:
        tmp = self.path / "CURRENT.tmp"
        tmp.write_text(gen.path.name)
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, self.current_file)

    def _sweep(self, keep: Generation) -> None:
        for old in self.path.glob("gen-*"):
            if old != keep.path:
                shutil.rmtree(old, ignore_errors=True)

    @contextmanager
    def writing(self, rebuild: bool = False, wait: float = 0.0) -> Iterator[Generation]:
        """Hold the write lock and yield the generation to write; a rebuild (or a damaged index) writes a
        fresh generation that replaces the live one only once it is complete."""
        lock = IndexLock(self.path)
        lock.acquire(wait)
        try:
            live = self.current()
            fresh = rebuild or live is None or not live.healthy() or live.version() != SCHEMA_VERSION
            gen = self._next_generation() if fresh else live
            try:
                if fresh:
                    gen.create()
                yield gen
                if fresh:
                    self._publish(gen)
                    self._sweep(gen)
            except OSError as exc:
                if fresh:
                    shutil.rmtree(gen.path, ignore_errors=True)
                raise _friendly_os_error(exc, self.path) from exc
            except sqlite3.Error as exc:
                if fresh:
                    shutil.rmtree(gen.path, ignore_errors=True)
                raise _friendly_sqlite_error(exc, self.path) from exc
            except KeyboardInterrupt:
                # A first import interrupted by the user keeps what it committed, so the next run resumes;
                # an interrupted rebuild leaves the previous index live, as on any other failure.
                if fresh and live is None and gen.exists():
                    self._publish(gen)
                elif fresh:
                    shutil.rmtree(gen.path, ignore_errors=True)
                raise
            except BaseException:
                if fresh:
                    shutil.rmtree(gen.path, ignore_errors=True)
                raise
        finally:
            lock.release()


def open_whoosh(gen: Generation, mmap: bool = True):  # noqa: ANN201 - whoosh Index
    """Open the Whoosh index of a generation (memory mapping optional, measured in the benchmarks)."""
    try:
        ix = FileStorage(str(gen.whoosh_dir), supports_mmap=mmap).open_index()
    except Exception as exc:  # whoosh raises many kinds on damaged files
        raise IndexError_(f"{gen.whoosh_dir}: index is damaged ({type(exc).__name__}); {REBUILD_HINT}") from exc
    # A damaged segment only shows when a reader opens it (at the first search): say so there too.
    open_reader = ix.reader

    def reader(*args: Any, **kwargs: Any):  # noqa: ANN202 - whoosh IndexReader
        try:
            return open_reader(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001
            raise IndexError_(f"{gen.whoosh_dir}: index is damaged ({type(exc).__name__}); {REBUILD_HINT}") from exc

    ix.reader = reader
    return ix
