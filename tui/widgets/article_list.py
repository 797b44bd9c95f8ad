"""The article list: one DataTable (virtual rendering, no widget per row) over ArticleSummary rows.

Rows are fetched from the side store in a worker by the screen and added here in one go; every cell is a
rich Text so a title holding "[bold red]" is shown literally, never parsed as markup.
"""
from __future__ import annotations

from rich.text import Text
from textual.coordinate import Coordinate
from textual.widgets import DataTable

from index.models import ArticleSummary

from ..keymap import TABLE_NAV
from .article_text import safe_line

FLAG_COLUMN = 0
UNREAD = "\u25cf"  # ●


def _flags(read: bool, mark: int | None) -> Text:
    text = Text()
    text.append(" " if read else UNREAD, style="bold cyan")
    text.append("AB"[mark] if mark is not None else " ", style="bold reverse magenta" if mark is not None else "")
    return text


class ArticleList(DataTable[Text]):
    """Articles with read/compare flags, date, outlet, length, quote count and title; Enter opens one."""

    BINDINGS = TABLE_NAV
    DEFAULT_CSS = """
    ArticleList { height: 1fr; overflow-x: hidden; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=False)
        self.ids: list[str] = []
        self._row_of: dict[str, int] = {}
        self._read: set[str] = set()
        self._marks: list[str] = []

    def on_mount(self) -> None:
        self.add_column(Text(""), width=2, key="flags")
        self.add_column(Text("Date"), width=10, key="date")
        self.add_column(Text("Outlet"), width=16, key="outlet")
        self.add_column(Text("Words", justify="right"), width=6, key="words")
        self.add_column(Text("Qs", justify="right"), width=3, key="quotes")
        self.add_column(Text("Title"), width=400, key="title")

    def load(self, summaries: list[ArticleSummary], read: set[str], marks: list[str]) -> None:
        """Replace all rows, keeping the cursor on the same article when it is still listed."""
        current = self.current_id
        self._read, self._marks = set(read), list(marks)
        self.clear()
        self.ids = [s.id for s in summaries]
        self._row_of = {aid: i for i, aid in enumerate(self.ids)}
        self.add_rows(self._row(s) for s in summaries)
        if current is not None:
            self.select_id(current)

    def _row(self, s: ArticleSummary) -> list[Text]:
        mark = self._marks.index(s.id) if s.id in self._marks else None
        outlet = safe_line(s.outlet or "—")
        outlet.truncate(16, overflow="ellipsis")
        return [
            _flags(s.id in self._read, mark),
            Text(s.date or "—", style="dim" if not s.date else ""),
            outlet,
            Text(f"{s.length:,}", justify="right"),
            Text(str(s.quotes), justify="right"),
            safe_line(s.title or "(untitled)"),
        ]

    @property
    def current_id(self) -> str | None:
        if not self.ids or self.cursor_row < 0 or self.cursor_row >= len(self.ids):
            return None
        return self.ids[self.cursor_row]

    def select_id(self, article_id: str) -> bool:
        row = self._row_of.get(article_id)
        if row is None:
            return False
        self.move_cursor(row=row, animate=False, scroll=True)
        return True

    def set_flags(self, read: set[str], marks: list[str]) -> None:
        """Redraw only the flag cells whose read or compare state changed."""
        changed = (read ^ self._read) | set(marks) ^ set(self._marks) | {m for m in marks if m in self._marks
                                                                          and marks.index(m) != self._marks.index(m)}
        self._read, self._marks = set(read), list(marks)
        for aid in changed:
            row = self._row_of.get(aid)
            if row is not None:
                mark = marks.index(aid) if aid in marks else None
                self.update_cell_at(Coordinate(row, FLAG_COLUMN), _flags(aid in read, mark))
