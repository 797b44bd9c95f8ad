"""The article list: a virtual table over plain row tuples from the side store (Library.list_rows).

The whole list (37,554 articles on the full corpus) is one list of tuples loaded by one SQL query in a worker;
only the rows in view become rich Text, so start-up never builds a widget, a cell or a measurement per article.
Every cell is rich Text made from untrusted metadata with safe_line, so "[bold red]" in a title stays literal.
At 80 columns the short columns are compact and the title gets the room.
"""
from __future__ import annotations

from rich.text import Text

from index.sidestore import ListRow

from .article_text import safe_line
from .virtual_table import Column, VirtualTable

UNREAD = "\u25cf"  # ●
NARROW = 100  # below this many cells the outlet column is shorter
WIDE_COLUMNS = [Column("", 2), Column("Date", 10), Column("Outlet", 18), Column("Words", 6, "right"),
                Column("Qs", 3, "right"), Column("Title", 0)]
NARROW_COLUMNS = [Column("", 2), Column("Date", 10), Column("Outlet", 12), Column("Words", 5, "right"),
                  Column("Qs", 3, "right"), Column("Title", 0)]


def flags(read: bool, mark: int | None) -> Text:
    """The flag cell: ● when unread, then A or B when marked for compare."""
    text = Text()
    text.append(" " if read else UNREAD, style="bold cyan")
    text.append("AB"[mark] if mark is not None else " ", style="bold reverse magenta" if mark is not None else "")
    return text


def compact_count(n: int) -> str:
    """A count in at most five cells: 9,999 then 12k, 137k."""
    return f"{n:,}" if n < 10_000 else f"{n // 1000}k"


def compact_small(n: int) -> str:
    """A count in at most three cells: 999 then 1k, 12k."""
    return str(n) if n < 1000 else f"{n // 1000}k"


class ArticleList(VirtualTable):
    """Articles with read/compare flags, date, outlet, words, quotes and title; Enter opens one."""

    DEFAULT_CSS = "ArticleList { height: 1fr; }"

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows: list[ListRow] = []
        self.ids: list[str] = []
        self._row_of: dict[str, int] = {}
        self._read: set[str] = set()
        self._marks: list[str] = []

    @property
    def row_count(self) -> int:
        return len(self.rows)

    def columns_for(self, width: int) -> list[Column]:
        return NARROW_COLUMNS if width < NARROW else WIDE_COLUMNS

    def load(self, rows: list[ListRow], read: set[str], marks: list[str],
             row_of: dict[str, int] | None = None) -> None:
        """Replace all rows (`row_of` maps id to position, built by the caller's worker when given),
        keeping the cursor on the same article when it is still listed."""
        current = self.current_id
        self.rows = rows
        self.ids = [r[0] for r in rows]
        self._row_of = row_of if row_of is not None else {aid: i for i, aid in enumerate(self.ids)}
        self._read, self._marks = set(read), list(marks)
        self.rows_changed(self._row_of.get(current, 0) if current is not None else 0)

    def row_cells(self, index: int) -> list[Text]:
        aid, title, outlet, date, words, quotes = self.rows[index]
        mark = self._marks.index(aid) if aid in self._marks else None
        return [
            flags(aid in self._read, mark),
            Text(date or "—", style="" if date else "dim"),
            safe_line(outlet or "—"),
            Text(compact_count(words or 0)),
            Text(compact_small(quotes or 0)),
            safe_line(title or "(untitled)"),
        ]

    @property
    def current_id(self) -> str | None:
        if not self.ids or not 0 <= self.cursor_row < len(self.ids):
            return None
        return self.ids[self.cursor_row]

    def select_id(self, article_id: str) -> bool:
        """Move the cursor to `article_id` and scroll it into view; False when it is not listed."""
        row = self._row_of.get(article_id)
        if row is None:
            return False
        self.move_cursor(row=row)
        return True

    def set_flags(self, read: set[str], marks: list[str]) -> None:
        """New read and compare marks; only the rows in view are drawn again."""
        if read != self._read or marks != self._marks:
            self._read, self._marks = set(read), list(marks)
            self.redraw()
