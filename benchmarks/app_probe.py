"""Fresh-process probe of the reader app (or of the baseline's naive equivalent), printing one JSON object.

    python -m benchmarks.app_probe ours INDEX_DIR QUERY [QUERY ...]
    python -m benchmarks.app_probe baseline PLAIN_DIR QUERY [QUERY ...]
    python -m benchmarks.app_probe big INDEX_DIR

ours: start the Textual app headless (run_test), time process start to the article list having rows and
being painted, then type each query key by key (50 ms apart) and time the last keystroke to the hits being painted; peak RSS.
baseline: the naive list (every stored document read for id and title) and one searcher per query.
big: index the seeds plus a synthetic 1 MB article (1,700 paragraphs, quotes and names in each) into INDEX_DIR
if it is not there yet, open that article in the app and time its first text on screen and the whole article
ready, with the longest event-loop stall meanwhile (a 10 ms timer's worst lateness: how long a keypress could
wait); beside it the naive way, the whole article as one highlighted rich Text rendered on the event loop.
"""
from __future__ import annotations

import time

STARTED = time.perf_counter()  # before any heavy import: "app start" includes importing the app

import asyncio  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

BIG_ID = "synthetic-1mb"
KEY_GAP = 0.05  # seconds between typed keys: a fast typist, quicker than the app's debounce


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


def _app(index_dir: str):  # noqa: ANN202 - a ParallaxApp on a fresh user state (a first start)
    import atexit
    import os
    import shutil
    import tempfile

    state = tempfile.mkdtemp(prefix="parallax-probe-state-")
    atexit.register(shutil.rmtree, state, True)
    os.environ["PARALLAX_STATE_DIR"] = state
    from tui.launch import build_app  # the same start-up as `parallax`

    return build_app(None, index_dir)


class _PaintClock:
    """When a query's hits were first drawn: wrappers around MainScreen._show_hits and HitList.render_lines
    (both run on the event loop) note the time and wake the waiting probe, which never polls (a polling
    loop would take the GIL from the search thread it is timing)."""

    def __init__(self) -> None:
        from tui.screens.main import MainScreen
        from tui.widgets.hits import HitList

        self.query: str | None = None
        self.shown = False
        self.painted_at = 0.0
        self.event = asyncio.Event()
        render_lines, show_hits = HitList.render_lines, MainScreen._show_hits
        clock = self

        def timed_show(screen, query, result):  # noqa: ANN001, ANN202
            if query == clock.query:
                clock.shown = True
            return show_hits(screen, query, result)

        def timed_render(hits, crop):  # noqa: ANN001, ANN202
            if clock.shown and not clock.event.is_set():
                clock.painted_at = time.perf_counter()
                clock.event.set()
            return render_lines(hits, crop)

        MainScreen._show_hits = timed_show  # type: ignore[method-assign]
        HitList.render_lines = timed_render  # type: ignore[method-assign]

    def expect(self, query: str) -> None:
        self.query, self.shown, self.painted_at = query, False, 0.0
        self.event.clear()


async def _ours(index_dir: str, queries: list[str]) -> dict:
    app = _app(index_dir)  # first, as `parallax` does: the list query starts before Textual is imported
    from textual import events

    from tui.widgets.article_list import ArticleList

    clock = _PaintClock()
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
            clock.expect(query)
            for ch in query:  # keys as a terminal sends them, KEY_GAP apart (pilot.press would wait for idle)
                await asyncio.sleep(KEY_GAP)
                app._driver.send_message(events.Key("space" if ch == " " else ch, ch))
            last_key = time.perf_counter()
            await asyncio.wait_for(clock.event.wait(), timeout=30)
            typed.append((clock.painted_at - last_key) * 1000)
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


