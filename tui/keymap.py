"""Every key binding of the app, each with a stable id, in one place.

Screens and widgets take their BINDINGS from here, the help screen is generated from here and the command
palette lists these actions, so the three can never disagree. Users remap keys by id in config.yaml
(`app.keymap: {search: "slash,ctrl+f"}`), which the app passes to Textual's App.set_keymap.
"""
from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding


def _b(id_: str, key: str, action: str, description: str, show: bool = True, priority: bool = False) -> Binding:
    return Binding(key, action, description, show=show, id=id_, priority=priority)


APP = [
    _b("quit", "Q", "quit", "Quit"),
    _b("help", "question_mark,f1", "help", "Help"),
    _b("theme", "T", "change_theme", "Theme", show=False),
    _b("compare", "c", "compare", "Compare marked", show=False),
]

LIST_SCREEN = [
    _b("search", "slash", "open_search", "Search"),
    _b("sort", "s", "cycle_sort", "Sort"),
    _b("mark", "m", "toggle_mark", "Mark"),
    _b("toggle_read", "u", "toggle_read", "Read/unread", show=False),
    _b("list.back", "escape,q", "back", "Back/quit", show=False),
]

READER_SCREEN = [
    _b("reader.back", "escape,q", "back", "Back"),
    _b("next_match", "n", "next_match", "Next match"),
    _b("prev_match", "N", "prev_match", "Prev match"),
    _b("mark", "m", "toggle_mark", "Mark"),
    _b("corpus_actors", "a", "toggle_corpus_actors", "All actors", show=False),
    _b("reader.search", "slash", "open_search", "Search", show=False),
]

TABLE_NAV = [
    _b("nav.down", "j", "cursor_down", "Down", show=False),
    _b("nav.up", "k", "cursor_up", "Up", show=False),
    _b("nav.top", "g", "scroll_top", "Top", show=False),
    _b("nav.bottom", "G", "scroll_bottom", "Bottom", show=False),
]

READER_NAV = [
    _b("reader.down", "j,down", "scroll_down", "Scroll down", show=False),
    _b("reader.up", "k,up", "scroll_up", "Scroll up", show=False),
    _b("reader.top", "g,home", "scroll_home", "Top", show=False),
    _b("reader.bottom", "G,end", "scroll_end", "Bottom", show=False),
    _b("reader.pagedown", "pagedown,space", "page_down", "Page down", show=False),
    _b("reader.pageup", "pageup,b", "page_up", "Page up", show=False),
]

SEARCH_BAR = [
    _b("search.older", "up", "history(-1)", "Earlier search", show=False),
    _b("search.newer", "down", "history(1)", "Later search", show=False),
    _b("search.clear", "escape", "clear", "Clear search", show=False),
]


@dataclass(frozen=True)
class Section:
    """A titled group of bindings, as shown on the help screen."""

    title: str
    bindings: list[Binding]


SECTIONS = [
    Section("Everywhere", APP + [Binding("ctrl+p", "command_palette", "Command palette", id="palette"),
                                 Binding("tab,shift+tab", "focus_next", "Next / previous pane", id="focus")]),
    Section("Article list", LIST_SCREEN + [Binding("enter", "select", "Open article", id="open")]),
    Section("Lists and tables", TABLE_NAV),
    Section("Reader", READER_SCREEN),
    Section("Reader text", READER_NAV),
    Section("Search bar", SEARCH_BAR + [Binding("enter", "submit", "Open selected hit", id="search.open")]),
]


def effective_keys(binding: Binding, keymap: dict[str, str]) -> str:
    """The keys a binding answers to once the user's keymap is applied."""
    if binding.id and binding.id in keymap:
        return keymap[binding.id]
    return binding.key


def all_bindings() -> list[Binding]:
    """Every binding with an id, once each (first definition wins)."""
    seen: dict[str, Binding] = {}
    for section in SECTIONS:
        for binding in section.bindings:
            if binding.id and binding.id not in seen:
                seen[binding.id] = binding
    return list(seen.values())
