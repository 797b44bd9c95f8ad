"""Run queries against one long-lived Whoosh searcher and turn hits into results with highlighted snippets."""
from __future__ import annotations

import re
import threading
from collections.abc import Callable

from whoosh import highlight

from .models import Highlight, Hit, SearchResult
from .query import QueryBuilder

_OPEN, _CLOSE = "\x01", "\x02"  # cleaning strips control characters, so these never occur in article text
HIGHLIGHT_CHAR_LIMIT = 40_000
# Highlighting runs the stemming analyzer over the text it is given; only a window this long, starting
# shortly before the first likely match, is analysed (whole bodies cost 10-30 ms a hit).
HIGHLIGHT_WINDOW = 1_200
_WINDOW_LEAD = 200


class _MarkFormatter(highlight.Formatter):
    """Marks matched words with sentinels, so offsets can be computed without a markup language."""

    between = " … "

    def format_token(self, text, token, replace=False):  # noqa: ANN001, ANN201 - whoosh signature
        return f"{_OPEN}{highlight.get_text(text, token, replace)}{_CLOSE}"


def parse_marked(marked: str) -> tuple[str, list[Highlight]]:
    """Turn sentinel-marked text into (plain text, highlight offsets)."""
    out: list[str] = []
    spans: list[Highlight] = []
    pos = 0
    start = 0
    for ch in marked:
        if ch == _OPEN:
            start = pos
        elif ch == _CLOSE:
            spans.append(Highlight(start, pos))
        else:
            out.append(ch)
            pos += 1
    return "".join(out), spans


def lead_snippet(text: str, chars: int) -> str:
    """The opening of a text cut at a word boundary, for hits whose match is not in the body."""
    if len(text) <= chars:
        return text.replace("\n", " ")
    cut = text[:chars].rsplit(" ", 1)[0]
    return cut.replace("\n", " ") + " …"


def match_window(text: str, terms: set) -> str | None:  # noqa: ANN001 - whoosh terms are bytes or str
    """The stretch of `text` around the first word that may match one of the index `terms` (stems), for the
    highlighter to analyse instead of the whole text; None when no word looks like a match."""
    if len(text) <= HIGHLIGHT_WINDOW:
        return text
    stems = set()
    for term in terms:
        word = term.decode("utf-8", "replace") if isinstance(term, bytes) else str(term)
        stems.add(word[: max(3, len(word) - 1)])  # stems mostly differ from the word in the last letter or two
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(stems, key=len, reverse=True)) + ")",
                         re.IGNORECASE)
    m = pattern.search(text)
    if m is None:
        return None
    start = max(0, m.start() - _WINDOW_LEAD)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < m.start() else start
    return text[start:start + HIGHLIGHT_WINDOW]


class Searcher:
    """Holds one open Whoosh searcher, refreshed after writes, and answers queries with snippets."""

    def __init__(self, ix, builder: QueryBuilder, body_text: Callable[[str], str | None], snippet_chars: int = 240) -> None:  # noqa: ANN001
        self.ix = ix
        self.builder = builder
        self.body_text = body_text
        self.snippet_chars = snippet_chars
        self._searcher = ix.searcher()
        self._lock = threading.Lock()
        self._highlighter = highlight.Highlighter(
            fragmenter=highlight.ContextFragmenter(maxchars=snippet_chars, surround=max(30, snippet_chars // 3)),
            formatter=_MarkFormatter(),
            scorer=highlight.BasicFragmentScorer(),
        )
        self._highlighter.fragmenter.charlimit = HIGHLIGHT_CHAR_LIMIT

    def refresh(self) -> None:
        with self._lock:
            self._searcher = self._searcher.refresh()

    def close(self) -> None:
        self._searcher.close()

    def search(self, text: str, limit: int = 20, snippets: bool = True) -> SearchResult:
        """Ranked hits for a query in the user's language (raises QueryError for a bad one)."""
        query = self.builder.build(text)
        with self._lock:
            results = self._searcher.search(query, limit=limit, terms=True, optimize=False)
            hits: list[Hit] = []
            for r in results:
                snippet, spans = ("", [])
                if snippets:
                    snippet, spans = self._snippet(r)
                date = r.get("date")
                hits.append(Hit(
                    id=r["id"], title=r.get("title", ""), outlet=r.get("outlet", ""),
                    date=date.date().isoformat() if date else None, score=round(float(r.score), 4),
                    snippet=snippet, highlights=spans,
                ))
            return SearchResult(query=text, total=len(results), hits=hits)

    def _snippet(self, hit) -> tuple[str, list[Highlight]]:  # noqa: ANN001 - whoosh Hit
        text = self.body_text(hit["id"]) or ""
        if not text:
            return "", []
        marked = ""
        if hit.results.has_matched_terms():
            terms = {t for f, t in hit.matched_terms() if f == "body"}
            if terms:
                window = match_window(text, terms)
                if window is not None:
                    marked = self._highlighter.highlight_hit(hit, "body", text=window, top=2, minscore=1)
                if not marked and (window is None or len(window) < len(text)):
                    marked = self._highlighter.highlight_hit(hit, "body", text=text, top=2, minscore=1)
        if not marked:
            return lead_snippet(text, self.snippet_chars), []
        return parse_marked(marked.replace("\n", " "))
