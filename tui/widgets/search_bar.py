"""The search bar: an Input with persisted history on Up/Down and Esc to clear; errors show in its border."""
from __future__ import annotations

from textual.message import Message
from textual.widgets import Input

from ..keymap import SEARCH_BAR
from ..safe_text import markup_safe


class SearchBar(Input):
    """Query input. Up/Down walk earlier searches; Esc posts Cleared so the screen restores the list."""

    BINDINGS = SEARCH_BAR
    DEFAULT_CSS = """
    SearchBar { dock: top; display: none; border: round $accent; height: 3; }
    SearchBar.-visible { display: block; }
    SearchBar.-error { border: round $error; }
    """

    class Cleared(Message):
        """The user left the search (Esc)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(placeholder='words, "a phrase", title:word, outlet:abc, actor:"Name", date:2025-05', id=id)
        self.history: list[str] = []
        self._pos: int | None = None
        self.border_title = "Search"

    def set_history(self, history: list[str]) -> None:
        self.history = list(history)
        self._pos = None

    def action_history(self, step: int) -> None:
        """Recall an earlier (-1) or later (+1) search; past the newest comes back to an empty bar."""
        if not self.history:
            return
        pos = len(self.history) if self._pos is None else self._pos
        pos = max(0, min(len(self.history), pos + step))
        self._pos = pos
        self.value = self.history[pos] if pos < len(self.history) else ""
        self.cursor_position = len(self.value)

    def action_clear(self) -> None:
        self._pos = None
        self.post_message(self.Cleared())

    def show_error(self, message: str | None) -> None:
        """Put a query error (or nothing) in the bar's lower border."""
        self.set_class(bool(message), "-error")
        self.border_subtitle = markup_safe(message) if message else ""

    def show_status(self, message: str) -> None:
        self.set_class(False, "-error")
        self.border_subtitle = markup_safe(message)
