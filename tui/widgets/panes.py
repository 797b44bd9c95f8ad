"""The reader's side panes: actors (name, kind, role, mentions) and quotes (speaker and quote).

Both are virtual tables (only the rows in view are drawn, so an article with 2,000 quotes loads at once) of
rich Text cells, so names and quotes from articles are never parsed as markup.
"""
from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text

from index.models import ActorSummary, ArticleActor, Quote

from .article_text import safe_line
from .virtual_table import Column, VirtualTable

QUOTE_CHARS = 160
NARROW = 44  # a pane narrower than this (the stacked panes at 80 columns) gets shorter name columns
KIND_LABELS = {"person": "person", "organisation": "org", "place": "place"}


@dataclass
class ActorRow:
    """What the actors pane lists, whether from one article or the whole corpus."""

    name: str
    kind: str
    role: str
    mentions: int
    articles: int | None = None


def actor_rows_from_article(actors: list[ArticleActor]) -> list[ActorRow]:
    rows = [ActorRow(a.name, a.kind, a.roles[0] if a.roles else "", len(a.mentions)) for a in actors]
    return sorted(rows, key=lambda r: (-r.mentions, r.name))


def actor_rows_from_corpus(actors: list[ActorSummary]) -> list[ActorRow]:
    rows = [ActorRow(a.name, a.kind, a.roles[0] if a.roles else "", a.mentions, a.articles) for a in actors]
    return sorted(rows, key=lambda r: (-r.mentions, r.name))


class ActorsTable(VirtualTable):
    """Actors with mention count, kind and role; highlighting a row selects it, Enter searches for it."""

    DEFAULT_CSS = "ActorsTable { height: 1fr; }"
    COLUMNS = [Column("Actor", 20), Column("#", 3, "right"), Column("Kind", 6), Column("Role", 0)]
    NARROW_COLUMNS = [Column("Actor", 16), Column("#", 3, "right"), Column("Kind", 6), Column("Role", 0)]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.actor_rows: list[ActorRow] = []
        self.corpus = False

    @property
    def row_count(self) -> int:
        return len(self.actor_rows)

    def columns_for(self, width: int) -> list[Column]:
        return self.NARROW_COLUMNS if width < NARROW else self.COLUMNS

    def row_cells(self, index: int) -> list[Text]:
        r = self.actor_rows[index]
        return [safe_line(r.name), Text(str(r.mentions)), Text(KIND_LABELS.get(r.kind, r.kind), style="dim"),
                safe_line(r.role)]

    def load(self, rows: list[ActorRow], corpus: bool) -> None:
        self.actor_rows, self.corpus = rows, corpus
        self.rows_changed()
        self.border_title = "Actors · corpus" if corpus else "Actors · this article"

    @property
    def current(self) -> ActorRow | None:
        if 0 <= self.cursor_row < len(self.actor_rows):
            return self.actor_rows[self.cursor_row]
        return None


class QuotesTable(VirtualTable):
    """Quotes in reading order with their speaker; highlighting one scrolls the reader to it."""

    DEFAULT_CSS = "QuotesTable { height: 1fr; }"
    COLUMNS = [Column("Speaker", 18), Column("Quote", 0)]
    NARROW_COLUMNS = [Column("Speaker", 14), Column("Quote", 0)]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.quotes: list[Quote] = []

    @property
    def row_count(self) -> int:
        return len(self.quotes)

    def columns_for(self, width: int) -> list[Column]:
        return self.NARROW_COLUMNS if width < NARROW else self.COLUMNS

    def row_cells(self, index: int) -> list[Text]:
        q = self.quotes[index]
        speaker = safe_line(q.speaker) if q.speaker else Text("unattributed", style="dim italic")
        text = q.text if len(q.text) <= QUOTE_CHARS else q.text[: QUOTE_CHARS - 1] + "…"
        return [speaker, safe_line(f"“{text}”")]

    def load(self, quotes: list[Quote]) -> None:
        self.quotes = sorted(quotes, key=lambda q: q.start)
        self.rows_changed()
        self.border_title = f"Quotes · {len(self.quotes)}"

    @property
    def current(self) -> Quote | None:
        if 0 <= self.cursor_row < len(self.quotes):
            return self.quotes[self.cursor_row]
        return None
