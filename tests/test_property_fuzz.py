"""Property tests: random queries never crash search (a QueryError at most), random article text never crashes
decoding, cleaning or extraction, and nothing printable ever carries a terminal control."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.clean import clean_article
from index.decode import NotText, decode_bytes, strip_terminal_sequences
from index.dates import parse_date
from index.ingest import split_front_matter
from index.metadata import normalise
from index.models import RawArticle
from index.query import QueryError
from tui.safe_text import markup_safe, plain

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
QUERY_ALPHABET = st.sampled_from(list('abcKyivRubio "()[]*?~^:-+<>=/\\\'\x00\x1b\x07\n\t\u201c\u201d')
                                 + ["title:", "date:", "outlet:", "AND", "OR", "NOT", "TO", "2025-05-16", "date:>", "foo:"])
queries = st.one_of(st.text(max_size=60), st.lists(QUERY_ALPHABET, max_size=20).map("".join))
article_text = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(["Kyiv", "Rubio said", "\u201cWe will\u201d", ".", "\n", "\n\n", "\x1b[31m", "[bold]",
                              "Mr. Smith", "--", "READ MORE:", "Zelenskyy", "\x00", "\u202e", " "]), max_size=80).map("".join),
)


def _is_control(ch: str) -> bool:
    return (ord(ch) < 32 and ch not in "\n\t") or 0x7f <= ord(ch) <= 0x9f


@pytest.fixture(scope="module")
def library(seed_index_dir: Path):  # noqa: ANN201
    from index.library import Library

    lib = Library.open(index_dir=seed_index_dir)
    yield lib
    lib.close()


@FAST
@given(query=queries)
def test_random_queries_never_crash_search(library, query: str) -> None:  # noqa: ANN001
    try:
        result = library.search(query, limit=5)
    except QueryError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    assert result.total >= 0
    for hit in result.hits:
        for h in hit.highlights:
            assert 0 <= h.start <= h.end <= len(hit.snippet)


@FAST
@given(text=article_text, title=st.one_of(st.none(), st.text(max_size=40)))
def test_random_text_never_crashes_cleaning(text: str, title: str | None) -> None:
    raw = RawArticle(id="fuzz", text=text, source_path="fuzz.txt", metadata={"title": title} if title else {})
    fields, _, _ = normalise(raw.metadata, raw.source_path)
    article = clean_article(raw, fields)
    assert isinstance(article.title, str)
    for p in article.paragraphs:
        assert article.text[p.start:p.start + len(p.text)] == p.text
        assert not any(_is_control(c) for c in p.text)


@FAST
@given(text=article_text)
def test_random_text_never_crashes_extraction(text: str) -> None:
    try:
        from index.extract import extract
    except ImportError:
        pytest.skip("index.extract not written yet")
    from index.aliases import Aliases

    raw = RawArticle(id="fuzz", text=text, source_path="fuzz.txt")
    article = clean_article(raw, {})
    extraction = extract("fuzz", article.paragraphs, Aliases({"Kyiv": ["Kiev"]}))
    full = article.text
    for q in extraction.quotes:
        assert 0 <= q.start <= q.end <= len(full)


@FAST
@given(data=st.binary(max_size=300))
def test_random_bytes_decode_or_are_refused(data: bytes) -> None:
    try:
        text, warning = decode_bytes(data)
    except NotText as exc:
        assert "binary" in str(exc)
        return
    assert isinstance(text, str) and (warning is None or isinstance(warning, str))


@FAST
@given(block=st.text(max_size=120))
def test_random_front_matter_never_crashes(block: str) -> None:
    meta, body, warnings = split_front_matter(f"---\n{block}\n---\nBody text.", "fuzz.md")
    assert isinstance(meta, dict) and body.endswith("Body text.") or body.startswith("---")
    fields, extra, more = normalise(meta, "fuzz.md")
    assert all(isinstance(v, (str, list)) or v is None for v in fields.values())


@FAST
@given(value=st.one_of(st.text(max_size=30), st.integers(), st.none(), st.floats(), st.lists(st.text(max_size=5))))
def test_random_dates_are_iso_or_unknown(value: object) -> None:
    iso, warning = parse_date(value)
    assert iso is None or (len(iso) in (7, 10) and 1800 <= int(iso[:4]) <= 9999)
    assert warning is None or isinstance(warning, str)


@FAST
@given(text=st.text(alphabet=st.characters(max_codepoint=0x2070), max_size=200))
def test_safe_text_output_has_no_controls(text: str) -> None:
    for out in (plain(text), markup_safe(text), strip_terminal_sequences(plain(text))[0]):
        assert "\x1b" not in out and not any(_is_control(c) for c in out)
