"""CompareScreen: two articles side by side, pushed by the app as CompareScreen(library, id_a, id_b).

The comparison (index.compare.compare_articles) runs in a worker thread with the styled passages, so the app
never freezes; a loading indicator shows meanwhile. Above the columns: the summary and a legend of the
highlight styles. Selecting a passage (up/down, j/k or a click) highlights its partner on the other side and
scrolls it into view; with scroll lock (l, on by default) the other column follows to the same height, aligned
passage by aligned passage, whether the selection moves or a column is scrolled by hand.
The side panel (p; open by default on wide terminals) lists each side's distinctive words, who gets the voice
and the naming differences; highlighting a word marks it in its column. Escape or q goes back.
Below 100 columns the two sides are tabs, one shown at a time at full width: t (or a click on a tab) switches,
and the side switched to opens at the partner of the selected passage (else of the passage at the top).
"""
from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.content import Content
from textual.widgets import Footer, Label, LoadingIndicator, OptionList, Static, Tab, Tabs
from textual.widgets.option_list import Option

from index.compare import compare_articles
from index.compare_models import Comparison
from tui.safe_text import strip_controls
from tui.widgets.compare_column import CompareColumn, Passage
from tui.widgets.compare_text import (
    SideMarks, legend, passage_text, side_marks, summary_text, term_pattern, voice_text,
)

WIDE = 110  # from this many columns on, the side panel is open by default
SIDE_BY_SIDE = 100  # from this many columns on, the two sides are shown side by side; below, as tabs


class SideTabs(Tabs, can_focus=False):
    """The A and B tabs of a narrow compare screen (clicked or switched with t; never takes focus)."""


@dataclass
class _Prepared:
    """What the worker hands the screen: the comparison and both sides' styled passages."""

    comparison: Comparison
    marks: dict[str, SideMarks]
    paragraph_starts: dict[str, set[int]]


