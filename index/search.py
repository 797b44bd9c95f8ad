"""Run queries against one long-lived Whoosh searcher and turn hits into results with highlighted snippets.

Measured on the full corpus (37,554 articles; see benchmarks/run.py and the README's Performance section):
- no `terms=True`: tracking which terms matched each document made prefix and date queries 2-4 times slower;
  the words to highlight come from the query instead (query.field_terms), confirmed in the text itself;
- date ranges ANDed with words run as a filter (query.split_filter), 3-5 times faster, same ranking;
- the total is counted with set algebra over posting lists (hitcount.py): Whoosh's top-N collector drops
  sub-queries that can no longer reach the top N, so its own count was low (1,356 for `senate`, of 14,407);
- `optimize=True` (block-quality skipping) gave the same top 20 and no measurable gain, so it stays off;
- BM25F reads each segment's field lengths once (fastscore.py): the same scores, ranking 15-40% faster;
- snippets (snippets.py) fold accents only as far as the first match and cut fragments over plain spans.
"""
from __future__ import annotations

import threading
from collections.abc import Callable

from whoosh import collectors

from .broad_terms import score_commonest
from .fastscore import CachedLengthBM25F
from .hitcount import count_matches, docset
from .models import Hit, SearchResult
from .query import QueryBuilder, field_terms, split_filter
from .snippets import Snippeter

SNIPPET_FIELD = "body"


class SearchCancelled(Exception):
    """A search given up because the user typed a newer one (raised by Searcher.search)."""


class _CancellableCollector(collectors.WrappingCollector):
    """Stops collecting as soon as `cancelled` is set: a stale search must not hold the searcher (and so
    the user's next search) for the seconds a very broad query can take."""

    def __init__(self, child, cancelled: threading.Event) -> None:  # noqa: ANN001 - whoosh Collector
        self.child = child
        self.cancelled = cancelled

    def collect_matches(self) -> None:
        child, cancelled = self.child, self.cancelled
        for sub_docnum in child.matches():
            if cancelled.is_set():
                raise SearchCancelled
            child.collect(sub_docnum)


class Searcher:
    """Holds one open Whoosh searcher, refreshed after writes, and answers queries with snippets."""

    def __init__(self, ix, builder: QueryBuilder, body_text: Callable[[str], str | None], snippet_chars: int = 240) -> None:  # noqa: ANN001
        self.ix = ix
        self.builder = builder
        self.body_text = body_text
        self.snippet_chars = snippet_chars
        self._searcher = ix.searcher(weighting=CachedLengthBM25F())  # same scores, lengths read once a segment
        self._lock = threading.Lock()
        self._snippeter = Snippeter(ix.schema[SNIPPET_FIELD].analyzer, snippet_chars)

    def refresh(self) -> None:
        with self._lock:
            self._searcher = self._searcher.refresh()

    def close(self) -> None:
        self._searcher.close()

    def search(self, text: str, limit: int = 20, snippets: bool = True, count: bool = True,
               cancelled: threading.Event | None = None) -> SearchResult:
        """Ranked hits for a query in the user's language (raises QueryError for a bad one). With
        count=False the total is left as None: counting a phrase exactly can cost more than the hits
        themselves, so the app paints the hits first and asks `count` afterwards. Setting `cancelled`
        makes a running search raise SearchCancelled promptly."""
        query = self.builder.build(text)
        scored, date_filter, constant = split_filter(query)
        with self._lock:
            searcher = self._searcher
            allow = docset(searcher, date_filter) if date_filter is not None else None
            collector = collectors.TopCollector(limit=limit, usequality=False)
            if allow is not None:
                collector = collectors.FilterCollector(collector, allow=allow)
            if cancelled is not None:
                if cancelled.is_set():
                    raise SearchCancelled
                collector = _CancellableCollector(collector, cancelled)
            # needs_current: Whoosh otherwise scores prefix expansions in segments under 5,000 articles as a
            # constant 1.0, so a prefix query's ranking would depend on how the index happens to be segmented.
            ranked = score_commonest(scored, searcher)  # a prefix of thousands of words: rank by the commonest
            searcher.search_with_collector(ranked, collector, searcher.context(needs_current=True))
            results = collector.results()
            total = count_matches(searcher, scored, allow) if count else None
            terms = field_terms(scored, SNIPPET_FIELD) if snippets else None
            hits: list[Hit] = []
            for r in results:
                snippet, spans = ("", [])
                if terms is not None:
                    snippet, spans = self._snippeter.snippet(self.body_text(r["id"]) or "", terms)
                date = r.get("date")
                hits.append(Hit(
                    id=r["id"], title=r.get("title", ""), outlet=r.get("outlet", ""),
                    date=date.date().isoformat() if date else None, score=round(float(r.score) + constant, 4),
                    snippet=snippet, highlights=spans,
                ))
            return SearchResult(query=text, total=total, hits=hits)

    def count(self, text: str) -> int:
        """How many articles a query matches, exactly (raises QueryError for a bad one)."""
        scored, date_filter, _ = split_filter(self.builder.build(text))
        with self._lock:
            searcher = self._searcher
            allow = docset(searcher, date_filter) if date_filter is not None else None
            return count_matches(searcher, scored, allow)
