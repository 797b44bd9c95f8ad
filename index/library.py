"""The facade both front ends use: open a corpus, index it, list, show, search, actors, quotes, compare."""
from __future__ import annotations

import os
import threading
from pathlib import Path

from .aliases import Aliases, fold_key
from .config import Config, load_config
from .indexer import Indexer, Progress
from .models import ActorSummary, Article, ArticleSummary, Extraction, IndexReport, Quote, SearchResult
from . import surname_folds
from .query import QueryBuilder
from .search import Searcher
from .sidestore import ListRow, SideStore
from .store import IndexDir, IndexError_, open_whoosh


class UnknownArticle(KeyError):
    """No article has that id."""

    def __str__(self) -> str:
        return f"no article with id '{self.args[0]}'; see `parallax list` for ids"


class Library:
    """One corpus and its index. Readers are opened lazily and kept open (one searcher for all queries)."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self.aliases = Aliases(config.aliases)
        self.index_dir = IndexDir(config.index_dir)
        self._store: SideStore | None = None
        self._searcher: Searcher | None = None
        self._ix = None

    @classmethod
    def open(cls, config_path: str | os.PathLike[str] | None = None,
             index_dir: str | os.PathLike[str] | None = None) -> "Library":
        return cls(load_config(config_path, index_dir))

    # --- writing -------------------------------------------------------------------------------
    def index(self, paths: list[Path] | None = None, *, rebuild: bool = False, prune: bool = True,
              progress: Progress | None = None, wait: float = 0.0) -> IndexReport:
        """Bring the index up to date with `paths` (default: the configured corpus and every added path)."""
        if paths is None:
            paths = list(self.config.corpus_paths)
            if self.index_dir.exists():  # read without the format check: an old index is rebuilt from its roots
                paths += [Path(r) for r in self.index_dir.current().roots()]
            paths = list(dict.fromkeys(Path(os.path.abspath(p)) for p in paths))
        else:
            paths = [Path(os.path.abspath(p)) for p in paths]
        indexer = Indexer(self.index_dir, self.aliases, self.config.jsonl_fields, self.config.extra_rules, self.config.workers)
        report = indexer.run(paths, rebuild=rebuild, prune=prune, progress=progress, wait=wait)
        self.reopen()
        return report

    def add(self, paths: list[Path], progress: Progress | None = None) -> IndexReport:
        """Add or update articles from `paths`, removing nothing."""
        return self.index(paths, prune=False, progress=progress)

    def reopen(self) -> None:
        """Drop open readers so the next call sees what was just written."""
        self.close()

    def close(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None
        if self._ix is not None:
            self._ix.close()
            self._ix = None
        if self._store is not None:
            self._store.close()
            self._store = None

    # --- reading -------------------------------------------------------------------------------
    def exists(self) -> bool:
        return self.index_dir.exists()

    @property
    def store(self) -> SideStore:
        if self._store is None:
            gen = self.index_dir.check()
            try:
                self._store = SideStore(gen.store_path, readonly=True)
                self._store.count()
            except Exception as exc:
                self._store = None
                raise IndexError_(f"{gen.store_path}: side store is damaged ({exc}); run `parallax index --rebuild`") from exc
        return self._store

    @property
    def searcher(self) -> Searcher:
        if self._searcher is None:
            gen = self.index_dir.check()
            self._ix = open_whoosh(gen, mmap=False)  # measured: faster open, far less RSS (benchmarks)
            analyzer = self._ix.schema["actor"].analyzer
            store = self.store
            builder = QueryBuilder(self._ix.schema, self.aliases, surname_folds=lambda: surname_folds.load(
                gen.path, store.db, lambda name: [t.text for t in analyzer(name)]))
            self._searcher = Searcher(self._ix, builder, self.store.body_text, self.config.snippet_chars)
        return self._searcher

    def list_articles(self, sort: str = "date", descending: bool | None = None) -> list[ArticleSummary]:
        return self.store.summaries(sort, descending)

    def list_rows(self, sort: str = "date", descending: bool | None = None) -> list[ListRow]:
        """The article list as (id, title, outlet, date, words, quotes) tuples: the app's fast path."""
        return self.store.list_rows(sort, descending)

    def article(self, article_id: str) -> Article:
        article = self.store.article(article_id)
        if article is None:
            raise UnknownArticle(article_id)
        return article

    def extraction(self, article_id: str) -> Extraction:
        extraction = self.store.extraction(article_id)
        if extraction is None:
            raise UnknownArticle(article_id)
        return extraction

    def search(self, query: str, limit: int | None = None, snippets: bool = True, count: bool = True,
               cancelled: threading.Event | None = None) -> SearchResult:
        return self.searcher.search(query, limit or self.config.search_limit, snippets, count, cancelled)

    def count(self, query: str) -> int:
        """The exact number of articles a query matches (see Searcher.search for why it is separate)."""
        return self.searcher.count(query)

    def actors(self, article_id: str | None = None, kind: str | None = None) -> list[ActorSummary]:
        """One article's actors, or the corpus's with spellings, middle initials and unambiguous lone surnames
        folded into one actor ("Trump" in an article that never gives his first name is Donald Trump)."""
        if article_id is not None:
            self.article(article_id)
            return self.store.actor_summaries(article_id, kind)
        from . import actor_cache
        from .actor_fold import fold_summaries

        store = self.store
        actors = actor_cache.load(self.index_dir.check().path, store.db, self.aliases,
                                  lambda: fold_summaries(store.actor_summaries(None, None), self.aliases))
        return actors if kind is None else [a for a in actors if a.kind == kind]

    def compare(self, a: str, b: str):  # noqa: ANN201 - returns index.compare_models.Comparison
        """Compare two articles side by side (shared actors, voices, quotes, naming, words, passages)."""
        from .compare import compare_articles

        return compare_articles(self, a, b)

    def quotes(self, article_id: str | None = None, speaker: str | None = None) -> list[Quote]:
        if article_id is not None:
            self.article(article_id)
        quotes = list(self.store.quotes(article_id))
        if speaker:
            wanted = {fold_key(s) for s in self.aliases.spellings(speaker)} | {fold_key(speaker)}
            canonical = self.aliases.canonical(speaker)
            quotes = [
                q for q in quotes
                if q.speaker and (
                    fold_key(q.speaker) in wanted
                    or (canonical and q.speaker == canonical)
                    or any(w in fold_key(q.speaker).split() for w in fold_key(speaker).split())
                )
            ]
        return quotes
