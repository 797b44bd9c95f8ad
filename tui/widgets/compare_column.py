"""One column of the compare screen: an article's passages (sentences), one selectable at a time.

Each passage is its own Static so the screen can scroll the partner of a selected passage into view (or, with
scroll lock, to the same height as the selection). Paired passages carry a coloured left edge; a selection
and its partner are shown with distinct backgrounds.
"""
from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import Static

from index.compare_models import Sentence


class Passage(Static):
    """One sentence of one side."""

    DEFAULT_CSS = """
    Passage { padding: 0 1 0 1; border-left: blank; }
    Passage.-paired { border-left: outer $success 60%; }
    Passage.-para { margin-top: 1; }
    Passage.-selected { background: $accent 35%; }
    Passage.-partner { background: $warning 25%; }
    """

    def __init__(self, side: str, sentence: Sentence, text: Text, paired: bool, new_paragraph: bool) -> None:
        classes = " ".join(c for c, on in (("-paired", paired), ("-para", new_paragraph)) if on)
        super().__init__(text, id=f"{side}-s{sentence.index}", classes=classes, markup=False)
        self.side = side
        self.index = sentence.index

    def on_click(self) -> None:
        self.post_message(CompareColumn.Selected(self.side, self.index))


class CompareColumn(VerticalScroll, can_focus=True):
    """The passages of side 'a' or 'b'; up/down (j/k) move the selection, the screen does the rest."""

    BINDINGS = [
        Binding("down,j", "move(1)", "Next passage", show=False),
        Binding("up,k", "move(-1)", "Previous passage", show=False),
        Binding("pagedown", "move(8)", "Page down", show=False),
        Binding("pageup", "move(-8)", "Page up", show=False),
    ]
    DEFAULT_CSS = """
    CompareColumn { width: 1fr; height: 1fr; border: round $panel; scrollbar-size-vertical: 1; }
    CompareColumn:focus { border: round $accent; }
    """

    class Selected(Message):
        """Passage `index` of `side` was selected."""

        def __init__(self, side: str, index: int) -> None:
            super().__init__()
            self.side = side
            self.index = index

    class Scrolled(Message):
        """The column `side` scrolled to `y` (by wheel, scrollbar or keys)."""

        def __init__(self, side: str, y: float) -> None:
            super().__init__()
            self.side = side
            self.y = y

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if round(old_value) != round(new_value):
            self.post_message(self.Scrolled(self.side, new_value))

    def top_passage(self) -> int | None:
        """The index of the first passage visible at the top of the column."""
        for passage in self.query(Passage):
            if passage.virtual_region.bottom > self.scroll_y:
                return passage.index
        return None

    def __init__(self, side: str, title: str, **kwargs: object) -> None:
        super().__init__(id=f"column-{side}", **kwargs)  # type: ignore[arg-type]
        self.side = side
        self.border_title = title
        self.selected: int | None = None
        self.count = 0

    def fill(self, passages: list[Passage]) -> None:
        """Replace the column's content with `passages`."""
        self.remove_children()
        self.count = len(passages)
        if passages:
            self.mount_all(passages)
        else:
            self.mount(Static("(no text)"))

    def passage(self, index: int) -> Passage | None:
        try:
            return self.query_one(f"#{self.side}-s{index}", Passage)
        except Exception:
            return None

    def action_move(self, step: int) -> None:
        if not self.count:
            return
        current = -1 if self.selected is None and step > 0 else (self.selected or 0)
        target = max(0, min(self.count - 1, current + step))
        self.post_message(self.Selected(self.side, target))
