"""Fresh-process probe of the reader app (or of the baseline's naive equivalent), printing one JSON object.

    python -m benchmarks.app_probe ours INDEX_DIR QUERY [QUERY ...]
    python -m benchmarks.app_probe baseline PLAIN_DIR QUERY [QUERY ...]

ours: start the Textual app headless (run_test), time process start to the article list having rows and
being painted, then type each query key by key and time the last keystroke to the painted hits; peak RSS.
baseline: the naive list (every stored document read for id and title) and one searcher per query.
"""
from __future__ import annotations

import time

STARTED = time.perf_counter()  # before any heavy import: "app start" includes importing the app

import asyncio  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402


def _rss_mb() -> float:
    """Peak RSS of this process image (VmHWM): ru_maxrss would carry the parent's peak across fork+exec."""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def _ours(index_dir: str, queries: list[str]) -> dict:
    import os
    import tempfile

    os.environ["PARALLAX_STATE_DIR"] = tempfile.mkdtemp(prefix="parallax-probe-state-")  # a first start
    from index.library import Library
    from tui.app import ParallaxApp
    from tui.widgets.article_list import ArticleList

    app = ParallaxApp(Library.open(None, index_dir))
    out: dict = {}
    async with app.run_test(size=(140, 45)) as pilot:
        table = None
        while True:
            try:
                table = app.screen.query_one(ArticleList)
            except Exception:  # noqa: BLE001 - screen not composed yet
                table = None
            if table is not None and table.row_count > 0:
                break
            if time.perf_counter() - STARTED > 60:
                raise SystemExit("the article list never got rows")
            await asyncio.sleep(0.002)
        await pilot.pause()  # one more refresh: the rows are painted
        out["start_to_list_ms"] = (time.perf_counter() - STARTED) * 1000
        out["rows"] = table.row_count
        main = app.screen
        typed: list[float] = []
        for query in queries:
            main.action_open_search()
            await pilot.pause()
            for ch in query:
                await pilot.press("space" if ch == " " else ch)
            last_key = time.perf_counter()
            deadline = last_key + 30
            while getattr(main, "_shown_query", None) != query and time.perf_counter() < deadline:
                await asyncio.sleep(0.002)
            await pilot.pause()
            typed.append((time.perf_counter() - last_key) * 1000)
            main.clear_search()
            await pilot.pause()
        out["type_to_results_ms"] = statistics.median(typed)
        out["type_to_results_all_ms"] = [round(t, 1) for t in typed]
        app.open_article(table.ids[0])
        await pilot.pause()
        await pilot.pause()
    out["rss_mb"] = _rss_mb()
    return out


def _baseline(plain_dir: str, queries: list[str]) -> dict:
    from whoosh import index

    from .baseline import list_rows, search

    ix = index.open_dir(plain_dir)
    rows = list_rows(ix)
    out: dict = {"start_to_list_ms": (time.perf_counter() - STARTED) * 1000, "rows": len(rows)}
    typed = []
    for query in queries:
        t = time.perf_counter()
        search(ix, query)
        typed.append((time.perf_counter() - t) * 1000)
    out["type_to_results_ms"] = statistics.median(typed)
    out["rss_mb"] = _rss_mb()
    return out


def main(argv: list[str]) -> int:
    mode, directory, queries = argv[0], argv[1], argv[2:]
    result = asyncio.run(_ours(directory, queries)) if mode == "ours" else _baseline(directory, queries)
    sys.stdout.write(json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
