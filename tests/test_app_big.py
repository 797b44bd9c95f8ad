"""A long article (a few hundred quotes and paragraphs) opens whole: text from its first paragraph to its last,
every quote listed in the pane, and the keys move through it."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.app_probe import BIG_ID, synthetic_article
from test_app_support import build_index, make_app, run_async, settle

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def big_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    corpus = tmp_path_factory.mktemp("bigcorpus")
    (corpus / "big.jsonl").write_text(json.dumps(synthetic_article(150_000)) + "\n", encoding="utf-8")
    return build_index(tmp_path_factory.mktemp("bigidx") / "idx", [corpus])


def view_text(view) -> list[str]:
    return [view.render_line(y).text for y in range(view.size.height)]


def on_screen(view) -> str:
    """The reader's visible lines joined as one text (wrapped lines rejoined by single spaces)."""
    return " ".join(" ".join(line.split()) for line in view_text(view))


@run_async
async def test_long_article_opens_whole(big_index: Path, tmp_path: Path, monkeypatch) -> None:
    from tui.widgets.panes import QuotesTable
    from tui.widgets.reader import ArticleView

    app = make_app(big_index, tmp_path / "state", monkeypatch)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        app.open_article(BIG_ID)
        await settle(pilot, lambda: hasattr(app.screen, "article_id") and app.screen.query_one(ArticleView).ready)
        view = app.screen.query_one(ArticleView)
        assert any("On day 0 of the process" in line for line in view_text(view))
        quotes = app.screen.query_one(QuotesTable)
        assert quotes.row_count == len(app.screen.extraction.quotes) > 200
        last = app.screen.article.paragraphs[-1].text
        await pilot.press("G")
        await settle(pilot)
        assert " ".join(last.split()[-6:]) in on_screen(view)
        quotes.focus()
        await pilot.press("G")  # the last quote: the reader scrolls to it
        await settle(pilot)
        assert quotes.cursor_row == quotes.row_count - 1
        assert view.match_index == quotes.row_count - 1
