"""The compare screen: a snapshot on a tiny made-up index, and passage selection moving the partner."""
from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from textual.app import App

from index.library import Library
from index.models import ArticleActor, Extraction, Mention, Quote
from index.sidestore import SideStore
from tui.screens.compare import CompareScreen

ARTICLE_A = """---
title: Talks open in Istanbul as Kiev weighs offer
outlet: Daily Alpha
date: 2025-05-15
---
Marco Rubio met officials in Antalya on Thursday to discuss the ceasefire.

Delegations from Kiev and Moscow arrived in Istanbul for direct talks.

"We are open to being helpful in any way we can," Rubio said.

The weather in Antalya was warm.
"""

ARTICLE_B = """---
title: Kyiv sends delegation to Istanbul talks
outlet: Beta Tribune
date: 2025-05-12
---
Delegations from Kyiv and Moscow reached Istanbul for direct talks on Friday.

"We are open to being helpful in any way," Rubio said, according to reporters.

Marco Rubio discussed the ceasefire with officials in Antalya on Thursday.

Markets in London rose sharply.
"""


@pytest.fixture(scope="module")
def tiny_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp_path = tmp_path_factory.mktemp("compare-screen")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "alpha.md").write_text(ARTICLE_A)
    (corpus / "beta.md").write_text(ARTICLE_B)
    index_dir = tmp_path / "index"
    lib = Library.open(index_dir=index_dir)
    lib.index([corpus])
    # Replace whatever the extractor found with a hand-made extraction, so the snapshot shows the compare
    # screen's work and does not change when the extractor improves.
    store = SideStore(lib.index_dir.check().store_path)
    for aid, (raw_hash, root) in store.hashes().items():
        article = lib.article(aid)
        store.put(article, _extraction(aid, article.text), root, raw_hash)
    store.commit()
    store.close()
    lib.close()
    return index_dir


def _extraction(aid: str, text: str) -> Extraction:
    def actor(name: str, kind: str, *forms: str) -> ArticleActor:
        mentions = []
        for form in forms:
            pos = text.find(form)
            while pos >= 0:
                if form != "Rubio" or text[max(0, pos - 6):pos] != "Marco ":
                    mentions.append(Mention(pos, pos + len(form), form))
                pos = text.find(form, pos + 1)
        return ArticleActor(name=name, kind=kind, spellings=list(forms), mentions=mentions)

    actors = [actor("Marco Rubio", "person", "Marco Rubio", "Rubio"), actor("Kyiv", "place", "Kiev", "Kyiv"),
              actor("Moscow", "place", "Moscow"), actor("Istanbul", "place", "Istanbul"),
              actor("Antalya", "place", "Antalya"), actor("London", "place", "London")]
    actors = [a for a in actors if a.mentions]
    start = text.index("We are open")
    end = text.index('"', start)
    quote = Quote(article_id=aid, text=text[start:end].rstrip(","), speaker="Marco Rubio", cue="said",
                  kind="full", start=start, end=end)
    return Extraction(actors=actors, quotes=[quote])


class CompareApp(App[None]):
    """A bare app that opens the compare screen straight away (the real app pushes it on m, m, c)."""

    def __init__(self, index_dir: Path, id_a: str = "alpha", id_b: str = "beta") -> None:
        super().__init__()
        self.library = Library.open(index_dir=index_dir)
        self.ids = (id_a, id_b)

    def on_mount(self) -> None:
        self.push_screen(CompareScreen(self.library, *self.ids))

    def on_unmount(self) -> None:
        self.library.close()


