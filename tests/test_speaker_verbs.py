"""Which verbs attribute a quote, and in which frames: rarer speech verbs after a quote ("…," huffed X), judging
verbs only with "as" ("X dismissed it as "…""), and a participle cue's subject ("…, adding:"). Short made-up
sentences, each failing without its rule."""
from __future__ import annotations

import pytest

from quote_support import one


@pytest.mark.parametrize("verb", ["huffed", "bemoaned", "opined", "implored", "interjected", "deadpanned", "chuckled",
                                  "surmised", "grumbled"])
def test_rarer_speech_verb_after_quote_names_the_speaker(verb: str) -> None:
    q = one(f'The hearing ran late. "I am going to wrap it up with this," {verb} Marta Quill, who chairs the panel.')
    assert q.speaker == "Marta Quill"


def test_adjective_between_speech_verb_and_name_is_skipped() -> None:
    q = one('Senator Mitch Quill took questions. "Try one more time," beseeched an exasperated Quill to the press.')
    assert q.speaker == "Mitch Quill"


@pytest.mark.parametrize("frame", ["has dismissed it as", "hailed the deal as", "earlier had derided it as"])
def test_judging_verb_with_as_names_its_subject(frame: str) -> None:
    q = one(f'After Tom Byrne signed the deal with the union on Friday, Governor Ines Varga {frame} "a disaster."')
    assert q.speaker == "Ines Varga"


def test_judging_verb_after_a_noun_names_the_one_who_judged() -> None:
    q = one('Tom Byrne faces accusations of fraud, a claim Governor Ines Varga has dismissed as "rubbish and nonsense."')
    assert q.speaker == "Ines Varga"


def test_judging_verb_without_as_quotes_someone_else() -> None:
    q = one('Critics lambasted Governor Ines Varga for saying the plan was "a win for every family."')
    assert q.speaker != "Critics"


def test_participle_after_an_object_with_by_belongs_to_the_sentence_subject() -> None:
    q = one('Governor Ines Varga also questioned claims by the Democratic Party that its servers were hacked, adding: '
            '"How are they so sure?"')
    assert q.speaker == "Ines Varga"
