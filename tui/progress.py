"""A rich.progress bar for long CLI runs (rate and time left), or nothing when quiet or not a terminal."""
from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

from index.indexer import Progress


@contextmanager
def cli_progress(quiet: bool = False) -> Iterator[Progress | None]:
    """Yield a progress callback drawing a bar on stderr; None when quiet or stderr is not a terminal."""
    if quiet or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress as Bar, TaskProgressColumn, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    columns = [TextColumn("[bold]indexing"), BarColumn(), MofNCompleteColumn(), TaskProgressColumn(),
               TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TextColumn("left"), TimeRemainingColumn()]
    with Bar(*columns, console=Console(stderr=True), transient=False) as bar:
        task = bar.add_task("index", total=None, rate="")

        def update(done: int, total: int | None, message: str) -> None:
            speed = bar.tasks[0].speed
            bar.update(task, completed=done, total=total, rate=f"{speed:.0f}/s" if speed else "")

        yield update
