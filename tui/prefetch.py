"""Start reading the article list before Textual is even imported, so the SQL query and the app's start-up
(importing Textual, composing the first screen) overlap; the main screen takes the rows when it needs them."""
from __future__ import annotations

import threading

from index.library import Library
from index.sidestore import ListRow


class ListPrefetch:
    """`library.list_rows(sort)` running in a thread from construction on; `take(sort)` hands the rows over once."""

    def __init__(self, library: Library, sort: str) -> None:
        self.sort = sort
        self._rows: list[ListRow] | None = None
        self._error: Exception | None = None
        self._library = library
        self._thread = threading.Thread(target=self._run, name="list-prefetch", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._rows = self._library.list_rows(self.sort)
        except Exception as exc:  # noqa: BLE001 - re-raised to the caller of take(), who reports it
            self._error = exc

    def take(self, sort: str) -> list[ListRow] | None:
        """The prefetched rows if they are for `sort` (waiting for the query to finish), else None; once only."""
        if sort != self.sort or self._thread is None:
            return None
        self._thread.join()
        self._thread = None  # type: ignore[assignment]
        rows, error, self._rows = self._rows, self._error, None
        if error is not None:
            raise error
        return rows
