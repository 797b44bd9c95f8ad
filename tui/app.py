"""ParallaxApp: the full-screen reader over one Library, with user state kept outside the index.

The app owns what is shared between screens: the library, the user state, the keymap from config, the
theme (remembered), compare marks, and the command palette entries (every bound action of the screen).
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from pathlib import Path

from textual.app import App, SystemCommand
from textual.screen import Screen

from index.library import Library

from .keymap import APP, effective_keys
from .prefetch import ListPrefetch
from .state import UserState


class ParallaxApp(App[None]):
    """Article list, search, reader with actors and quotes; keyboard first, mouse works too."""

    CSS_PATH = Path(__file__).with_name("app.tcss")
    BINDINGS = APP
    TITLE = "Parallax"

    def __init__(self, library: Library, state: UserState | None = None, prefetch: ListPrefetch | None = None) -> None:
        super().__init__()
        self.library = library
        self.state = state or UserState()
        self.prefetch = prefetch  # the article list, already being read (tui.launch starts it before Textual)
        self.user_keymap: dict[str, str] = dict(library.config.keymap)
        self.set_keymap(self.user_keymap)
        theme = self.state.get("theme") or library.config.theme
        if theme in self.available_themes:
            self.theme = theme

    def get_default_screen(self) -> Screen:
        from .screens.main import MainScreen

        return MainScreen()

    def on_mount(self) -> None:
        self.theme_changed_signal.subscribe(self, self._theme_changed)

    def _theme_changed(self, theme: object) -> None:
        name = getattr(theme, "name", None)
        if name:
            self.state.set("theme", name)

    def on_unmount(self) -> None:
        self.library.close()
        self.state.close()

    # --- shared actions ------------------------------------------------------------------------
    def open_article(self, article_id: str, query: str = "", extra_terms: list[str] | None = None) -> None:
        """Push the reader for one article and remember it as where the user left off."""
        from .screens.reader import ReaderScreen

        self.state.set("last_article", article_id)
        self.state.set("last_screen", "reader")
        self.push_screen(ReaderScreen(article_id, query, extra_terms))

    def search_corpus(self, query: str) -> None:
        """Back to the main screen and search for `query` there (empty: just open the bar)."""
        from .screens.main import MainScreen

        while len(self.screen_stack) > 1 and not isinstance(self.screen, MainScreen):
            self.pop_screen()
        self.state.set("last_screen", "list")
        main = self.screen
        if isinstance(main, MainScreen):
            if query:
                main.start_search(query)
            else:
                main.action_open_search()

    def toggle_mark(self, article_id: str) -> None:
        marked, dropped = self.state.toggle_mark(article_id)
        marks = self.state.marks()
        if not marked:
            self.notify("Unmarked for compare")
        elif dropped:
            self.notify("Marked; the oldest mark was dropped (two at most)")
        elif len(marks) == 2:
            self.notify("Two articles marked: press c to compare")
        else:
            self.notify("Marked for compare: mark one more")

    def action_compare(self) -> None:
        marks = self.state.marks()
        if len(marks) < 2:
            self.notify("Compare needs two marked articles: press m on two articles", severity="warning")
            return
        try:
            from .screens.compare import CompareScreen  # built by another issue; may not exist yet
        except ImportError:
            self.notify("Compare is unavailable in this version", severity="warning")
            return
        try:
            self.push_screen(CompareScreen(self.library, marks[0], marks[1]))
        except Exception as exc:  # a failing compare must not take the reader down
            self.notify(f"Compare failed: {exc}", severity="error", markup=False)

    def action_help(self) -> None:
        from .screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_quit(self) -> None:  # type: ignore[override]
        self.exit()

    # --- command palette -----------------------------------------------------------------------
    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Every bound action reachable from `screen` (with its keys), plus Textual's own commands."""
        seen: set[str] = set()
        for active in screen.active_bindings.values():
            b = active.binding
            if not b.id or b.id in seen or not b.description:
                continue
            seen.add(b.id)
            keys = effective_keys(b, self.user_keymap).replace(",", " / ")
            yield SystemCommand(b.description, f"keys: {keys} · id: {b.id}",
                                partial(self.run_action, b.action, active.node))
        for name in ("date", "outlet", "title"):
            yield SystemCommand(f"Sort by {name}", "sort the article list", partial(self._sort_by, name))
        yield from super().get_system_commands(screen)

    def _sort_by(self, name: str) -> None:
        from .screens.main import MainScreen

        self.state.set("sort", name)
        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                screen.load_articles()
