"""Pilot tests for each flow of the app: open, search, actors and n, quotes, marks, help, keymap, quit, hostile text."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from test_app_support import build_index, make_app, run_async, settle

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_index(tmp_path_factory.mktemp("index") / "idx")


@pytest.fixture
def app(index_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    return make_app(index_dir, tmp_path / "state", monkeypatch)


def help_text(app) -> str:
    """The help screen's text as plain lines."""
    from rich.console import Console
    from textual.widgets import Static

    console = Console(width=100, record=True, file=open("/dev/null", "w"))
    console.print(app.screen.query_one(Static).content)
    return console.export_text()


def main_screen(app):
    from tui.screens.main import MainScreen

    assert isinstance(app.screen, MainScreen)
    return app.screen


def reader(app):
    from tui.screens.reader import ReaderScreen

    assert isinstance(app.screen, ReaderScreen)
    return app.screen


@run_async
async def test_list_then_open_article(app) -> None:
    from tui.widgets.article_list import ArticleList
    from tui.widgets.reader import ArticleView

    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot, lambda: len(app.screen.query_one(ArticleList).ids) == 5)
        table = app.screen.query_one(ArticleList)
        assert table.row_count == 5
        await pilot.press("j", "enter")
        await settle(pilot, lambda: app.screen.query_one(ArticleView).ready)
        screen = reader(app)
        assert screen.article_id == table.ids[1]
        assert app.state.is_read(screen.article_id)
        await pilot.press("G", "g", "pagedown", "escape")
        await settle(pilot)
        main_screen(app)


@run_async
async def test_first_start_without_an_index_indexes_the_corpus_then_fills_the_list(tmp_path: Path, monkeypatch) -> None:
    """No index yet: the app indexes the configured corpus (the seeds) in a worker, with a progress bar,
    and the list fills in when it is done."""
    from textual.widgets import ProgressBar

    from tui.widgets.article_list import ArticleList

    app = make_app(tmp_path / "new-index", tmp_path / "state", monkeypatch)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = main_screen(app)
        assert screen.has_class("-indexing") or len(screen.query_one(ArticleList).ids) == 5
        await settle(pilot, lambda: len(app.screen.query_one(ArticleList).ids) == 5, timeout=60)
        assert not screen.has_class("-indexing")
        assert screen.query_one(ProgressBar).progress >= 5
    assert (tmp_path / "new-index" / "CURRENT").exists()


def test_indexing_status_shows_rate_and_time_left() -> None:
    from tui.screens.main import indexing_status

    assert indexing_status(1500, 37554, 10.0) == " Indexing 1,500 of 37,554 articles · 150/s · about 4 min left"
    assert indexing_status(300, 400, 2.0) == " Indexing 300 of 400 articles · 150/s · about 1 s left"
    assert indexing_status(0, None, 0.0) == " Indexing 0 articles"


@run_async
async def test_search_and_open_hit(app) -> None:
    from tui.widgets.hits import HitList
    from tui.widgets.reader import ArticleView

    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"ceasefire")
        await settle(pilot, lambda: app.screen.query_one(HitList).option_count > 0)
        hits = app.screen.query_one(HitList)
        assert hits.option_count == 5
        first = hits.hit(0)
        assert first is not None and first.highlights
        await pilot.press("enter")
        await settle(pilot, lambda: app.screen.query_one(ArticleView).ready)
        screen = reader(app)
        assert screen.article_id == first.id
        view = screen.query_one(ArticleView)
        assert view.match_count > 0  # the search terms are the n/N matches
        await pilot.press("n")
        assert view.match_index == 0
        await pilot.press("escape")
        await settle(pilot)
        # back on the hits, not in the bar: j moves the selection instead of typing into the query
        from tui.widgets.search_bar import SearchBar

        await pilot.press("j")
        assert main_screen(app).query_one(SearchBar).value == "ceasefire"
        assert main_screen(app).query_one(HitList).highlighted == 1
        await pilot.press("escape")  # leaves the search: the list is back
        await settle(pilot)
        assert main_screen(app).query_one("#switcher").current == "articles"
        assert app.state.history() == ["ceasefire"]


