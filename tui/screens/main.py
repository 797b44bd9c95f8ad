"""The main screen: the article list, the search bar with ranked hits, and first-start indexing.

All engine calls (index, list, search) run in thread workers; results come back with call_from_thread.
Searches are debounced (70 ms; Enter searches at once) and run in one exclusive worker group; a newer search
stops the older one in the engine (a threading.Event), and a stale result that still arrives is dropped because
it no longer matches the bar. Hits are painted first; their exact count follows from a second worker.
"""
from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import ContentSwitcher, Footer, OptionList, ProgressBar, Static
from textual.worker import get_current_worker

from index.models import Hit, SearchResult
from index.sidestore import ListRow
from index.query import QueryError
from index.search import SearchCancelled

from ..keymap import LIST_SCREEN
from ..widgets.article_list import ArticleList
from ..widgets.hits import HitList
from ..widgets.search_bar import SearchBar
from ..widgets.virtual_table import VirtualTable

if TYPE_CHECKING:
    from ..app import ParallaxApp

SORTS = ("date", "outlet", "title")
DEBOUNCE = 0.07  # a pause this long after a keystroke starts the search; Enter starts it at once
COUNT_DELAY = 0.25  # the exact count of many hits starts once typing has paused this long
WARM_QUERY = "report"  # one cheap search after the list is painted opens the index for the first real one


def indexing_status(done: int, total: int | None, elapsed: float) -> str:
    """The status line while the corpus is indexed: count, rate and time left (when the total is known)."""
    text = f" Indexing {done:,}" + (f" of {total:,}" if total else "") + " articles"
    if done and elapsed > 1:
        rate = done / elapsed
        text += f" · {rate:,.0f}/s"
        if total and total > done:
            left = (total - done) / rate
            text += f" · about {left / 60:.0f} min left" if left >= 90 else f" · about {left:.0f} s left"
    return text


