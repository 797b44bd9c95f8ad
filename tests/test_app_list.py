"""The article list on a corpus longer than the screen: only rows in view are drawn, and paging, jumps, the
mouse, sorting, read marks and resuming all act on what the user sees."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from test_app_support import build_index, make_app, run_async, settle

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
COUNT = 150


@pytest.fixture(scope="module")
def long_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    corpus = tmp_path_factory.mktemp("long")
    lines = []
    for i in range(COUNT):
        lines.append(json.dumps({
            "ID": f"a{i:03d}", "title": f"Story number {i:03d} about the talks", "source": f"Outlet {chr(65 + i % 26)}",
            "date": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}", "authors": [],
            "content_original": f"Talks went on for day {i}. The envoy said the plan was fine.\n\nMore text {i}."}))
    (corpus / "long.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return build_index(tmp_path_factory.mktemp("longidx") / "idx", [corpus])


def shown(table) -> list[str]:
    """The table's lines as the user sees them (header first)."""
    return [table.render_line(y).text for y in range(table.size.height)]


def cursor_line(table) -> str:
    """The line drawn with the cursor style."""
    row = table.cursor_row - round(table.scroll_y) + 1
    assert 1 <= row < table.size.height, "the cursor row is off screen"
    return table.render_line(row).text


async def loaded(app, pilot):
    from tui.widgets.article_list import ArticleList

    await settle(pilot, lambda: app.screen.query_one(ArticleList).row_count == COUNT)
    return app.screen.query_one(ArticleList)


@run_async
async def test_only_a_screenful_and_jumps(long_index: Path, tmp_path: Path, monkeypatch) -> None:
    app = make_app(long_index, tmp_path / "state", monkeypatch)
    async with app.run_test(size=(100, 30)) as pilot:
        table = await loaded(app, pilot)
        lines = shown(table)
        assert lines[0].split()[:2] == ["Date", "Outlet"] and "Title" in lines[0]
        assert sum("Story number" in line for line in lines) == table.size.height - 1
        await pilot.press("G")
        assert table.cursor_row == COUNT - 1
        assert table.ids[-1] and "Story number" in cursor_line(table)
        await pilot.press("g")
        assert table.cursor_row == 0 and round(table.scroll_y) == 0
        await pilot.press("pagedown")
        assert table.cursor_row == table.page_rows
        first_before = shown(table)[1]
        await pilot.press("pagedown", "pagedown")
        assert shown(table)[1] != first_before  # the view moved with the cursor
        await pilot.press("pageup", "pageup", "pageup")
        assert table.cursor_row == 0


@run_async
async def test_click_selects_then_opens(long_index: Path, tmp_path: Path, monkeypatch) -> None:
    from tui.screens.reader import ReaderScreen

    app = make_app(long_index, tmp_path / "state", monkeypatch)
    async with app.run_test(size=(100, 30)) as pilot:
        table = await loaded(app, pilot)
        await pilot.click(table, offset=(30, 4))  # line 4 under the header is row 3
        assert table.cursor_row == 3
        assert not isinstance(app.screen, ReaderScreen)
        await pilot.click(table, offset=(30, 4))
        await settle(pilot, lambda: isinstance(app.screen, ReaderScreen))
        assert app.screen.article_id == table.ids[3]


@run_async
async def test_sort_read_mark_and_resume(long_index: Path, tmp_path: Path, monkeypatch) -> None:
    from tui.screens.reader import ReaderScreen

    app = make_app(long_index, tmp_path / "state", monkeypatch)
    async with app.run_test(size=(100, 30)) as pilot:
        table = await loaded(app, pilot)
        before = table.current_id
        await pilot.press("s", "s")  # date -> outlet -> title
        await settle(pilot, lambda: table.ids[0] == "a000")
        assert table.current_id == before and before in cursor_line(table).replace("Story number ", "a")
        await pilot.press("g")
        assert "Story number 000" in shown(table)[1]
        await pilot.press(*"j" * 40)
        target = table.current_id
        assert target == "a040" and "Story number 040" in cursor_line(table)
        assert cursor_line(table).startswith("\u25cf")  # unread
        await pilot.press("enter")
        await settle(pilot, lambda: isinstance(app.screen, ReaderScreen))
        await pilot.press("escape")
        await settle(pilot)
        assert table.current_id == target and not cursor_line(table).startswith("\u25cf")  # now read
        await pilot.press("Q")
    again = make_app(long_index, tmp_path / "state", monkeypatch)
    async with again.run_test(size=(100, 30)) as pilot:
        table = await loaded(again, pilot)
        await settle(pilot, lambda: table.current_id == target)
        assert "Story number 040" in cursor_line(table)  # back where the user left off, in view


@run_async
async def test_title_gets_the_room_at_80_columns(long_index: Path, tmp_path: Path, monkeypatch) -> None:
    app = make_app(long_index, tmp_path / "state", monkeypatch)
    async with app.run_test(size=(80, 24)) as pilot:
        table = await loaded(app, pilot)
        header = shown(table)[0]
        assert header.index("Title") <= 38
        assert "Story number" in shown(table)[1] and "about the talks" in shown(table)[1]


@run_async
async def test_many_hits_then_their_exact_count(long_index: Path, tmp_path: Path, monkeypatch) -> None:
    from tui.widgets.hits import HitList
    from tui.widgets.search_bar import SearchBar

    app = make_app(long_index, tmp_path / "state", monkeypatch)
    async with app.run_test(size=(100, 30)) as pilot:
        await loaded(app, pilot)
        await pilot.press("slash", *"talks")
        await settle(pilot, lambda: app.screen.query_one(HitList).option_count == 20)
        bar = app.screen.query_one(SearchBar)
        await settle(pilot, lambda: "counting" not in str(bar.border_subtitle))
        assert str(bar.border_subtitle) == f"{COUNT} matching · showing 20"


def test_prefetched_list_is_the_list(long_index: Path) -> None:
    from index.library import Library
    from tui.prefetch import ListPrefetch

    lib = Library.open(None, long_index)
    prefetch = ListPrefetch(lib, "title")
    assert prefetch.take("date") is None  # another order: the screen reads it itself
    assert prefetch.take("title") == lib.list_rows("title")
    assert prefetch.take("title") is None  # handed over once
    lib.close()


@run_async
async def test_started_like_parallax(long_index: Path, tmp_path: Path, monkeypatch) -> None:
    from tui.launch import build_app

    monkeypatch.setenv("PARALLAX_STATE_DIR", str(tmp_path / "state"))
    app = build_app(None, str(long_index))
    assert app.prefetch is not None
    async with app.run_test(size=(100, 30)) as pilot:
        table = await loaded(app, pilot)
        assert "Story number" in shown(table)[1]