async def _ready(pilot) -> None:  # noqa: ANN001
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def test_compare_screen_snapshot(tiny_index: Path, snap_compare, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("PARALLAX_STATE_DIR", str(tmp_path / "state"))

    async def run_before(pilot) -> None:  # noqa: ANN001
        await _ready(pilot)
        await pilot.press("j", "j")
        await pilot.pause()

    assert snap_compare(CompareApp(tiny_index), terminal_size=(120, 34), run_before=run_before)


def test_compare_screen_narrow_snapshot(tiny_index: Path, snap_compare, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    """At 80x24 the sides are tabs: B is shown at the partner of A's selected passage."""
    monkeypatch.setenv("PARALLAX_STATE_DIR", str(tmp_path / "state"))

    async def run_before(pilot) -> None:  # noqa: ANN001
        await _ready(pilot)
        await pilot.press("j", "t")
        await pilot.pause()

    assert snap_compare(CompareApp(tiny_index), terminal_size=(80, 24), run_before=run_before)


def test_selecting_a_passage_selects_its_partner_and_escape_goes_back(tiny_index: Path) -> None:
    asyncio.run(_selecting(tiny_index))


async def _selecting(tiny_index: Path) -> None:
    app = CompareApp(tiny_index)
    async with app.run_test(size=(80, 24)) as pilot:
        await _ready(pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        pairs = {(p.a, p.b) for p in screen.prepared.comparison.alignment.pairs}
        assert (0, 2) in pairs and (1, 0) in pairs  # Rubio in Antalya; delegations in Istanbul
        await pilot.press("j")  # select passage 0 of A
        col_a, col_b = screen.query_one("#column-a"), screen.query_one("#column-b")
        assert col_a.selected == 0 and col_b.selected == 2
        assert screen.query_one("#b-s2").has_class("-partner")
        await pilot.press("l")
        assert screen.locked is False
        screen.highlight_term("a", "antalya")
        assert "Antalya" in str(screen.query_one("#a-s0").render())
        await pilot.press("escape")
        assert not isinstance(app.screen, CompareScreen)


def test_unknown_id_is_reported_on_screen(tiny_index: Path) -> None:
    asyncio.run(_unknown(tiny_index))


async def _unknown(tiny_index: Path) -> None:
    app = CompareApp(tiny_index, "alpha", "nope")
    async with app.run_test(size=(80, 24)) as pilot:
        await _ready(pilot)
        assert "nope" in str(app.screen.query_one("#compare-summary").render())


def test_scroll_lock_pulls_the_other_column_along(tiny_index: Path) -> None:
    asyncio.run(_scroll_lock(tiny_index))


async def _scroll_lock(tiny_index: Path) -> None:
    app = CompareApp(tiny_index)
    async with app.run_test(size=(100, 16)) as pilot:  # side by side from 100 columns
        await _ready(pilot)
        screen = app.screen
        col_a, col_b = screen.query_one("#column-a"), screen.query_one("#column-b")
        target = screen.query_one("#b-s2")  # partner of A's first passage, further down in B
        col_a.scroll_to(y=0, animate=False)
        col_b.scroll_to(y=0, animate=False)
        await pilot.pause()
        await pilot.press("j")
        await pilot.pause()
        await pilot.pause()
        assert col_b.scroll_y > 0 and col_b.scroll_y <= target.virtual_region.y


def test_leaving_before_the_worker_finishes_is_harmless(tiny_index: Path) -> None:
    asyncio.run(_leave_early(tiny_index))


async def _leave_early(tiny_index: Path) -> None:
    app = CompareApp(tiny_index)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("escape")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not isinstance(app.screen, CompareScreen)


def test_narrow_shows_one_side_at_a_time_as_tabs(tiny_index: Path) -> None:
    asyncio.run(_tabs(tiny_index))


async def _tabs(tiny_index: Path) -> None:
    app = CompareApp(tiny_index)
    async with app.run_test(size=(80, 24)) as pilot:
        await _ready(pilot)
        screen = app.screen
        col_a, col_b = screen.query_one("#column-a"), screen.query_one("#column-b")
        assert screen.query_one("#compare-tabs").display
        assert col_a.display and not col_b.display and col_a.size.width > 70  # one side, full width
        await pilot.press("j")  # A's first passage; its partner is B's third
        await pilot.press("t")
        await pilot.pause()
        await pilot.pause()
        assert col_b.display and not col_a.display and app.focused is col_b
        partner = screen.query_one("#b-s2")
        assert partner.has_class("-partner")
        assert col_b.scroll_y <= partner.virtual_region.y < col_b.scroll_y + col_b.size.height
        await pilot.click("#tab-a")
        await pilot.pause()
        assert col_a.display and not col_b.display


def test_wide_shows_both_sides_without_tabs(tiny_index: Path) -> None:
    asyncio.run(_wide(tiny_index))


async def _wide(tiny_index: Path) -> None:
    app = CompareApp(tiny_index)
    async with app.run_test(size=(120, 30)) as pilot:
        await _ready(pilot)
        screen = app.screen
        assert not screen.query_one("#compare-tabs").display
        await pilot.press("t")
        assert screen.query_one("#column-a").display and screen.query_one("#column-b").display
