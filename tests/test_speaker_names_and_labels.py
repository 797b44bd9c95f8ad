"""Speaker attribution where a name or an aside stands between the quote and its speaker, and quotes that name
a thing rather than quote anyone: made-up sentences, each failing without its rule (split from test_speakers.py)."""
from __future__ import annotations

import pytest

from quote_support import one, quotes


def test_person_of_a_group_without_an_organisation_word_is_still_the_speaker() -> None:
    q = one("\u201cIt really activated the community,\u201d says Michael Varga of Hope, Faith, Charity, a group formed in 2008.")
    assert q.speaker == "Michael Varga"


def test_aside_between_commas_after_the_main_subject_keeps_its_cue() -> None:
    text = ("Chief of staff Ada Brenner met Lena Morris. When Morris asks whether the mayor knew, Brenner, on the recording, "
            "purportedly tells her that \u201cthis is a non-negotiable discussion.\u201d")
    assert quotes(text)[0].speaker == "Ada Brenner"


def test_aside_between_single_hyphens_is_skipped_like_one_between_dashes() -> None:
    text = ("Harry Reid met Ann Dole. Mr Reid - a friend of Senator Ann Dole, home from a US Air Force base - "
            "later said: \u201cIt was a serious effort.\u201d")
    assert quotes(text)[0].speaker == "Harry Reid"


def test_person_of_a_possessive_group_name_is_the_speaker() -> None:
    q = one('"It is a good time to speak up," said Anouk Vettel of People\'s Voice, a charity backing the petition.')
    assert q.speaker == "Anouk Vettel"


def test_participle_after_an_object_behind_a_preposition_keeps_the_sentence_subject() -> None:
    q = one("Ada Brenner has denounced the sentence for her former aide Tom Byrne, tweeting: \u201cCannot allow this!\u201d")
    assert q.speaker == "Ada Brenner"


@pytest.mark.parametrize("text", [
    "Western culture has placed faith in a box called \u201creligion,\u201d apart from the rest of life, Ann Roe said.",
    "Ann Roe met voters. She was even called a RINO, a \u201cRepublican in Name Only,\u201d for criticizing the mayor.",
])
def test_a_thing_given_a_name_or_a_passive_naming_is_no_speech(text: str) -> None:
    assert quotes(text)[0].speaker is None


def test_calling_by_a_named_person_or_a_passive_with_its_agent_is_still_speech() -> None:
    assert one("Senator Ann Roe met voters. The senator called it a \u201cdisgrace.\u201d").speaker == "Ann Roe"
    assert one("A policy shift that was dubbed \u201ca terrific revolution\u201d by the diplomat Ada Brenner.").speaker == "Ada Brenner"


def test_an_organisation_naming_an_unnamed_staffer_after_the_quote_is_not_the_speaker() -> None:
    q = quotes('"I would not say they are cheap," the Senate staff member said.')
    assert q[0].speaker is None and q[0].reason.startswith("unnamed speaker")


def test_an_organisations_report_after_the_quote_still_speaks_for_it() -> None:
    q = quotes('"There have been no signs of change," the Pentagon report said. "Our top priority remains an end to '
               'the fighting," the State Department readout said.')
    assert [x.speaker for x in q] == ["Pentagon", "State Department"]


def test_a_show_title_with_small_words_is_a_title_and_the_sentence_subject_speaks_past_it() -> None:
    q = quotes('Sen. Dana Okafor last week on Fox Business\' "Mornings with Maria" told host Maria Ruiz that she has '
               '"never trusted a communist" at all.')
    assert (q[0].speaker, q[0].reason) == (None, "a title, not speech")
    assert q[1].speaker == "Dana Okafor"


def test_the_person_told_after_a_quote_is_the_listener_not_the_speaker() -> None:
    q = quotes('The senator spoke. In remarks about "fake news" told to host Maria Ruiz on Sunday, nothing was new.')
    assert "Maria Ruiz" not in [x.speaker for x in q]


@pytest.mark.parametrize("text", [
    "Sen. Lee Gramm spoke. \u201cWe should not allow it,\u201d Gramm said on CBS\u2019 \u201cFace the Country.\u201d",
    'Sen. Lee Gramm spoke. "We should not allow it," he said on CBS "This Morning."',
])
def test_title_case_show_after_on_and_its_network_is_a_title_not_speech(text: str) -> None:
    found = quotes(text)
    assert found[0].speaker == "Lee Gramm"
    assert found[1].speaker is None and found[1].reason == "a title, not speech"


@pytest.mark.parametrize("who", ["one current White House butler", "another State Department official"])
def test_unnamed_staffer_after_one_or_another_is_not_the_organisation(who: str) -> None:
    q = one(f'Her departure was expected. "I was waiting on the day for her to leave," {who} said.')
    assert q.speaker is None and q.reason.startswith("unnamed speaker")
