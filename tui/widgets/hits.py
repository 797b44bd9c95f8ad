"""Ranked search hits: an OptionList (virtual, one option per hit) with a title line and a highlighted snippet.

Snippets are untrusted text: they become rich Text with the engine's highlight offsets applied as spans.
"""
from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from index.models import Hit, SearchResult

from ..keymap import TABLE_NAV
from .article_text import safe_line, visible


def hit_prompt(hit: Hit, rank: int) -> Table:
    """The rank, and beside it (a hanging indent, so wrapped lines stay clear of it) the title in bold, the
    outlet and date, then the snippet with matched words highlighted."""
    title = safe_line(hit.title or "(untitled)")
    title.stylize("bold")
    meta = safe_line(hit.outlet or "—")
    meta.append(f"  {hit.date or 'undated'}  score {hit.score:.2f}", style="dim")
    snippet = Text(visible(hit.snippet), style="")
    for h in hit.highlights:
        snippet.stylize("bold reverse", h.start, h.end)
    grid = Table.grid(expand=True)
    grid.add_column(width=4, no_wrap=True)
    grid.add_column(ratio=1)
    grid.add_row(Text(f"{rank:>2}. ", style="dim"), Group(title, meta, snippet))
    return grid


class HitList(OptionList):
    """Search results; the option id is the article id so Enter opens it."""

    BINDINGS = TABLE_NAV
    DEFAULT_CSS = """
    HitList { height: 1fr; border: none; }
    HitList > .option-list--option { padding: 0 0 1 0; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.result: SearchResult | None = None

    def show_result(self, result: SearchResult) -> None:
        self.result = result
        self.clear_options()
        self.add_options(Option(hit_prompt(h, i + 1), id=h.id) for i, h in enumerate(result.hits))
        if result.hits:
            self.highlighted = 0

    def hit(self, index: int | None = None) -> Hit | None:
        index = self.highlighted if index is None else index
        if self.result is None or index is None or not (0 <= index < len(self.result.hits)):
            return None
        return self.result.hits[index]

    def action_scroll_top(self) -> None:
        self.action_first()

    def action_scroll_bottom(self) -> None:
        self.action_last()
