"""Which verbs attribute a quote, and in which frames: rarer speech verbs after a quote ("…," huffed X), judging
verbs only with "as" ("X dismissed it as "…""), and a participle cue's subject ("…, adding:"). Short made-up
sentences, each failing without its rule."""
from __future__ import annotations

import pytest

from quote_support import one, quotes


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


def test_revealed_is_a_speech_verb_for_a_partial_quote() -> None:
    found = quotes("Tom Fink met Robert Muller. \u201cWe found nothing,\u201d Muller revealed on Tuesday. Then the lawyer "
                   "said no. Muller revealed that the aide lied \u201con a variety of matters.\u201d")
    assert [q.speaker for q in found] == ["Robert Muller", "Robert Muller"]


def test_as_revealed_in_a_film_names_no_speaker_for_the_next_he() -> None:
    found = quotes("Edward Snowdon is in Moscow, where he has reunited with his girlfriend Lindsay Mils, as revealed "
                   "in a new documentary.\n\n\u201cShe was not entirely pleased, but it was a reunion,\u201d he said.")
    assert found[-1].speaker == "Edward Snowdon"


@pytest.mark.parametrize("verb", ["pressed", "countered", "interjected"])
def test_name_and_any_speech_verb_after_a_question_attribute_it(verb: str) -> None:
    found = quotes(f'"Well, one is too many," Betsy DeVoss said.\n\n"But are they the same?" Lesley Stahr {verb}.')
    assert [q.speaker for q in found] == ["Betsy DeVoss", "Lesley Stahr"]
