"""Snippets: the matched word is highlighted wherever it is, and the fast path cuts what Whoosh's highlighter cuts."""
from __future__ import annotations

from pathlib import Path

import pytest
from whoosh import highlight

from index.schema import text_analyzer
from index.snippets import Snippeter, TermMatch, first_match, parse_marked

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def whoosh_snippet(snippeter: Snippeter, text: str, terms: TermMatch) -> tuple[str, list]:
    """Whoosh's own ContextFragmenter, top_fragments and formatter over the same window."""
    start = first_match(text, terms, snippeter.words)
    assert start is not None
    window = snippeter._window(text, start)
    fragments = snippeter.fragmenter.fragment_tokens(window, snippeter.words.tokens(window, terms))
    best = highlight.top_fragments(fragments, 2, snippeter.scorer, highlight.FIRST, minscore=1)
    return parse_marked(snippeter.formatter(window, best).replace("\n", " "))


TERMS = [TermMatch(frozenset({"ceasefir"})), TermMatch(frozenset({"zelenski", "putin"})), TermMatch(frozenset({"the"})),
         TermMatch(frozenset(), ("negoti",)), TermMatch(frozenset(), (), ("ukr?in*",)), TermMatch(frozenset({"said", "s"}))]


@pytest.mark.parametrize("terms", TERMS, ids=lambda t: "+".join(sorted([*t.exact, *t.prefixes, *t.patterns])))
def test_snippets_match_whooshs_highlighter_on_the_seeds(terms: TermMatch) -> None:
    snippeter = Snippeter(text_analyzer(), 240)
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        if first_match(text, terms, snippeter.words) is None:
            continue
        snippet, spans = snippeter.snippet(text, terms)
        assert (snippet, spans) == whoosh_snippet(snippeter, text, terms), path.name
        assert spans and all(snippeter.words(snippet[h.start:h.end]) in terms for h in spans)


def test_a_match_deep_in_an_accented_article_is_found_and_highlighted() -> None:
    snippeter = Snippeter(text_analyzer(), 240)
    filler = "Le café de la Rive Gauche était plein, écrivait-on. " * 120  # ~6,000 characters, not ASCII
    for lead in range(0, 60, 7):  # the first match lands at different places around the folding chunks
        text = filler[: 2000 + lead * 31] + " the Ukrainian ceasefire talks were held in Genève. " + filler
        snippet, spans = snippeter.snippet(text, TermMatch(frozenset({"ceasefir"})))
        assert [snippet[h.start:h.end] for h in spans] == ["ceasefire"]
        assert (snippet, spans) == whoosh_snippet(snippeter, text, TermMatch(frozenset({"ceasefir"})))
        assert snippeter.snippet(text, TermMatch(frozenset({"genev"})))[1], "accents fold in the search for a match"
