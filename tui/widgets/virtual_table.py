"""A virtual table: a sticky header and rows drawn line by line with Textual's Line API.

Only the rows in view are ever turned into rich Text (by the subclass's `row_cells`), so a table of 37,554
articles or 2,000 quotes costs the same to show as one of five: nothing is measured or styled up front.
Keys: j/k and arrows move the cursor, g/G and Home/End jump, PgUp/PgDn page, Enter selects; a click moves
the cursor, a click on the highlighted row (or a double-click) selects it; the wheel and scrollbar scroll.
"""
from __future__ import annotations

from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ..keymap import TABLE_NAV

CACHE_LINES = 400  # rendered rows kept; a screenful is ~40, so scrolling back and forth stays cheap


@dataclass(frozen=True)
class Column:
    """One column: header label, width in cells (0 = all the room the others leave), justification."""

    label: str
    width: int
    justify: str = "left"


def layout(columns: list[Column], total: int) -> list[int]:
    """Cell widths of `columns` in `total` cells, one space between columns; the 0-width one takes the rest."""
    fixed = sum(c.width for c in columns) + max(0, len(columns) - 1)
    rest = max(8, total - fixed)
    return [c.width or rest for c in columns]


def compose_line(cells: list[Text], columns: list[Column], widths: list[int]) -> Text:
    """Cells cut (with an ellipsis) or padded to their column widths, joined by single spaces."""
    line = Text(no_wrap=True, end="")
    for i, (cell, column, width) in enumerate(zip(cells, columns, widths)):
        if i:
            line.append(" ")
        cell.no_wrap = True
        cell.truncate(width, overflow="ellipsis")
        cell.align(column.justify, width)  # type: ignore[arg-type]
        line.append_text(cell)
    return line


