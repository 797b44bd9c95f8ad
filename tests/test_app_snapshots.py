"""Screen snapshots (pytest-textual-snapshot) of the main list at 80x24 and 120x40, search hits, the reader
with highlights, and help. Deterministic: seed index, fresh user state, no clocks, no toasts, no blinking.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from test_app_support import build_index, make_app, settle


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_index(tmp_path_factory.mktemp("snapindex") / "idx")


@pytest.fixture
def app(index_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    app = make_app(index_dir, tmp_path / "state", monkeypatch)
    app.state.set("theme", "textual-dark")
    app.theme = "textual-dark"
    return app


async def _loaded(pilot) -> None:
    from tui.widgets.article_list import ArticleList

    await settle(pilot, lambda: len(pilot.app.screen.query_one(ArticleList).ids) == 5)


async def _quiet(pilot) -> None:
    """Drop toasts and the blinking cursor so the picture is the same on every run."""
    pilot.app.clear_notifications()
    for widget in pilot.app.screen.query("Input"):
        widget.cursor_blink = False
    await settle(pilot)


def test_main_80x24(snap_compare, app) -> None:
    assert snap_compare(app, terminal_size=(80, 24), run_before=_loaded)


def test_main_120x40(snap_compare, app) -> None:
    assert snap_compare(app, terminal_size=(120, 40), run_before=_loaded)


def test_search_results(snap_compare, app) -> None:
    async def run_before(pilot) -> None:
        from tui.widgets.hits import HitList

        await _loaded(pilot)
        await pilot.press("slash", *"ceasefire")
        await settle(pilot, lambda: pilot.app.screen.query_one(HitList).option_count == 5)
        await _quiet(pilot)

    assert snap_compare(app, terminal_size=(120, 40), run_before=run_before)


def test_reader_with_highlights(snap_compare, app) -> None:
    async def run_before(pilot) -> None:
        from tui.widgets.panes import ActorsTable
        from tui.widgets.reader import ArticleView

        await _loaded(pilot)
        pilot.app.open_article("000_1e560f4247c96284", query="ceasefire", extra_terms=["ceasefire"])
        await settle(pilot, lambda: hasattr(pilot.app.screen, "article_id")
                     and pilot.app.screen.query_one(ArticleView).ready)
        actors = pilot.app.screen.query_one(ActorsTable)
        actors.focus()
        actors.move_cursor(row=[r.name for r in actors.actor_rows].index("Marco Rubio"))
        await pilot.press("n")
        await _quiet(pilot)

    assert snap_compare(app, terminal_size=(120, 40), run_before=run_before)


def test_reader_80x24(snap_compare, app) -> None:
    async def run_before(pilot) -> None:
        from tui.widgets.reader import ArticleView

        await _loaded(pilot)
        pilot.app.open_article("001_19302534d2ced3f7")
        await settle(pilot, lambda: hasattr(pilot.app.screen, "article_id")
                     and pilot.app.screen.query_one(ArticleView).ready)
        await _quiet(pilot)

    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


def test_help(snap_compare, app) -> None:
    async def run_before(pilot) -> None:
        await _loaded(pilot)
        await pilot.press("question_mark")
        await _quiet(pilot)

    assert snap_compare(app, terminal_size=(100, 40), run_before=run_before)
