"""The reader's side panes: actors (name, kind, role, mentions) and quotes (speaker and quote).

Both are DataTables of rich Text cells, so names and quotes from articles are never parsed as markup.
"""
from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.widgets import DataTable

from index.models import ActorSummary, ArticleActor, Quote

from ..keymap import TABLE_NAV
from .article_text import safe_line

QUOTE_CHARS = 160
KIND_LABELS = {"person": "person", "organisation": "org", "place": "place"}


def _fit(text: Text, width: int) -> Text:
    text.truncate(width, overflow="ellipsis")
    return text


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


class ActorsTable(DataTable[Text]):
    """Actors with kind, role and mention count; highlighting a row selects it, Enter searches for it."""

    BINDINGS = TABLE_NAV
    DEFAULT_CSS = "ActorsTable { height: 1fr; }"

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row")
        self.actor_rows: list[ActorRow] = []
        self.corpus = False

    def on_mount(self) -> None:
        self.add_column(Text("Actor"), key="name", width=20)
        self.add_column(Text("#", justify="right"), key="count", width=3)
        self.add_column(Text("Kind"), key="kind", width=6)
        self.add_column(Text("Role"), key="role", width=40)

    def load(self, rows: list[ActorRow], corpus: bool) -> None:
        self.actor_rows, self.corpus = rows, corpus
        self.clear()
        self.add_rows(
            [_fit(safe_line(r.name), 20), Text(str(r.mentions), justify="right"),
             Text(KIND_LABELS.get(r.kind, r.kind)[:6], style="dim"), safe_line(r.role)]
            for r in rows
        )
        self.border_title = "Actors · corpus" if corpus else "Actors · this article"

    @property
    def current(self) -> ActorRow | None:
        if 0 <= self.cursor_row < len(self.actor_rows):
            return self.actor_rows[self.cursor_row]
        return None


class QuotesTable(DataTable[Text]):
    """Quotes in reading order with their speaker; highlighting one scrolls the reader to it."""

    BINDINGS = TABLE_NAV
    DEFAULT_CSS = "QuotesTable { height: 1fr; }"

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row")
        self.quotes: list[Quote] = []

    def on_mount(self) -> None:
        self.add_column(Text("Speaker"), key="speaker", width=18)
        self.add_column(Text("Quote"), key="quote")

    def load(self, quotes: list[Quote]) -> None:
        self.quotes = sorted(quotes, key=lambda q: q.start)
        self.clear()
        rows = []
        for q in self.quotes:
            speaker = safe_line(q.speaker) if q.speaker else Text("unattributed", style="dim italic")
            speaker.truncate(18, overflow="ellipsis")
            text = q.text if len(q.text) <= QUOTE_CHARS else q.text[: QUOTE_CHARS - 1] + "…"
            rows.append([speaker, safe_line(f"“{text}”")])
        self.add_rows(rows)
        self.border_title = f"Quotes · {len(self.quotes)}"

    @property
    def current(self) -> Quote | None:
        if 0 <= self.cursor_row < len(self.quotes):
            return self.quotes[self.cursor_row]
        return None