@run_async
async def test_typing_right_after_slash_goes_to_the_bar(app) -> None:
    from tui.widgets.search_bar import SearchBar

    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("slash", "s", "c")  # s and c would otherwise sort and compare
        assert app.screen.query_one(SearchBar).value == "sc"
        assert app.state.get("sort") is None


@run_async
async def test_bad_query_shows_message(app) -> None:
    from tui.widgets.search_bar import SearchBar

    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *'"unclosed')
        await settle(pilot, lambda: app.screen.query_one(SearchBar).has_class("-error"))
        assert "quote" in str(app.screen.query_one(SearchBar).border_subtitle)


@run_async
async def test_search_history_recall(app) -> None:
    from tui.widgets.search_bar import SearchBar

    app.state.add_history("rubio")
    app.state.add_history("putin")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("slash", "up")
        bar = app.screen.query_one(SearchBar)
        assert bar.value == "putin"
        await pilot.press("up")
        assert bar.value == "rubio"
        await pilot.press("down", "down")
        assert bar.value == ""


async def open_first(app, pilot, query: str = "ceasefire") -> None:
    from tui.widgets.reader import ArticleView

    app.open_article("000_1e560f4247c96284")
    await settle(pilot, lambda: hasattr(app.screen, "article_id") and app.screen.query_one(ArticleView).ready)


@run_async
async def test_actor_select_and_jump(app) -> None:
    from tui.widgets.panes import ActorsTable
    from tui.widgets.reader import ArticleView

    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await open_first(app, pilot)
        screen = reader(app)
        actors = screen.query_one(ActorsTable)
        names = [r.name for r in actors.actor_rows]
        assert {"Marco Rubio", "Donald Trump", "Vladimir Putin"} <= set(names)
        actors.focus()
        actors.move_cursor(row=names.index("Marco Rubio"))
        await settle(pilot)
        view = screen.query_one(ArticleView)
        rubio = next(a for a in screen.extraction.actors if a.name == "Marco Rubio")
        assert view.match_count == len(rubio.mentions)
        await pilot.press("n")
        assert view.match_index == 0
        await pilot.press("n")
        assert view.match_index == 1
        await pilot.press("N")
        assert view.match_index == 0
        await pilot.press("enter")  # search the corpus for this actor
        await settle(pilot, lambda: app.screen.query_one("#search").value == 'actor:"Marco Rubio"'
                     and app.screen.query_one("#hits").option_count > 0)


@run_async
async def test_quote_scrolls_reader(app) -> None:
    from tui.widgets.panes import QuotesTable
    from tui.widgets.reader import ArticleView

    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await open_first(app, pilot)
        screen = reader(app)
        quotes = screen.query_one(QuotesTable)
        assert quotes.row_count > 3
        quotes.focus()
        last = quotes.row_count - 1
        quotes.move_cursor(row=last)
        await settle(pilot)
        view = screen.query_one(ArticleView)
        assert view.match_index == last
        target = view.line_of(quotes.quotes[last].start)
        assert view.scroll_y <= target < view.scroll_y + view.size.height


@run_async
async def test_mark_two_and_compare(app) -> None:
    from tui.widgets.article_list import ArticleList

    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot, lambda: len(app.screen.query_one(ArticleList).ids) == 5)
        ids = app.screen.query_one(ArticleList).ids
        await pilot.press("m", "j", "m")
        assert app.state.marks() == ids[:2]
        await pilot.press("j", "m")  # a third mark drops the oldest
        assert app.state.marks() == ids[1:3]
        await pilot.press("c")
        await settle(pilot)
    from tui.state import UserState

    assert UserState(app.state.directory).marks() == ids[1:3]  # persisted