# --- a one-megabyte article ----------------------------------------------------------------------
def synthetic_article(chars: int = 1_000_000) -> dict:
    """A JSON Lines record of ~`chars` characters: paragraphs naming people, quoting them, all distinct."""
    import random

    rng = random.Random(7)
    names = ["Marco Rubio", "Donald Trump", "Vladimir Putin", "Volodymyr Zelensky", "Sergey Lavrov",
             "Keir Starmer", "Emmanuel Macron", "Recep Tayyip Erdogan"]
    words = ("ceasefire talks envoy sanctions grain corridor prisoners exchange istanbul geneva minister "
             "delegation frontline drones energy infrastructure negotiators summit pressure proposal").split()
    paras: list[str] = []
    size = i = 0
    while size < chars:
        a, b = rng.sample(names, 2)

        def w(k: int) -> str:
            return " ".join(rng.choice(words) for _ in range(k))

        p = (f"On day {i} of the process, {a} met officials to discuss the {w(3)} in round {i}. "
             f"\"We are looking at {w(6)} and we expect progress number {i},\" {a} said. "
             f"{b} rejected the {w(4)} plan, saying the {w(5)} was not acceptable for item {i * 7}. "
             f"Observers noted that {w(12)} remained unresolved after meeting {i}.")
        paras.append(p)
        size += len(p) + 2
        i += 1
    return {"ID": BIG_ID, "title": "A one-megabyte article on ceasefire talks", "source": "Synthetic Daily",
            "date": "2025-05-20", "authors": [], "content_original": "\n\n".join(paras)}


def _ensure_big(index_dir: str) -> None:
    """Index the seeds and the synthetic article into `index_dir` unless it already holds them."""
    import tempfile

    from index.library import Library

    lib = Library.open(None, index_dir)
    try:
        if lib.exists():
            try:
                lib.article(BIG_ID)
                return
            except Exception:  # noqa: BLE001 - not there yet
                pass
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "big.jsonl"
            path.write_text(json.dumps(synthetic_article()) + "\n", encoding="utf-8")
            lib.index([Path(__file__).resolve().parent.parent / "seeds", path])
    finally:
        lib.close()


async def _big(index_dir: str) -> dict:
    from tui.widgets.reader import ArticleView

    app = _app(index_dir)
    out: dict = {}
    async with app.run_test(size=(140, 45)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        ticks: list[float] = []
        timer = app.set_interval(0.01, lambda: ticks.append(time.perf_counter()))
        opened = time.perf_counter()
        app.open_article(BIG_ID)
        first = ready = None
        while ready is None and time.perf_counter() - opened < 60:
            await asyncio.sleep(0.005)
            try:
                view = app.screen.query_one(ArticleView)
            except Exception:  # noqa: BLE001 - the reader is not composed yet
                continue
            if first is None and len(view._lines) > 1:
                first = time.perf_counter()
            if view.ready:
                ready = time.perf_counter()
        timer.stop()
        window = [t for t in ticks if opened <= t <= (ready or time.perf_counter())]
        gaps = [b - a for a, b in zip(window, window[1:])]
        out["open_first_text_ms"] = ((first or ready or opened) - opened) * 1000
        out["open_ready_ms"] = ((ready or opened) - opened) * 1000
        out["open_max_stall_ms"] = max(gaps, default=0.0) * 1000
        article = app.library.article(BIG_ID)
        extraction = app.library.extraction(BIG_ID)
    out["naive_stall_ms"] = _naive_open(article, extraction, 136) * 1000
    out["chars"] = len(article.text)
    return out


def _naive_open(article, extraction, width: int) -> float:  # noqa: ANN001
    """Seconds a naive reader blocks its event loop: one rich Text of the article with every mention and
    quote styled, wrapped and rendered at once (what a single Static holding the article does)."""
    from rich.console import Console
    from rich.text import Text

    started = time.perf_counter()
    text = Text(article.text)
    for actor in extraction.actors:
        for m in actor.mentions:
            text.stylize("underline", m.start, m.end)
    for q in extraction.quotes:
        text.stylize("italic", q.start, q.end)
    console = Console(width=width, file=open("/dev/null", "w"), color_system="truecolor")  # noqa: SIM115
    console.render_lines(text, console.options.update_width(width))
    return time.perf_counter() - started


def main(argv: list[str]) -> int:
    mode, directory, queries = argv[0], argv[1], argv[2:]
    if mode == "big":
        _ensure_big(directory)
        result = asyncio.run(_big(directory))
    elif mode == "ours":
        result = asyncio.run(_ours(directory, queries))
    else:
        result = _baseline(directory, queries)
    sys.stdout.write(json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
