"""The seeds keep every real sentence and lose their chrome (what a reader checks first)."""
from __future__ import annotations

import pytest

from index.clean import clean_article
from index.ingest import iter_raw
from index.metadata import normalise

from conftest import SEEDS


def _cleaned() -> dict:
    out = {}
    for raw in iter_raw([SEEDS], {}):
        fields, _, _ = normalise(raw.metadata, raw.source_path)
        out[raw.id[:3]] = clean_article(raw, fields)
    return out


ARTICLES = _cleaned()

# Sentences from each seed's body that must survive cleaning (first, middle and last of the body).
MUST_SURVIVE = {
    "000": [
        "The U.S. State Department reaffirmed on May 11 that securing an immediate ceasefire",
        "Kellogg initially said, \"An unconditional 30-day ceasefire first",
        "President Volodymyr Zelensky said on May 11 that he is ready to meet Putin in Turkey on May 15.",
        "In reality, leaked documents from 2022 show that Moscow's first peace offer amounted to Ukraine's effective surrender",
    ],
    "001": [
        "President Donald Trump held a high-stakes phone call with Russian President Vladimir Putin on Monday",
        "Leavitt also said she believed Trump “would certainly be open” to meeting with Putin",
        "“This is yet another reason why pressure on Russia must be increased,” Sybiha added.",
        "Russia’s Defense Ministry said on Monday morning that its forces had downed 35 Ukrainian drones overnight.",
        "ABC News’ Hannah Demissie, William Gretsky and Tanya Stukalova contributed to this report.",
    ],
    "002": [
        "President Donald Trump is open to any framework that brings peace between Kiev and Moscow",
        "Ukraine’s Vladimir Zelensky had said he was ready to engage in talks",
        "Trump reiterated his wish to end the Ukraine conflict and expressed hope “that Russia and Ukraine are able to do something, because it has to stop.”",
    ],
    "003": [
        "The U.S. will decide in the next few days whether it will abandon its efforts",
        "“This peace deal is about these so-called five territories, but there’s so much more to it,” Witkoff said.",
        "Another round of ceasefire talks will take place in London next week.",
    ],
    "004": [
        "Russian and Ukrainian officials met in Istanbul on Friday to discuss a possible ceasefire in the war",
        "the first such discussions since the early days of Moscow's invasion.\n\nWhy it matters: The meeting comes",
        "skipped it and instead sent a delegation led by his adviser Vladimir Medinsky. In response",
        "The Turkish foreign minister Hakan Fidan and Turkish intelligence chief Ibrahim Kalin did attend the meeting.",
        "said Tammy Bruce, a State Department spokesperson.",
        "This story was updated with a statement from a State Department spokesperson.",
    ],
}

CHROME = {
    "000": ["News Feed", "Show More", "3 min read", "Avatar", "Read more", "News Editor",
            "Anna Fratsyvir is a news editor at the Kyiv Independent",
            "Turkey ready to host Russia-Ukraine peace talks, Erdogan tells Macron"],
    "001": ["READ MORE:", "Journalism comes from behind to win the Preakness", "Source link", "Back To Top"],
    "004": ["cupure logo", "trumptrumpstalksukrainepolicegazapeacewarkilledrussia", "Comments", "Similar News", "World news"],
}


@pytest.mark.parametrize("seed,sentence", [(s, x) for s, xs in MUST_SURVIVE.items() for x in xs])
def test_real_sentences_survive(seed: str, sentence: str) -> None:
    assert sentence in ARTICLES[seed].text


@pytest.mark.parametrize("seed,chrome", [(s, x) for s, xs in CHROME.items() for x in xs])
def test_chrome_is_gone(seed: str, chrome: str) -> None:
    article = ARTICLES[seed]
    assert all(chrome not in p.text for p in article.paragraphs)
    assert any(chrome in r.text for r in article.removed), "every removal is listed for `show --removed`"


def test_headline_copies_removed_but_title_kept() -> None:
    article = ARTICLES["001"]
    assert article.title.startswith("Trump says ceasefire negotiations")
    assert not any(p.text == article.title for p in article.paragraphs)
    assert sum(r.rule == "headline" for r in article.removed) == 3


def test_run_together_sentences_repaired() -> None:
    text = ARTICLES["004"].text
    assert "invasion.Why" not in text and "Medinsky.In" not in text and "Germany.His" not in text
    assert "ceasefireEditor" not in text and 'meeting"What' not in text


def test_one_paragraph_article_split_at_section_labels() -> None:
    starts = [p.text.split(":")[0] for p in ARTICLES["004"].paragraphs]
    for label in ("Why it matters", "Driving the news", "Behind the scenes", "What they're saying", "Go deeper", "Editor's note"):
        assert label in starts


def test_captions_marked_not_body() -> None:
    captions = [p.text for p in ARTICLES["001"].paragraphs if p.kind == "caption"]
    assert any(c.startswith("This combination photo shows") for c in captions)
    assert "Sofiia Gatilova/Reuters" in captions
    assert any(p.kind == "caption" and "Getty Images" in p.text for p in ARTICLES["000"].paragraphs)
    assert "This combination photo" not in ARTICLES["001"].body_text


def test_section_headings_marked() -> None:
    headings = [p.text for p in ARTICLES["003"].paragraphs if p.kind == "heading"]
    assert headings == ["Why It Matters", "What To Know", "What People Are Saying", "What Happens Next"]


def test_offsets_point_into_cleaned_text() -> None:
    for article in ARTICLES.values():
        text = article.text
        for p in article.paragraphs:
            assert text[p.start : p.start + len(p.text)] == p.text


def test_whitespace_and_unicode_normalised() -> None:
    assert "Kyiv  and" not in ARTICLES["000"].text
    assert "Kyiv and the" in ARTICLES["000"].text
    for article in ARTICLES.values():
        assert article.original, "the original text is kept beside the cleaned text"