class CompareScreen(Screen[None]):
    """Two articles side by side with shared actors, quotes, naming and aligned passages highlighted."""

    BINDINGS = [
        Binding("escape,q", "back", "Back"),
        Binding("l", "toggle_lock", "Scroll lock"),
        Binding("p", "toggle_panel", "Words panel"),
        Binding("t", "switch_side", "Other side"),
        Binding("tab", "focus_next", "Next pane", show=False),
        Binding("shift+tab", "focus_previous", "Previous pane", show=False),
    ]
    DEFAULT_CSS = """
    CompareScreen { layout: vertical; }
    #compare-summary { height: auto; max-height: 3; padding: 0 1; background: $boost; text-wrap: nowrap; text-overflow: ellipsis; }
    #compare-legend { height: 1; padding: 0 1; }
    #compare-body { height: 1fr; }
    #compare-side { width: 30; height: 1fr; border: round $panel; display: none; }
    CompareScreen.-panel #compare-side { display: block; }
    #compare-side OptionList { height: auto; max-height: 12; border: none; padding: 0; }
    #compare-side Label { text-style: bold; padding: 0 1; }
    #compare-voice { height: auto; padding: 0 1; }
    #compare-loading { height: 3; }
    #compare-tabs { display: none; }
    CompareScreen.-tabbed #compare-tabs { display: block; }
    CompareScreen.-tabbed.-show-a #column-b { display: none; }
    CompareScreen.-tabbed.-show-b #column-a { display: none; }
    """
    HORIZONTAL_BREAKPOINTS = [(0, "-tabbed"), (SIDE_BY_SIDE, "-sided")]

    def __init__(self, library: object, id_a: str, id_b: str) -> None:
        super().__init__()
        self.library = library
        self.id_a, self.id_b = id_a, id_b
        self.locked = True
        self.terms: dict[str, str | None] = {"a": None, "b": None}
        self.prepared: _Prepared | None = None
        self.partner: dict[str, dict[int, int]] = {"a": {}, "b": {}}
        self._following: dict[str, int] = {}  # side -> the scroll position this screen last set on it
        self.shown = "a"  # the side shown when the sides are tabs

    def compose(self) -> ComposeResult:
        yield Static(Text(f"Comparing {strip_controls(self.id_a)} with {strip_controls(self.id_b)}…"), id="compare-summary")
        yield Static(self._legend(), id="compare-legend")
        yield LoadingIndicator(id="compare-loading")
        yield SideTabs(Tab(Content("A"), id="tab-a"), Tab(Content("B"), id="tab-b"), id="compare-tabs")
        with Horizontal(id="compare-body"):
            yield CompareColumn("a", "A")
            yield CompareColumn("b", "B")
            with VerticalScroll(id="compare-side"):
                yield Label("Distinctive words of A")
                yield OptionList(id="words-a")
                yield Label("Distinctive words of B")
                yield OptionList(id="words-b")
                yield Label("Voices, naming, quotes")
                yield Static(id="compare-voice")
        yield Footer()

    def on_mount(self) -> None:
        self.set_class(self.app.size.width >= WIDE, "-panel")
        self.add_class("-show-a")
        self._show_lock()
        self.run_worker(self._prepare, thread=True, exclusive=True, name="compare")

    # --- the worker ----------------------------------------------------------------------------
    def _prepare(self) -> None:
        try:
            from index.corpus_stats import corpus_stats

            if corpus_stats(self.library, build=False) is None:  # type: ignore[arg-type]
                self._hand_over(self._status, "Counting words across the corpus for the comparison "
                                                        "(done once, then cached in the index)…")
            comparison = compare_articles(self.library, self.id_a, self.id_b)  # type: ignore[arg-type]
            articles = {"a": self.library.article(self.id_a), "b": self.library.article(self.id_b)}  # type: ignore[attr-defined]
        except Exception as exc:  # unknown id, damaged index: say so on the screen, never crash the app
            self._hand_over(self._failed, exc)
            return
        prepared = _Prepared(
            comparison=comparison,
            marks={side: side_marks(comparison, side) for side in ("a", "b")},
            paragraph_starts={side: {p.start for p in articles[side].paragraphs} for side in ("a", "b")},
        )
        self._hand_over(self._show, prepared)

    def _hand_over(self, callback, *args: object) -> None:  # noqa: ANN001
        """Run `callback` on the app's thread, unless the user left the screen (or the app) meanwhile."""
        def guarded() -> None:
            if self.is_attached:
                callback(*args)

        try:
            self.app.call_from_thread(guarded)
        except Exception:  # the app has closed (RuntimeError) or the screen left it
            pass

    def _status(self, message: str) -> None:
        self.query_one("#compare-summary", Static).update(Text(message, style="italic"))

    def _failed(self, exc: Exception) -> None:
        self.query_one("#compare-loading").display = False
        self.query_one("#compare-summary", Static).update(Text(f"Compare failed: {strip_controls(str(exc))}", style="bold red"))

    def _show(self, prepared: _Prepared) -> None:
        self.prepared = prepared
        c = prepared.comparison
        self.partner = {"a": {p.a: p.b for p in c.alignment.pairs}, "b": {p.b: p.a for p in c.alignment.pairs}}
        self.query_one("#compare-loading").display = False
        self.query_one("#compare-summary", Static).update(summary_text(c))
        for side, summary in (("a", c.summary.a), ("b", c.summary.b)):
            column = self.query_one(f"#column-{side}", CompareColumn)
            column.border_title = strip_controls(f"{side.upper()} · {summary.outlet or summary.id}")
            self.query_one(f"#tab-{side}", Tab).label = Content(column.border_title)
            column.fill(self._passages(side))
            words = self.query_one(f"#words-{side}", OptionList)
            words.clear_options()
            terms = c.distinctive_a if side == "a" else c.distinctive_b
            words.add_options([
                Option(Text(f"{strip_controls(t.term)[:18]:<18} {t.count_a if side == 'a' else t.count_b:>2} z{abs(t.z):.1f}"),
                       id=f"{side}:{i}")
                for i, t in enumerate(terms)
            ])
        self.query_one("#compare-voice", Static).update(voice_text(c))
        self.query_one(f"#column-{self.shown}", CompareColumn).focus()

    def _passages(self, side: str) -> list[Passage]:
        assert self.prepared is not None
        al = self.prepared.comparison.alignment
        sentences = al.sentences_a if side == "a" else al.sentences_b
        starts = self.prepared.paragraph_starts[side]
        marks, term = self.prepared.marks[side], self.terms[side]
        out: list[Passage] = []
        previous_end = -1
        for s in sentences:
            new_para = bool(out) and any(previous_end < p <= s.start for p in starts)
            out.append(Passage(side, s, passage_text(s, marks, term), s.index in self.partner[side], new_para))
            previous_end = s.end
        return out

    # --- selection and scrolling ---------------------------------------------------------------
    @on(CompareColumn.Selected)
    def _selected(self, message: CompareColumn.Selected) -> None:
        self.select(message.side, message.index)

    def select(self, side: str, index: int) -> None:
        """Select passage `index` of `side`: highlight it and its partner, scroll both into view."""
        other = "b" if side == "a" else "a"
        own_col = self.query_one(f"#column-{side}", CompareColumn)
        other_col = self.query_one(f"#column-{other}", CompareColumn)
        for passage in self.query(Passage):
            passage.remove_class("-selected", "-partner")
        own_col.selected, other_col.selected = index, None
        own = own_col.passage(index)
        if own is None:
            return
        own.add_class("-selected")
        own_col.scroll_to_widget(own, animate=False)
        partner_index = self.partner[side].get(index)
        if partner_index is not None:
            other_col.selected = partner_index
            partner = other_col.passage(partner_index)
            if partner is not None:
                partner.add_class("-partner")
        if self.locked:
            anchor = self._anchor(side, index)
            if anchor is not None:
                self.call_after_refresh(self._align, own_col, own_col.passage(anchor[0]), other_col, other_col.passage(anchor[1]))
        elif partner_index is not None:
            partner = other_col.passage(partner_index)
            if partner is not None:
                other_col.scroll_to_widget(partner, animate=False)

    @on(CompareColumn.Scrolled)
    def _scrolled(self, message: CompareColumn.Scrolled) -> None:
        """With scroll lock, a column scrolled by hand pulls the other along, aligned passage by passage."""
        if not self.locked or self.prepared is None:
            return
        if self._following.get(message.side) == round(message.y):
            return  # the echo of a scroll this screen made itself
        own_col = self.query_one(f"#column-{message.side}", CompareColumn)
        other = "b" if message.side == "a" else "a"
        other_col = self.query_one(f"#column-{other}", CompareColumn)
        top = own_col.top_passage()
        anchor = None if top is None else self._anchor(message.side, top)
        if anchor is not None:
            self._align(own_col, own_col.passage(anchor[0]), other_col, other_col.passage(anchor[1]))

    def _anchor(self, side: str, index: int) -> tuple[int, int] | None:
        """The passage's own pair, else the nearest paired passage before it (else after it)."""
        pairs = self.partner[side]
        before = [i for i in pairs if i <= index]
        after = [i for i in pairs if i > index]
        chosen = max(before) if before else (min(after) if after else None)
        return None if chosen is None else (chosen, pairs[chosen])

    def _align(self, own_col: CompareColumn, own: Passage | None, other_col: CompareColumn, partner: Passage | None) -> None:
        """Scroll `other_col` so `partner` sits at the height `own` has in its column."""
        if own is None or partner is None:
            return
        offset = own.virtual_region.y - own_col.scroll_y
        y = max(0, min(partner.virtual_region.y - offset, other_col.max_scroll_y))
        self._following[other_col.side] = round(y)
        other_col.scroll_to(y=y, animate=False)

    # --- tabs at narrow widths ------------------------------------------------------------------
    @property
    def tabbed(self) -> bool:
        return self.has_class("-tabbed")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "switch_side":
            return self.tabbed  # hidden from the footer when both sides are on screen
        return True

    def action_switch_side(self) -> None:
        self.show_side("b" if self.shown == "a" else "a")

    @on(Tabs.TabActivated, "#compare-tabs")
    def _tab_clicked(self, event: Tabs.TabActivated) -> None:
        side = (event.tab.id or "tab-a")[-1]
        if side != self.shown:
            self.show_side(side)

    def show_side(self, side: str) -> None:
        """Show `side` in the tabbed layout, at the partner of where the other side was."""
        old_col = self.query_one(f"#column-{self.shown}", CompareColumn)
        index = old_col.selected if old_col.selected is not None else old_col.top_passage()
        anchor = None if index is None else self._anchor(self.shown, index)
        self.shown = side
        self.set_class(side == "a", "-show-a")
        self.set_class(side == "b", "-show-b")
        self.query_one(SideTabs).active = f"tab-{side}"
        column = self.query_one(f"#column-{side}", CompareColumn)
        column.focus()
        if anchor is not None:
            self.call_after_refresh(self._show_partner, column, anchor[1])
        self.refresh_bindings()

    def on_resize(self) -> None:
        self.call_after_refresh(self._after_resize)

    def _after_resize(self) -> None:
        """Crossing the breakpoint: keep the focused side the one shown, and the footer's t in step."""
        focused = self.focused
        if self.tabbed and isinstance(focused, CompareColumn) and focused.side != self.shown:
            self.show_side(focused.side)
        self.refresh_bindings()

    def _show_partner(self, column: CompareColumn, index: int) -> None:
        passage = column.passage(index)
        if passage is not None:
            column.scroll_to_widget(passage, animate=False, top=True)

    # --- side panel ----------------------------------------------------------------------------
    @on(OptionList.OptionHighlighted)
    @on(OptionList.OptionSelected)
    def _word(self, event: OptionList.OptionHighlighted | OptionList.OptionSelected) -> None:
        if self.prepared is None or not event.option.id:
            return
        side, _, number = event.option.id.partition(":")
        c = self.prepared.comparison
        term = (c.distinctive_a if side == "a" else c.distinctive_b)[int(number)].term
        self.highlight_term(side, term)

    def highlight_term(self, side: str, term: str | None) -> None:
        """Mark `term` in its column (None clears it) and scroll to its first passage."""
        if self.prepared is None:
            return
        self.terms[side] = term
        column = self.query_one(f"#column-{side}", CompareColumn)
        al = self.prepared.comparison.alignment
        first = None
        pattern = term_pattern(term) if term else None
        for s in al.sentences_a if side == "a" else al.sentences_b:
            passage = column.passage(s.index)
            if passage is not None:
                passage.update(passage_text(s, self.prepared.marks[side], term))
            if first is None and pattern is not None and pattern.search(s.text):
                first = passage
        if first is not None:
            column.scroll_to_widget(first, animate=False)

    # --- actions -------------------------------------------------------------------------------
    def _legend(self) -> Text:
        return legend()

    def _show_lock(self) -> None:
        for column in self.query(CompareColumn):
            column.border_subtitle = f"scroll lock {'on' if self.locked else 'off'} (l)"

    def action_toggle_lock(self) -> None:
        self.locked = not self.locked
        self._show_lock()
        self.notify(f"Scroll lock {'on: columns move together' if self.locked else 'off'}")

    def action_toggle_panel(self) -> None:
        self.toggle_class("-panel")

    def action_back(self) -> None:
        self.dismiss()
