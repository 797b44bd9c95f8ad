"""The article body: a virtual, line-based scroll view over pre-wrapped rich Text.

Only the visible lines are rendered, and styling plus wrapping run in a worker thread that hands over the
first screenfuls early, so a 1 MB article opens without a stall. Highlights that change while reading (the selected actor's mentions, the current
match) are overlaid per line at render time, so selecting an actor never re-wraps the article.
"""
from __future__ import annotations

from bisect import bisect_left

from rich.style import Style
from rich.text import Text
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.worker import get_current_worker

from index.models import Article, Extraction

from ..keymap import READER_NAV

FIRST_CHARS = 20_000  # an article longer than this shows its first ~20 KB while the rest is styled
from .article_text import Block, Document, Line, document, find_terms, iter_blocks, wrap_document


class ArticleView(ScrollView, can_focus=True):
    """Scrollable cleaned article with mentions, quotes (and speakers) and search terms highlighted."""

    BINDINGS = READER_NAV
    COMPONENT_CLASSES = {
        "article-view--mention", "article-view--quote", "article-view--speaker", "article-view--unattributed",
        "article-view--term", "article-view--active", "article-view--current", "article-view--heading",
        "article-view--caption",
    }
    DEFAULT_CSS = """
    ArticleView { padding: 0 1; background: $surface; scrollbar-gutter: stable; }
    ArticleView:focus { background-tint: $foreground 3%; }
    ArticleView > .article-view--mention { text-style: underline; color: $accent; }
    ArticleView > .article-view--quote { color: $success; text-style: italic; }
    ArticleView > .article-view--speaker { color: $warning; text-style: bold; }
    ArticleView > .article-view--unattributed { color: $text-muted; text-style: italic; }
    ArticleView > .article-view--term { background: $warning 45%; text-style: bold; }
    ArticleView > .article-view--active { background: $accent 40%; text-style: bold; }
    ArticleView > .article-view--current { background: $error 60%; text-style: bold reverse; }
    ArticleView > .article-view--heading { text-style: bold; color: $primary; }
    ArticleView > .article-view--caption { text-style: italic; color: $text-muted; }
    """

    class Ready(Message):
        """The article is styled and wrapped; positions can now be scrolled to."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._doc: Document | None = None
        self._lines: list[Line] = [Line(-1, 0, 0, Text("Loading…", style="dim"))]
        self._first_line: list[int] = []
        self._wrapped_width = 0
        self._matches: list[tuple[int, int]] = []
        self._term_matches: list[tuple[int, int]] = []
        self._cursor = -1
        self._overlay: dict[int, list[tuple[int, int, str]]] = {}
        self._current: tuple[int, int, int] | None = None

    # --- loading -------------------------------------------------------------------------------
    def _styles(self) -> dict[str, Style]:
        names = ("mention", "quote", "speaker", "unattributed", "term", "heading", "caption")
        styles = {n: self.get_component_rich_style(f"article-view--{n}", partial=True) for n in names}
        styles["body"] = Style()
        return styles

    def show(self, article: Article, extraction: Extraction | None, terms: list[str]) -> None:
        """Style and wrap the article in a worker; the view says Loading… until it is ready."""
        self._doc = None
        self._lines = [Line(-1, 0, 0, Text("Loading…", style="dim"))]
        self._matches, self._term_matches, self._cursor, self._overlay, self._current = [], [], -1, {}, None
        self._update_size()
        styles = self._styles()
        width = self._text_width()
        self.run_worker(lambda: self._build(article, extraction, terms, styles, width),
                        thread=True, exclusive=True, group="reader-build")

    def _build(self, article: Article, extraction: Extraction | None, terms: list[str],
               styles: dict[str, Style], width: int) -> None:
        """Worker: style and wrap. The first screenfuls are handed over as soon as they are styled, so a
        long article shows at once; the whole document (and n/N positions) follows."""
        worker = get_current_worker()
        blocks: list[Block] = []
        chars, shown = 0, False
        for block in iter_blocks(article, extraction, terms, styles):
            blocks.append(block)
            chars += block.length
            if not shown and chars >= FIRST_CHARS:
                shown = True
                lines = wrap_document(document(list(blocks)), width)
                if worker.is_cancelled:
                    return
                self.app.call_from_thread(self._set_first_lines, lines, width)
        doc = document(blocks)
        hits = find_terms(article.text, terms) if terms else []
        lines = wrap_document(doc, width)
        if not worker.is_cancelled:
            self.app.call_from_thread(self._set_document, doc, lines, width, hits)

    def _set_first_lines(self, lines: list[Line], width: int) -> None:
        """The start of a long article while the rest is being styled (not yet `ready`)."""
        if self._doc is None:
            self._set_lines(lines, width)

    def _set_document(self, doc: Document, lines: list[Line], width: int, hits: list[tuple[int, int]]) -> None:
        self._doc = doc
        self._term_matches = hits
        self._set_lines(lines, width)
        self.set_matches(hits)
        self.post_message(self.Ready())
        self.call_after_refresh(self.on_resize)

    def _set_lines(self, lines: list[Line], width: int) -> None:
        self._lines = lines
        self._wrapped_width = width
        self._first_line = []
        for i, line in enumerate(lines):
            while line.block >= len(self._first_line) and line.block >= 0:
                self._first_line.append(i)
        self._update_size()
        self.refresh()

    def _text_width(self) -> int:
        width = self.scrollable_content_region.width
        return width if width > 0 else max(20, self.app.size.width - 4)

    def _update_size(self) -> None:
        self.virtual_size = Size(self._wrapped_width or 1, len(self._lines))

    def on_resize(self) -> None:
        width = self._text_width()
        if self._doc is not None and width != self._wrapped_width:
            doc = self._doc
            top = self.top_offset()
            self.run_worker(lambda: self._rewrap(doc, width, top), thread=True, exclusive=True, group="reader-wrap")

    def _rewrap(self, doc: Document, width: int, top: int | None) -> None:
        lines = wrap_document(doc, width)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._after_rewrap, lines, width, top)

    def _after_rewrap(self, lines: list[Line], width: int, top: int | None) -> None:
        self._set_lines(lines, width)
        if top is not None:
            self.scroll_to(y=self.line_of(top), animate=False)

    @property
    def ready(self) -> bool:
        return self._doc is not None

    # --- positions -----------------------------------------------------------------------------
    def line_of(self, offset: int) -> int:
        """The wrapped line showing article offset `offset`."""
        if self._doc is None or not self._first_line:
            return 0
        b = self._doc.block_at(offset)
        local = self._doc.blocks[b].local(offset)
        first = self._first_line[min(b, len(self._first_line) - 1)]
        i = first
        while i + 1 < len(self._lines) and self._lines[i + 1].block == b and self._lines[i + 1].start <= local:
            i += 1
        return i

    def top_offset(self) -> int | None:
        """The article offset at the top of the view, to keep the place across a re-wrap."""
        if self._doc is None:
            return None
        y = min(int(self.scroll_y), len(self._lines) - 1)
        while y < len(self._lines) and self._lines[y].block < 0:
            y += 1
        if y >= len(self._lines):
            return None
        return self._doc.blocks[self._lines[y].block].start

    def scroll_to_offset(self, offset: int) -> None:
        """Bring article offset `offset` into view, a couple of lines below the top."""
        self.scroll_to(y=max(0, self.line_of(offset) - 2), animate=False)

    # --- matches -------------------------------------------------------------------------------
    def set_matches(self, ranges: list[tuple[int, int]] | None) -> None:
        """Ranges that n/N jump between and that are highlighted strongly (None: back to search terms)."""
        self._matches = sorted(ranges if ranges is not None else self._term_matches)
        self._cursor = -1
        self._rebuild_overlay()

    @property
    def match_count(self) -> int:
        return len(self._matches)

    @property
    def match_index(self) -> int:
        return self._cursor

    def jump(self, step: int) -> bool:
        """Move to the next (step=1) or previous (-1) match after the current one; False if none."""
        if not self._matches or self._doc is None:
            return False
        if self._cursor < 0:
            top = self.top_offset() or 0
            starts = [s for s, _ in self._matches]
            self._cursor = bisect_left(starts, top) if step > 0 else bisect_left(starts, top) - 1
        else:
            self._cursor += step
        self._cursor %= len(self._matches)
        self._set_current()
        self.scroll_to_offset(self._matches[self._cursor][0])
        return True

    def goto_match(self, index: int) -> None:
        """Make match `index` the current one and scroll to it."""
        if 0 <= index < len(self._matches):
            self._cursor = index
            self._set_current()
            self.scroll_to_offset(self._matches[index][0])

    def _rebuild_overlay(self) -> None:
        """Place every match once (per set_matches); the current one is tracked apart, so n/N stay cheap."""
        self._overlay = {}
        if self._doc is not None:
            for s, e in self._matches:
                b, ls, le = self._locate(s, e)
                self._overlay.setdefault(b, []).append((ls, le, "active"))
        self._set_current()

    def _locate(self, s: int, e: int) -> tuple[int, int, int]:
        assert self._doc is not None
        b = self._doc.block_at(s)
        block = self._doc.blocks[b]
        return b, block.local(s), block.local(min(e, block.start + block.length), end=True)

    def _set_current(self) -> None:
        self._current = None
        if self._doc is not None and 0 <= self._cursor < len(self._matches):
            self._current = self._locate(*self._matches[self._cursor])
        self.refresh()

    # --- rendering -----------------------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.scrollable_content_region.width
        style = self.rich_style
        if index >= len(self._lines):
            return Strip.blank(width, style)
        line = self._lines[index]
        text = line.text
        marks = list(self._overlay.get(line.block, ()))
        if self._current is not None and self._current[0] == line.block:
            marks.append((self._current[1], self._current[2], "current"))
        if marks:
            text = text.copy()
            for s, e, kind in marks:
                if e > line.start and s < line.end:
                    text.stylize(self.get_component_rich_style(f"article-view--{kind}", partial=True),
                                 max(s, line.start) - line.start, min(e, line.end) - line.start)
        strip = Strip(list(text.render(self.app.console, end="")))
        return strip.crop_extend(scroll_x, scroll_x + width, style).apply_style(style)