class VirtualTable(ScrollView, can_focus=True):
    """Base class: subclasses give `row_count`, `columns_for(width)` and `row_cells(index)`."""

    BINDINGS = [
        *TABLE_NAV,
        Binding("down", "cursor_down", "Down", show=False),
        Binding("up", "cursor_up", "Up", show=False),
        Binding("home", "scroll_top", "Top", show=False),
        Binding("end", "scroll_bottom", "Bottom", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("enter", "select_cursor", "Select", show=False),
    ]
    COMPONENT_CLASSES = {"virtual-table--header", "virtual-table--cursor"}
    DEFAULT_CSS = """
    VirtualTable { background: $surface; color: $foreground; overflow-x: hidden; scrollbar-size-vertical: 1; }
    VirtualTable:focus { background-tint: $foreground 5%; }
    VirtualTable > .virtual-table--header { text-style: bold; background: $panel; color: $foreground; }
    VirtualTable > .virtual-table--cursor { background: $block-cursor-blurred-background;
        color: $block-cursor-blurred-foreground; text-style: $block-cursor-blurred-text-style; }
    VirtualTable:focus > .virtual-table--cursor { background: $block-cursor-background;
        color: $block-cursor-foreground; text-style: $block-cursor-text-style; }
    """

    class RowHighlighted(Message):
        """The cursor moved to row `cursor_row`."""

        def __init__(self, table: VirtualTable, cursor_row: int) -> None:
            super().__init__()
            self.table = table
            self.cursor_row = cursor_row

        @property
        def control(self) -> VirtualTable:
            return self.table

    class RowSelected(RowHighlighted):
        """Row `cursor_row` was chosen (Enter, or a click on the highlighted row)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.cursor_row = 0
        self._cache: dict[tuple[int, bool, int], Strip] = {}

    # --- what subclasses provide ---------------------------------------------------------------
    @property
    def row_count(self) -> int:
        return 0

    def columns_for(self, width: int) -> list[Column]:
        """The columns to show at `width` cells (override to adapt to narrow terminals)."""
        return []

    def row_cells(self, index: int) -> list[Text]:
        """Fresh Text cells of row `index` (they are cut and padded in place)."""
        return []

    # --- data changes --------------------------------------------------------------------------
    def rows_changed(self, cursor: int = 0) -> None:
        """Call after replacing the rows: size, cursor and every drawn line start over."""
        self._cache.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, self.row_count + 1)
        self.cursor_row = max(0, min(cursor, self.row_count - 1))
        self.scroll_to(y=0, animate=False, immediate=True, force=True)
        self._scroll_to_cursor()
        self.refresh()
        if self.row_count:
            self.post_message(self.RowHighlighted(self, self.cursor_row))

    def redraw(self) -> None:
        """Forget drawn lines (row contents changed but not their number or order) and repaint."""
        self._cache.clear()
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._cache.clear()

    def on_resize(self) -> None:
        self._cache.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, self.row_count + 1)
        self._scroll_to_cursor()

    def on_focus(self) -> None:
        self._cache.clear()

    def on_blur(self) -> None:
        self._cache.clear()

    # --- cursor --------------------------------------------------------------------------------
    def move_cursor(self, *, row: int, animate: bool = False, scroll: bool = True) -> None:
        """Put the cursor on `row` (clamped), scroll it into view and say so with RowHighlighted."""
        if not self.row_count:
            return
        row = max(0, min(row, self.row_count - 1))
        old, self.cursor_row = self.cursor_row, row
        width = self.scrollable_content_region.width
        self._cache.pop((old, True, width), None)
        self._cache.pop((row, False, width), None)
        if scroll:
            self._scroll_to_cursor()
        self.refresh()
        if old != row:
            self.post_message(self.RowHighlighted(self, row))

    @property
    def page_rows(self) -> int:
        """Rows that fit under the header."""
        return max(1, self.scrollable_content_region.height - 1)

    def _scroll_to_cursor(self) -> None:
        height = self.scrollable_content_region.height
        if height <= 1:
            self.call_after_refresh(self._scroll_to_cursor_later)
            return
        top = round(self.scroll_y)
        if self.cursor_row < top:
            self.scroll_to(y=self.cursor_row, animate=False, immediate=True, force=True)
        elif self.cursor_row >= top + self.page_rows:
            self.scroll_to(y=self.cursor_row - self.page_rows + 1, animate=False, immediate=True, force=True)

    def _scroll_to_cursor_later(self) -> None:
        if self.scrollable_content_region.height > 1:
            self._scroll_to_cursor()

    def action_cursor_down(self) -> None:
        self.move_cursor(row=self.cursor_row + 1)

    def action_cursor_up(self) -> None:
        self.move_cursor(row=self.cursor_row - 1)

    def action_scroll_top(self) -> None:
        self.move_cursor(row=0)

    def action_scroll_bottom(self) -> None:
        self.move_cursor(row=self.row_count - 1)

    def action_page_down(self) -> None:
        self.move_cursor(row=self.cursor_row + self.page_rows)

    def action_page_up(self) -> None:
        self.move_cursor(row=self.cursor_row - self.page_rows)

    def action_select_cursor(self) -> None:
        if 0 <= self.cursor_row < self.row_count:
            self.post_message(self.RowSelected(self, self.cursor_row))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or offset.y == 0:
            return
        row = round(self.scroll_y) + offset.y - 1
        if not 0 <= row < self.row_count:
            return
        if row == self.cursor_row or event.chain > 1:
            self.move_cursor(row=row)
            self.action_select_cursor()
        else:
            self.move_cursor(row=row)

    # --- drawing -------------------------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        columns = self.columns_for(width)
        widths = layout(columns, width)
        if y == 0:
            style = base + self.get_component_rich_style("virtual-table--header")
            header = compose_line([Text(c.label) for c in columns], columns, widths)
            return self._strip(header, width, style)
        index = round(self.scroll_y) + y - 1
        if not 0 <= index < self.row_count:
            return Strip.blank(width, base)
        key = (index, index == self.cursor_row, width)
        strip = self._cache.get(key)
        if strip is None:
            style = base
            if key[1]:
                style = base + self.get_component_rich_style("virtual-table--cursor")
            strip = self._strip(compose_line(self.row_cells(index), columns, widths), width, style)
            if len(self._cache) >= CACHE_LINES:
                self._cache.clear()
            self._cache[key] = strip
        return strip

    def _strip(self, line: Text, width: int, style: Style) -> Strip:
        return Strip(list(line.render(self.app.console, end=""))).crop_extend(0, width, style).apply_style(style)
