"""The SQLite side store: list metadata, full cleaned articles, actors and quotes, for fast start-up and panes."""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

from .models import ActorSummary, Article, ArticleSummary, Extraction, Quote
from .packing import (
    KIND_CODES, PackedRow, kind_name, pack, roles_of, spellings_of, text_of, unpack_article, unpack_extraction,
)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, outlet TEXT, date TEXT, authors TEXT, length INTEGER,
    quotes INTEGER, actors INTEGER, bias TEXT, topic TEXT, hash TEXT, root TEXT, path TEXT,
    article BLOB, mentions BLOB
);
CREATE TABLE IF NOT EXISTS actor_rows (
    doc INTEGER, seq INTEGER, name TEXT, kind TEXT, mentions INTEGER, roles TEXT, spellings TEXT,
    PRIMARY KEY (doc, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS quote_rows (
    doc INTEGER, seq INTEGER, speaker TEXT, text TEXT, cue TEXT, kind TEXT, start INTEGER, "end" INTEGER, reason TEXT,
    PRIMARY KEY (doc, seq)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS roots (path TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
"""
# actor_rows and quote_rows are keyed by the article's rowid (`doc`) and clustered by it (WITHOUT ROWID):
# one article's rows are one range read, with no separate index and no repeated text id (the 55 MB of
# indexes and ~25 MB of ids on the full corpus). Encodings of the blobs: index/packing.py.
_ARTICLE_COLUMNS = "id, title, outlet, date, authors, bias, topic, path"


ListRow = tuple[str, str, str, "str | None", int, int]
"""One article list row: id, title, outlet, date, words, quotes."""


class SideStore:
    """One SQLite file beside the Whoosh index; every write is one transaction."""

    def __init__(self, path: Path, *, readonly: bool = False) -> None:
        self.path = path
        uri = f"file:{path}?mode=ro" if readonly else f"file:{path}"
        self.db = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=30)
        self._zdict: bytes | None = None
        if not readonly:
            # 16 KB pages hold several ~3 KB article rows each; at 4 KB most of a page's tail was wasted (10%)
            self.db.execute("PRAGMA page_size=16384")  # takes effect only when the file is new
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.executescript(_SCHEMA)

    def close(self) -> None:
        self.db.close()

    @property
    def zdict(self) -> bytes:
        """The preset dictionary of this store's article blobs (packing.make_zdict; b"" when none)."""
        if self._zdict is None:
            row = self.db.execute("SELECT value FROM meta WHERE key = 'zdict'").fetchone()
            self._zdict = bytes(row[0]) if row and row[0] else b""
        return self._zdict

    def set_zdict(self, zdict: bytes) -> None:
        """Set the blob dictionary of an empty store (inside the caller's transaction)."""
        self.db.execute("INSERT OR REPLACE INTO meta VALUES ('zdict', ?)", (zdict,))
        self._zdict = zdict

    # --- writing -------------------------------------------------------------------------------
    def put(self, article: Article, extraction: Extraction, root: str, raw_hash: str) -> None:
        """Insert or replace one article with its extraction (inside the caller's transaction)."""
        self.put_packed(pack(article, extraction, raw_hash, self.zdict), root)

    def put_packed(self, row: PackedRow, root: str) -> None:
        """Insert or replace one article packed by a worker (index/packing.py)."""
        self.delete(row.id)
        cur = self.db.execute(
            "INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (row.id, row.title, row.outlet, row.date, row.authors, row.length, len(row.quotes), len(row.actors),
             row.bias, row.topic, row.hash, root, row.path, row.article, row.mentions),
        )
        doc = cur.lastrowid
        self.db.executemany("INSERT INTO actor_rows VALUES (?,?,?,?,?,?,?)", [(doc, *a) for a in row.actors])
        self.db.executemany("INSERT INTO quote_rows VALUES (?,?,?,?,?,?,?,?,?)", [(doc, *q) for q in row.quotes])

    def delete(self, article_id: str) -> None:
        found = self.db.execute("SELECT rowid FROM articles WHERE id = ?", (article_id,)).fetchone()
        if found is None:
            return
        for table in ("actor_rows", "quote_rows"):
            self.db.execute(f"DELETE FROM {table} WHERE doc = ?", found)
        self.db.execute("DELETE FROM articles WHERE rowid = ?", found)

    def commit(self) -> None:
        self.db.commit()

    def add_roots(self, roots: Iterable[str]) -> None:
        self.db.executemany("INSERT OR IGNORE INTO roots VALUES (?)", [(r,) for r in roots])

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?,?)", (key, value))

    # --- reading -------------------------------------------------------------------------------
    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def roots(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT path FROM roots ORDER BY path")]

    def hashes(self) -> dict[str, tuple[str, str]]:
        """id -> (raw hash, root) for every stored article, to decide what re-indexing must touch."""
        return {r[0]: (r[1], r[2]) for r in self.db.execute("SELECT id, hash, root FROM articles")}

    def count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    @staticmethod
    def _order(sort: str, descending: bool | None) -> str:
        """The ORDER BY clause of the article list: date (newest first), outlet or title, then id."""
        order = {"date": "date", "outlet": "outlet COLLATE NOCASE", "title": "title COLLATE NOCASE"}.get(sort)
        if order is None:
            raise ValueError(f"unknown sort '{sort}' (use date, outlet or title)")
        desc = (sort == "date") if descending is None else descending
        return f"ORDER BY {order} {'DESC' if desc else 'ASC'}, id"

    def summaries(self, sort: str = "date", descending: bool | None = None) -> list[ArticleSummary]:
        """Article list rows, sorted by date (newest first), outlet or title."""
        sql = ("SELECT id, title, outlet, date, authors, length, quotes, actors, bias, topic FROM articles "
               + self._order(sort, descending))
        return [
            ArticleSummary(id=r[0], title=r[1], outlet=r[2] or "", date=r[3], authors=json.loads(r[4] or "[]"),
                           length=r[5] or 0, quotes=r[6] or 0, actors=r[7] or 0, bias=r[8] or "", topic=r[9] or "")
            for r in self.db.execute(sql)
        ]

    def list_rows(self, sort: str = "date", descending: bool | None = None) -> list[ListRow]:
        """(id, title, outlet, date, words, quotes) per article in list order: one query, plain tuples,
        so a large corpus's list loads fast (the app renders only the rows in view)."""
        sql = ("SELECT id, title, COALESCE(outlet, ''), date, COALESCE(length, 0), COALESCE(quotes, 0) FROM articles "
               + self._order(sort, descending))
        return self.db.execute(sql).fetchall()

    def article(self, article_id: str) -> Article | None:
        row = self.db.execute(f"SELECT {_ARTICLE_COLUMNS}, article FROM articles WHERE id = ?", (article_id,)).fetchone()
        return unpack_article(row[:-1], row[-1], self.zdict) if row else None

    def extraction(self, article_id: str) -> Extraction | None:
        row = self.db.execute("SELECT rowid, article, mentions FROM articles WHERE id = ?", (article_id,)).fetchone()
        if not row:
            return None
        doc, blob, mentions = row
        actors = self.db.execute(
            "SELECT name, kind, roles, spellings FROM actor_rows WHERE doc = ? ORDER BY seq", (doc,)).fetchall()
        quotes = self.db.execute(
            'SELECT speaker, text, cue, kind, start, "end", reason FROM quote_rows WHERE doc = ? ORDER BY seq', (doc,)
        ).fetchall()
        text = text_of(blob, zdict=self.zdict) if actors else ""
        return unpack_extraction(article_id, text, actors, mentions or b"", quotes)

    def blob(self, article_id: str) -> bytes | None:
        """The packed article (index/packing.py), or None."""
        row = self.db.execute("SELECT article FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def body_text(self, article_id: str) -> str | None:
        """The cleaned text (Article.text) without building the Article: half the cost, for snippets."""
        row = self.db.execute("SELECT article FROM articles WHERE id = ?", (article_id,)).fetchone()
        return text_of(row[0], zdict=self.zdict) if row else None

    def actor_summaries(self, article_id: str | None = None, kind: str | None = None) -> list[ActorSummary]:
        """Actors with mention and article counts, for one article or the whole corpus, most mentioned first."""
        where, args = [], []
        if article_id is not None:
            where.append("doc = (SELECT rowid FROM articles WHERE id = ?)")
            args.append(article_id)
        if kind is not None:
            where.append("kind = ?")
            args.append(KIND_CODES.get(kind, kind))
        clause = ("WHERE " + " AND ".join(where)) if where else ""
        # Grouped in SQLite: one Python row per actor, and roles/spellings JSON decoded once per distinct
        # value (corpus-wide, the per-row loop took 0.36 s CPU on 2,000 articles).
        rows = self.db.execute(
            "SELECT name, kind, SUM(mentions), COUNT(*), group_concat(id, char(31)), "
            "json_group_array(DISTINCT roles), json_group_array(DISTINCT spellings) "
            f"FROM (SELECT actor_rows.*, articles.id FROM actor_rows JOIN articles ON articles.rowid = doc {clause} "
            "ORDER BY doc, seq) GROUP BY name, kind", args
        ).fetchall()
        def union(group_json: str, name: str | None = None) -> list[str]:
            if group_json == '[""]':  # the common case: no roles, or the name as the only spelling
                return [name] if name is not None else []
            out: dict[str, None] = {}
            for value in json.loads(group_json):
                out.update(dict.fromkeys(spellings_of(value, name) if name is not None else roles_of(value)))
            return list(out)

        merged = [
            ActorSummary(name, kind_name(kind_), union(roles), union(spellings, name), mentions, count,
                         ids.split("\x1f") if ids else [])
            for name, kind_, mentions, count, ids, roles, spellings in rows
        ]
        return sorted(merged, key=lambda s: (-s.mentions, s.name))

    def quotes(self, article_id: str | None = None) -> Iterator[Quote]:
        sql = ('SELECT a.id, q.text, q.speaker, q.cue, q.kind, q.start, q."end", q.reason '
               "FROM quote_rows q JOIN articles a ON a.rowid = q.doc")
        args: tuple = ()
        if article_id is not None:
            sql += " WHERE a.id = ?"
            args = (article_id,)
        for r in self.db.execute(sql + " ORDER BY a.id, q.start", args):
            yield Quote(article_id=r[0], text=r[1], speaker=r[2], cue=r[3], kind=r[4], start=r[5], end=r[6], reason=r[7])