class MainScreen(Screen[None]):
    """Article list (or search hits) with a status line; opens the reader on Enter."""

    BINDINGS = LIST_SCREEN

    def __init__(self) -> None:
        super().__init__(id="main")
        self._timer: Timer | None = None
        self._open_when_done = False
        self._count = 0
        self._index_started = time.monotonic()
        self._restored = False
        self._shown_query: str | None = None
        self._stop: threading.Event | None = None  # set to stop the running search in the engine
        self._count_timer: Timer | None = None

    @property
    def px(self) -> ParallaxApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield SearchBar(id="search")
        yield Static(id="list-status")
        yield ProgressBar(id="index-progress", show_eta=False)
        with ContentSwitcher(initial="articles", id="switcher"):
            yield ArticleList(id="articles")
            yield HitList(id="hits")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(SearchBar).set_history(self.px.state.history())
        self.query_one(ArticleList).focus()
        if self.px.library.exists():
            self.load_articles()
        else:
            self.start_indexing()

    # --- status --------------------------------------------------------------------------------
    def set_status(self, message: str | Text) -> None:
        self.query_one("#list-status", Static).update(message if isinstance(message, Text) else Text(message))

    def _list_status(self) -> None:
        sort = self.px.state.get("sort", "date")
        marks = self.px.state.marks()
        text = Text(f" {self._count:,} articles", style="bold")
        text.append(f" · sorted by {sort}", style="dim")
        if marks:
            text.append(f" · marked for compare: {len(marks)}/2", style="magenta")
        self.set_status(text)

    # --- indexing ------------------------------------------------------------------------------
    def start_indexing(self) -> None:
        self._index_started = time.monotonic()
        self.add_class("-indexing")
        self.set_status(Text(" No index yet: indexing the corpus…", style="bold"))
        self.run_worker(self._index, thread=True, exclusive=True, group="index")

    def _index(self) -> None:
        def progress(done: int, total: int | None, message: str) -> None:
            self.app.call_from_thread(self._progress, done, total, message)

        try:
            report = self.px.library.index(progress=progress)
        except Exception as exc:  # the index reports its own errors in words; show them, never a traceback
            self.app.call_from_thread(self._index_failed, str(exc))
            return
        self.app.call_from_thread(self._indexed, report.added + report.updated + report.unchanged)

    def _progress(self, done: int, total: int | None, message: str) -> None:
        self.query_one(ProgressBar).update(total=total, progress=done)
        self.set_status(Text(indexing_status(done, total, time.monotonic() - self._index_started)))

    def _indexed(self, count: int) -> None:
        self.remove_class("-indexing")
        self.notify(f"Indexed {count:,} articles")
        self.load_articles()

    def _index_failed(self, message: str) -> None:
        self.remove_class("-indexing")
        self.set_status(Text(f" Indexing failed: {message}", style="bold red"))

    # --- the list ------------------------------------------------------------------------------
    def load_articles(self) -> None:
        sort = self.px.state.get("sort", "date") or "date"
        self.run_worker(lambda: self._load(sort), thread=True, exclusive=True, group="list")

    def _load(self, sort: str) -> None:
        """Worker: the list's rows in one query, and the id -> position map, all off the event loop."""
        try:
            prefetched = self.px.prefetch.take(sort) if self.px.prefetch is not None else None
            rows = prefetched if prefetched is not None else self.px.library.list_rows(sort)
        except Exception as exc:
            self.app.call_from_thread(self.set_status, Text(f" Cannot read the index: {exc}", style="bold red"))
            return
        row_of = {row[0]: i for i, row in enumerate(rows)}
        read, marks = self.px.state.read_ids(), self.px.state.marks()
        self.app.call_from_thread(self._loaded, rows, row_of, read, marks)

    def _loaded(self, rows: list[ListRow], row_of: dict[str, int], read: set[str], marks: list[str]) -> None:
        table = self.query_one(ArticleList)
        table.load(rows, read, marks, row_of)
        self._count = len(rows)
        if self.query_one(ContentSwitcher).current == "articles":
            self._list_status()  # while search hits are shown, the status line stays theirs
        if not self._restored:
            self._restored = True
            self.run_worker(self._warm, thread=True, exclusive=True, group="warm")
            last = self.px.state.get("last_article")
            if last and table.select_id(last) and self.px.state.get("last_screen") == "reader":
                self.px.open_article(last)

    def _warm(self) -> None:
        """Worker: open the search index and run one tiny query, so the user's first search is not the one
        that pays for opening it. Failures are ignored here; a real search reports them."""
        try:
            self.px.library.search(WARM_QUERY, limit=1, snippets=False)
        except Exception:  # noqa: BLE001 - best effort
            pass

    def on_screen_resume(self) -> None:
        """Back from the reader: refresh read and compare flags, and put the keys on the hits (not the bar,
        where j, k or Q would be typed into the query), as a reader's list view does."""
        self.refresh_flags()
        if self.query_one(ContentSwitcher).current == "hits":
            self.call_after_refresh(self.query_one(HitList).focus)

    def refresh_flags(self) -> None:
        self.query_one(ArticleList).set_flags(self.px.state.read_ids(), self.px.state.marks())
        if self.query_one(ContentSwitcher).current == "articles":
            self._list_status()

    def action_cycle_sort(self) -> None:
        sort = self.px.state.get("sort", "date") or "date"
        nxt = SORTS[(SORTS.index(sort) + 1) % len(SORTS)] if sort in SORTS else "date"
        self.px.state.set("sort", nxt)
        self.load_articles()

    def _current_id(self) -> str | None:
        if self.query_one(ContentSwitcher).current == "hits":
            hit = self.query_one(HitList).hit()
            return hit.id if hit else None
        return self.query_one(ArticleList).current_id

    def action_toggle_mark(self) -> None:
        aid = self._current_id()
        if aid:
            self.px.toggle_mark(aid)
            self.refresh_flags()

    def action_toggle_read(self) -> None:
        aid = self._current_id()
        if aid:
            self.px.state.set_read(aid, not self.px.state.is_read(aid))
            self.refresh_flags()

    def action_back(self) -> None:
        if self.query_one(SearchBar).has_class("-visible"):
            self.clear_search()
        else:
            self.app.exit()

    @on(VirtualTable.RowSelected, "#articles")
    def _open_row(self, event: VirtualTable.RowSelected) -> None:
        aid = self.query_one(ArticleList).current_id
        if aid:
            self.px.open_article(aid)

    # --- search --------------------------------------------------------------------------------
    def action_open_search(self) -> None:
        bar = self.query_one(SearchBar)
        bar.add_class("-visible")
        bar.styles.display = "block"  # now, not at the next style pass: keys typed right after "/" go to the bar
        self.set_focus(bar)

    def start_search(self, query: str) -> None:
        """Open the bar with `query` and run it (used by the actors pane's Enter)."""
        self.action_open_search()
        bar = self.query_one(SearchBar)
        bar.value = query
        bar.cursor_position = len(query)
        self._run_search(query)

    def clear_search(self) -> None:
        if self._timer:
            self._timer.stop()
        self._cancel_search()
        bar = self.query_one(SearchBar)
        bar.value = ""
        bar.show_error(None)
        bar.remove_class("-visible")
        bar.styles.display = "none"
        self.query_one(ContentSwitcher).current = "articles"
        self.query_one(ArticleList).focus()
        self._list_status()

    @on(SearchBar.Cleared)
    def _cleared(self) -> None:
        self.clear_search()

    @on(SearchBar.Changed)
    def _changed(self, event: SearchBar.Changed) -> None:
        if self._timer:
            self._timer.stop()
        query = event.value.strip()
        if not query:
            self._cancel_search()
            self.query_one(SearchBar).show_error(None)
            self.query_one(ContentSwitcher).current = "articles"
            self._list_status()
            return
        self._timer = self.set_timer(DEBOUNCE, lambda: self._run_search(query))

    def _cancel_search(self) -> None:
        """Stop the running search: its worker is cancelled and the engine gives up at its next match."""
        self.workers.cancel_group(self, "search")
        self.workers.cancel_group(self, "count")
        if self._count_timer is not None:
            self._count_timer.stop()
            self._count_timer = None
        if self._stop is not None:
            self._stop.set()
            self._stop = None

    def _run_search(self, query: str) -> None:
        self._cancel_search()
        stop = self._stop = threading.Event()
        self.run_worker(lambda: self._search(query, stop), thread=True, exclusive=True, group="search")

    def _search(self, query: str, stop: threading.Event) -> None:
        if stop.is_set():
            return  # the user typed on before this thread started
        try:
            result = self.px.library.search(query, count=False, cancelled=stop)  # hits first, count follows
        except SearchCancelled:
            return
        except QueryError as exc:
            if not get_current_worker().is_cancelled:
                self.app.call_from_thread(self._search_error, query, str(exc))
            return
        except Exception as exc:  # an engine failure is reported in the bar, never as a traceback
            if not get_current_worker().is_cancelled:
                self.app.call_from_thread(self._search_error, query, f"search failed: {exc}")
            return
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show_hits, query, result)

    def _search_error(self, query: str, message: str) -> None:
        if query == self.query_one(SearchBar).value.strip():
            self.query_one(SearchBar).show_error(message)
            self._open_when_done = False

    def _show_hits(self, query: str, result: SearchResult) -> None:
        bar = self.query_one(SearchBar)
        if query != bar.value.strip():
            return  # stale: the user typed on
        hits = self.query_one(HitList)
        hits.show_result(result)
        self._shown_query = query
        self.query_one(ContentSwitcher).current = "hits"
        total = result.total
        if total is None and len(result.hits) < self.px.library.config.search_limit:
            total = len(result.hits)  # a short page is everything
        self._show_total(query, total, len(result.hits))
        if total is None:
            shown = len(result.hits)
            # after a pause: a count cannot be stopped, so one started mid-typing would hold up the next search
            self._count_timer = self.set_timer(COUNT_DELAY, lambda: self.run_worker(
                lambda: self._count_matches(query, shown), thread=True, exclusive=True, group="count"))
        if self._open_when_done:
            self._open_when_done = False
            self._open_hit(hits.hit())

    def _show_total(self, query: str, total: int | None, shown: int) -> None:
        """The bar's and status line's count: exact, or 'counting…' while the count worker runs."""
        if query != self.query_one(SearchBar).value.strip():
            return
        matching = f"{total:,}" if total is not None else f"{shown}+"
        status = f"{matching} matching · showing {shown}" if shown else "no matches"
        self.query_one(SearchBar).show_status(status + (" · counting…" if total is None else ""))
        self.set_status(Text(f" Search: {matching} matching articles", style="bold"))

    def _count_matches(self, query: str, shown: int) -> None:
        """Worker: the exact number of matches, after the hits are painted."""
        try:
            total = self.px.library.count(query)
        except Exception:  # noqa: BLE001 - the hits are shown; a failed count only leaves "N+"
            return
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show_total, query, total, shown)

    @on(SearchBar.Submitted)
    def _submitted(self, event: SearchBar.Submitted) -> None:
        query = event.value.strip()
        if not query:
            return
        self.px.state.add_history(query)
        self.query_one(SearchBar).set_history(self.px.state.history())
        hits = self.query_one(HitList)
        if self._shown_query == query and self.query_one(ContentSwitcher).current == "hits":
            self._open_hit(hits.hit())
        else:
            self._open_when_done = True
            if self._timer:
                self._timer.stop()
            self._run_search(query)

    @on(OptionList.OptionSelected, "#hits")
    def _hit_selected(self, event: OptionList.OptionSelected) -> None:
        query = self.query_one(SearchBar).value.strip()
        if query:
            self.px.state.add_history(query)
            self.query_one(SearchBar).set_history(self.px.state.history())
        self._open_hit(self.query_one(HitList).hit(event.option_index))

    def _open_hit(self, hit: Hit | None) -> None:
        if hit is None:
            return
        words = [hit.snippet[h.start:h.end] for h in hit.highlights]
        self.px.open_article(hit.id, query=self.query_one(SearchBar).value.strip(), extra_terms=words)
