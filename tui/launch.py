"""Start the Textual app; Textual is imported here, only when the app starts."""
from __future__ import annotations


def launch_app(config_path: str | None, index_dir: str | None) -> int:
    from index.library import Library

    library = Library.open(config_path, index_dir)
    from .app import ParallaxApp

    ParallaxApp(library).run()
    return 0