@run_async
async def test_help_lists_every_binding(app) -> None:
    from tui.keymap import all_bindings
    from tui.screens.help import HelpScreen

    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        text = help_text(app)
        for binding in all_bindings():
            assert binding.id in text
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


@run_async
async def test_keymap_remap_through_config(index_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tui.widgets.search_bar import SearchBar

    config = tmp_path / "config.yaml"
    config.write_text('app:\n  keymap:\n    search: "ctrl+f"\n    help: "f2"\n', encoding="utf-8")
    app = make_app(index_dir, tmp_path / "state", monkeypatch, config=config)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        assert not app.screen.query_one(SearchBar).has_class("-visible")
        await pilot.press("ctrl+f")
        assert app.screen.query_one(SearchBar).has_class("-visible")
        await pilot.press("escape", "f2")
        await settle(pilot)
        assert type(app.screen).__name__ == "HelpScreen"
        text = help_text(app)
        assert any(line.split()[:2] == ["f2", "Help"] for line in text.splitlines())
        assert any(line.split()[:2] == ["^f", "Search"] for line in text.splitlines())


@run_async
async def test_quit_and_reopen_where_left_off(app, index_dir: Path, tmp_path: Path, monkeypatch) -> None:
    from tui.widgets.reader import ArticleView

    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("j", "j", "enter")
        await settle(pilot, lambda: app.screen.query_one(ArticleView).ready)
        opened = reader(app).article_id
        await pilot.press("Q")
        await settle(pilot)
    assert app.return_code == 0
    again = make_app(index_dir, tmp_path / "state", monkeypatch)
    async with again.run_test(size=(100, 30)) as pilot:
        await settle(pilot, lambda: getattr(again.screen, "article_id", None) == opened)


@run_async
async def test_theme_remembered(app) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.theme = "nord"
        await settle(pilot)
    from tui.state import UserState

    assert UserState(app.state.directory).get("theme") == "nord"


HOSTILE_TITLE = "[bold red]x[/] \x1b]8;;http://e\x1b\\link\x1b]8;;\x1b\\ title"


@pytest.fixture(scope="module")
def hostile_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    corpus = tmp_path_factory.mktemp("evil")
    record = {"ID": "evil1", "title": HOSTILE_TITLE, "source": "Evil [i]Outlet[/i]", "date": "2025-01-01",
              "authors": ["Mallory"],
              "content_original": "Plain start. [bold red]x[/] and \x1b]8;;http://e\x1b\\link\x1b]8;;\x1b\\ end.\n\n"
                                  "Second paragraph: Marco Rubio said \"this is [blink]fine[/]\" today."}
    (corpus / "evil.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    return build_index(tmp_path_factory.mktemp("evilidx") / "idx", [corpus])


@run_async
async def test_hostile_text_shown_literally(hostile_index: Path, tmp_path: Path, monkeypatch) -> None:
    from tui.widgets.article_list import ArticleList
    from tui.widgets.reader import ArticleView

    app = make_app(hostile_index, tmp_path / "state", monkeypatch)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot, lambda: len(app.screen.query_one(ArticleList).ids) == 1)
        title_cell = app.screen.query_one(ArticleList).row_cells(0)[-1]
        assert title_cell.plain.startswith("[bold red]x[/] ")
        assert "\x1b" not in title_cell.plain and "link" in title_cell.plain
        shot = app.export_screenshot()
        assert "[bold&#160;red]x[/]" in shot or "[bold red]x[/]" in shot
        assert "http://e" not in shot  # the engine strips the OSC 8 link; nothing of it becomes a hyperlink
        await pilot.press("enter")
        await settle(pilot, lambda: app.screen.query_one(ArticleView).ready)
        shot = app.export_screenshot()
        assert "Evil&#160;[i]Outlet[/i]" in shot or "Evil [i]Outlet[/i]" in shot
        lines = "".join(line.text.plain for line in app.screen.query_one(ArticleView)._lines)
        assert "[bold red]x[/]" in lines and "[blink]fine[/]" in lines and "\x1b" not in lines
