"""The reader screen: header, the article with highlights, and the actors and quotes panes.

Article and extraction are loaded in a worker; the body is styled and wrapped in another (ArticleView).
Side by side on wide terminals; at 80 columns the panes stack under the text.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Static

from index.models import Article, Extraction

from ..keymap import READER_SCREEN
from ..widgets.article_text import safe_line
from ..widgets.panes import ActorRow, ActorsTable, QuotesTable, actor_rows_from_article, actor_rows_from_corpus
from ..widgets.reader import ArticleView
from ..widgets.virtual_table import VirtualTable

if TYPE_CHECKING:
    from ..app import ParallaxApp


class ReaderScreen(Screen[None]):
    """One article. n/N move between matches: search terms, or the selected actor's mentions."""

    BINDINGS = READER_SCREEN
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-wide")]

    def __init__(self, article_id: str, query: str = "", extra_terms: list[str] | None = None) -> None:
        super().__init__()
        self.article_id = article_id
        self.query_text = query
        self.extra_terms = extra_terms or []
        self.article: Article | None = None
        self.extraction: Extraction | None = None
        self._match_label = "search terms"

    @property
    def px(self) -> ParallaxApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield Static(Text("Loading…", style="dim"), id="reader-header")
        yield Static(id="reader-status")
        with Horizontal(id="reader-body"):
            yield ArticleView(id="article")
            with Vertical(id="side"):
                yield ActorsTable(id="actors")
                yield QuotesTable(id="quotes")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(ArticleView).focus()
        self.run_worker(self._load, thread=True, exclusive=True, group="article")

    def _load(self) -> None:
        try:
            article = self.px.library.article(self.article_id)
        except Exception as exc:
            self.app.call_from_thread(self._failed, str(exc))
            return
        try:
            extraction = self.px.library.extraction(self.article_id)
        except Exception:
            extraction = Extraction()
        self.app.call_from_thread(self._loaded, article, extraction)

    def _failed(self, message: str) -> None:
        self.query_one("#reader-header", Static).update(Text(f"Cannot open this article: {message}", style="bold red"))

    def _loaded(self, article: Article, extraction: Extraction) -> None:
        from ..widgets.article_text import terms_from_query

        self.article, self.extraction = article, extraction
        self.query_one("#reader-header", Static).update(self._header(article))
        terms = terms_from_query(self.query_text, self.extra_terms) if self.query_text else []
        self.query_one(ArticleView).show(article, extraction, terms)
        self.query_one(ActorsTable).load(actor_rows_from_article(extraction.actors), corpus=False)
        self.query_one(QuotesTable).load(extraction.quotes)
        self.px.state.set_read(article.id)

    def _header(self, a: Article) -> Text:
        text = safe_line(a.title or "(untitled)")
        text.stylize("bold")
        text.append("\n")
        meta = [a.outlet or "unknown outlet", *([", ".join(a.authors)] if a.authors else []), a.date or "undated"]
        text.append_text(safe_line(" · ".join(meta)))
        text.stylize("dim", len(text.plain) - len(" · ".join(meta)))
        if a.id in self.px.state.marks():
            text.append(f"  [marked {'AB'[self.px.state.marks().index(a.id)]}]", style="bold magenta")
        return text

    @on(ArticleView.Ready)
    def _ready(self) -> None:
        view = self.query_one(ArticleView)
        if view.match_count:
            self._match_label = "search terms"
            count = view.match_count
            self._status(f"{count} match{'' if count == 1 else 'es'} for search terms · n/N to jump")
        else:
            self._status("")

    def _status(self, message: str) -> None:
        self.query_one("#reader-status", Static).update(Text(message, style="italic"))

    # --- matches -------------------------------------------------------------------------------
    def action_next_match(self) -> None:
        self._jump(1)

    def action_prev_match(self) -> None:
        self._jump(-1)

    def _jump(self, step: int) -> None:
        view = self.query_one(ArticleView)
        if not view.jump(step):
            self._status("nothing to jump to: select an actor, or open the article from a search")
            return
        self._status(f"{view.match_index + 1}/{view.match_count} · {self._match_label}")

    # --- actors --------------------------------------------------------------------------------
    def _select_actor(self, row: ActorRow | None) -> None:
        if row is None or self.extraction is None:
            return
        actor = next((a for a in self.extraction.actors if a.name == row.name), None)
        ranges = [(m.start, m.end) for m in actor.mentions] if actor else []
        self.query_one(ArticleView).set_matches(ranges)
        self._match_label = f"mentions of {row.name}"
        where = f"{len(ranges)} mentions of {row.name} here" if ranges else f"{row.name} is not mentioned here"
        self._status(f"{where} · n/N to jump · Enter searches the corpus")

    @on(VirtualTable.RowHighlighted, "#actors")
    def _actor_highlighted(self, event: VirtualTable.RowHighlighted) -> None:
        table = self.query_one(ActorsTable)
        if table.has_focus:
            self._select_actor(table.current)

    @on(VirtualTable.RowSelected, "#actors")
    def _actor_selected(self, event: VirtualTable.RowSelected) -> None:
        row = self.query_one(ActorsTable).current
        if row is not None:
            self.px.search_corpus('actor:"' + row.name.replace('"', "") + '"')

    def on_descendant_focus(self, event: object) -> None:
        focused = self.focused
        if isinstance(focused, ActorsTable):
            self._select_actor(focused.current)
        elif isinstance(focused, QuotesTable):
            self._select_quote(focused.cursor_row)

    def action_toggle_corpus_actors(self) -> None:
        table = self.query_one(ActorsTable)
        if table.corpus and self.extraction is not None:
            table.load(actor_rows_from_article(self.extraction.actors), corpus=False)
            return
        self.run_worker(self._corpus_actors, thread=True, exclusive=True, group="corpus-actors")

    def _corpus_actors(self) -> None:
        rows = actor_rows_from_corpus(self.px.library.actors(None))
        self.app.call_from_thread(self.query_one(ActorsTable).load, rows, True)

    # --- quotes --------------------------------------------------------------------------------
    def _select_quote(self, index: int) -> None:
        quotes = self.query_one(QuotesTable).quotes
        if not (0 <= index < len(quotes)):
            return
        view = self.query_one(ArticleView)
        view.set_matches([(q.start, q.end) for q in quotes])
        view.goto_match(index)
        q = quotes[index]
        self._match_label = "quotes"
        self._status(f"quote {index + 1}/{len(quotes)} · {q.speaker or 'unattributed'}")

    @on(VirtualTable.RowHighlighted, "#quotes")
    def _quote_highlighted(self, event: VirtualTable.RowHighlighted) -> None:
        if self.query_one(QuotesTable).has_focus:
            self._select_quote(event.cursor_row)

    @on(VirtualTable.RowSelected, "#quotes")
    def _quote_selected(self, event: VirtualTable.RowSelected) -> None:
        self._select_quote(event.cursor_row)
        self.query_one(ArticleView).focus()

    # --- other ---------------------------------------------------------------------------------
    def action_toggle_mark(self) -> None:
        self.px.toggle_mark(self.article_id)
        if self.article is not None:
            self.query_one("#reader-header", Static).update(self._header(self.article))

    def action_open_search(self) -> None:
        self.px.search_corpus("")

    def action_back(self) -> None:
        self.px.state.set("last_screen", "list")
        self.app.pop_screen()
