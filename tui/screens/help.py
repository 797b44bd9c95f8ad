"""The help screen, generated from tui/keymap.py and the user's keymap so it can never go stale."""
from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from ..keymap import SECTIONS, effective_keys


def key_label(app_get_display, keys: str) -> str:
    """Human labels for a comma-separated key list, e.g. "question_mark,f1" -> "? / F1"."""
    labels = []
    for key in keys.split(","):
        key = key.strip()
        if key:
            labels.append(app_get_display(Binding(key, "")))
    return " / ".join(labels)


class HelpScreen(ModalScreen[None]):
    """Every binding by section: keys (after remapping), what it does, and its id for `app.keymap`."""

    BINDINGS = [
        Binding("escape,q,question_mark,f1", "close", "Close help", id="help.close"),
        Binding("j,down", "scroll_down", show=False),
        Binding("k,up", "scroll_up", show=False),
    ]
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll { width: 90%; max-width: 100; height: 90%; border: round $accent;
        background: $panel; padding: 0 1; }
    """

    def compose(self) -> ComposeResult:
        keymap: dict[str, str] = dict(getattr(self.app, "user_keymap", {}))
        parts: list = [Text("Parallax keys — remap any of them by id in config.yaml under app.keymap", style="bold")]
        for section in SECTIONS:
            table = Table(title=section.title, title_justify="left", title_style="bold",
                          show_header=False, box=None, expand=True, padding=(0, 1))
            table.add_column("keys", style="bold cyan", ratio=2, no_wrap=False)
            table.add_column("does", ratio=3)
            table.add_column("id", style="dim", ratio=2)
            for b in section.bindings:
                table.add_row(Text(key_label(self.app.get_key_display, effective_keys(b, keymap))),
                              Text(b.description), Text(b.id or ""))
            parts += [Text(""), table]
        parts += [Text(""), Text("Mouse: click rows to select, double-click or Enter to open; scroll anywhere.",
                                 style="dim")]
        with VerticalScroll() as scroll:
            scroll.border_title = "Help (Esc to close)"
            yield Static(Group(*parts))

    def action_close(self) -> None:
        self.dismiss(None)

    def action_scroll_down(self) -> None:
        self.query_one(VerticalScroll).scroll_down()

    def action_scroll_up(self) -> None:
        self.query_one(VerticalScroll).scroll_up()
