"""Start the Textual app; Textual is imported here, only when the app starts."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .app import ParallaxApp


def build_app(config_path: str | None, index_dir: str | None) -> ParallaxApp:
    """The app on the configured index, its article list already being read while Textual is imported."""
    from index.library import Library

    from .prefetch import ListPrefetch
    from .state import UserState

    library = Library.open(config_path, index_dir)
    state = UserState()
    prefetch = ListPrefetch(library, state.get("sort", "date") or "date") if library.exists() else None
    from .app import ParallaxApp

    return ParallaxApp(library, state, prefetch=prefetch)


def launch_app(config_path: str | None, index_dir: str | None) -> int:
    build_app(config_path, index_dir).run()
    return 0
