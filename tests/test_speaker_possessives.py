"""Speakers behind a possessive speech noun ("Roe's claim that …"), "in Roe's words", "is quoted as saying",
rank-qualified roles and unnamed speakers a he/she goes on from; names after an opening participle or a
compound role: short made-up sentences, each failing without its rule (twelfth session)."""
from __future__ import annotations

from quote_support import one, quotes

from index.aliases import Aliases
from index.extract import extract, paragraphs_from_text


def _persons(text: str) -> set[str]:
    return {a.name for a in extract("t", paragraphs_from_text(text), Aliases(groups={})).actors if a.kind == "person"}


def test_possessive_statement_with_a_that_clause_before_the_quote() -> None:
    q = one("Omar Veld said the remark echoed former nominee Nell Ambrose\u2019s famous statement that half of the "
            "voters could be put into \u201ca basket of lost causes.\u201d")
    assert q.speaker == "Nell Ambrose"


def test_a_quote_said_of_the_claim_is_not_the_claimants() -> None:
    q = one("Prosecutor Tara Wendt noted that Ivo Kastner\u2019s claim that the deal ended in 2016 was an attempt "
            "to \u201chide the links to the firm.\u201d")
    assert q.speaker == "Tara Wendt"


def test_his_claim_goes_to_the_person_he_is_and_makes_no_cue() -> None:
    found = quotes('Omar Veld spoke on Monday.\n\nHe blamed the fires on "bad water laws" and his claim that the '
                   'water was "being wasted in the sea."')
    assert [q.speaker for q in found] == ["Omar Veld", "Omar Veld"]


def test_calling_his_statement_a_word_is_the_callers_word() -> None:
    text = 'John Kastner tweeted on Monday.\n\nLinda Sorell replied in a tweet, calling his statement "hurtful to many of us."'
    assert quotes(text)[0].speaker == "Linda Sorell"


def test_in_someones_words_names_the_speaker() -> None:
    found = quotes("Fiona Hallam studies the Kremlin. It runs a \u201ckind of massive state-run ad campaign,\u201d in "
                   "Hallam\u2019s words.\n\nJane Roe agreed. It is \u201ca very big deal for all,\u201d in her own words.")
    assert [q.speaker for q in found] == ["Fiona Hallam", "Jane Roe"]


def test_name_is_quoted_as_saying_after_the_quote() -> None:
    text = ("Steve Banning was a strategist.\n\n\u201cThe three senior guys thought it was a good idea to meet,\u201d "
            "Banning is quoted as saying in the book.")
    assert quotes(text)[0].speaker == "Steve Banning"


def test_judging_verb_after_a_whose_clause_with_a_possessive_object() -> None:
    q = one('Robert Egland, whose firm represents hundreds of people, dismissed Mirex\'s claim as "outrageous and cruel."')
    assert q.speaker == "Robert Egland"


def test_deputy_role_reference_is_the_deputy_and_the_plain_one_is_not() -> None:
    text = ("The talks were about Deputy Attorney General Rod Rosling and Attorney General Jed Sessler.\n\n"
            'Rosling spoke first. "I never pursued it at all," the deputy attorney general said. '
            '"I did not know about it," the attorney general said.')
    assert [q.speaker for q in quotes(text)] == ["Rod Rosling", "Jed Sessler"]


def test_he_after_an_unnamed_speaker_is_a_person_named_in_a_later_paragraph() -> None:
    text = ('"He is a war monger for sure," a senior official said of the adviser.\n\n'
            "Asked if he was surprised by the ouster, Mike Pompo flashed a smile.\n\n"
            "\u201cI\u2019m never surprised,\u201d he said.")
    assert quotes(text)[1].speaker == "Mike Pompo"


def test_he_after_an_unnamed_speaker_stays_unnamed_past_a_name_of_unknown_gender() -> None:
    text = ('"ICE is here!" a senior official yelled on the phone.\n\n'
            'Dree Vass\u2019s fiancé told her he had no way out. His voice trembling, he said: "Take care of my kids."')
    assert quotes(text)[1].speaker is None


def test_the_official_goes_on_from_an_anonymous_official() -> None:
    text = ('President John Veld has critics. "The dilemma is real," an anonymous official writes.\n\n'
            "The essay describes the president as erratic.\n\n"
            '"The root of the problem is the amorality," the official laments. "Given the instability, there were '
            'whispers," he wrote.')
    assert [q.speaker for q in quotes(text)] == [None, None, None]


def test_opening_participle_phrase_is_no_credit_line() -> None:
    assert "Jerry Smithers" in _persons("Writing for the panel, Judge Jerry Smithers said the claim failed. "
                                        "Reporting by Tom Roeback; Editing by Ann Leland")
    assert "Tom Roeback" not in _persons("Reporting by Tom Roeback; Editing by Ann Leland")


def test_compound_role_and_opening_subordinator_are_no_part_of_the_name() -> None:
    persons = _persons("Singer-songwriter John Legg, who lives in Ohio, weighed in. Whenever Tramble speaks, "
                       "Tramble wins. Remember Tramble\u2019s claim? Tramble said so.")
    assert "John Legg" in persons and not any(p.startswith(("Singer", "Whenever", "Remember")) for p in persons)


def test_mister_surname_refers_back_to_a_junior_but_a_bare_surname_does_not() -> None:
    text = ('Roger Pielkeman Jr. pointed out that storms were rare.\n\n'
            '"There is no reason to debate it now," Mr. Pielkeman said.')
    assert quotes(text)[0].speaker == "Roger Pielkeman Jr."
    text = 'Donald Tramble Jr. met the lawyer in June.\n\n"I knew nothing about it," Tramble said.'
    assert quotes(text)[0].speaker == "Tramble"


def test_the_president_is_a_us_president_named_only_by_surname() -> None:
    text = 'Mr. Obama spoke about the economy.\n\n"We must act on hacking now," the president said.'
    assert quotes(text)[0].speaker == "Obama"


def test_a_name_and_cue_right_after_the_quotes_comma_beat_a_cue_in_a_clause_before() -> None:
    text = ("NPR's Tom Gjeltner reported it. While officials have condemned what Edward Snowe says he did, \"the "
            "contours of these programs were already known,\" NPR's Gjeltner said on Morning Edition.")
    assert quotes(text)[0].speaker == "Tom Gjeltner"
    run_together = ("John Bohner met Omar Veld. Bohner was amazed to hear Veld insist that the deficits come from a health "
                    "problem.\u201cThey blame all of the woes on our health system,\" Bohner tells Moore.")
    assert quotes(run_together)[0].speaker == "John Bohner"


def test_a_quote_ending_its_own_cues_clause_keeps_that_cue() -> None:
    text = ('Ron Wydell questioned James Clappard in 2013. When Wydell asked Clappard "does the agency collect any data '
            'at all," Clappard answered, "No, sir, not wittingly."')
    assert [q.speaker for q in quotes(text)] == ["Ron Wydell", "James Clappard"]
    text = 'Jane Roe said, "We are losing the dream," and why Tom Doe claimed it is over.'
    assert quotes(text)[0].speaker == "Jane Roe"


def test_as_someone_points_out_before_the_quote() -> None:
    q = one('As venture capitalist Benedict Evanson points out, "Tech antitrust too often wants a new competitor."')
    assert q.speaker == "Benedict Evanson"


def test_participle_after_a_first_quote_takes_the_sentence_subject() -> None:
    found = quotes("HUD Secretary Ben Carsten cited the \u201cunworkable requirements\u201d in a statement, saying the "
                   "rule \u201cactually impeded the development of affordable housing.\u201d")
    assert [q.speaker for q in found] == ["Ben Carsten", "Ben Carsten"]


def test_the_president_is_the_most_named_of_two_presidents() -> None:
    text = ('Mr. Trump spoke in Ohio. Trump was angry. Trump then left.\n\n'
            'He said the judges were picked by Barack Obama. The president added that the US knows "nothing at all about them."')
    assert quotes(text)[0].speaker == "Trump"


def test_that_opening_a_relative_clause_after_remarks_is_no_content() -> None:
    q = one('Leaders criticised Omar Veld\'s remarks that were deemed "neither correct nor appropriate" by many.')
    assert q.speaker != "Omar Veld"
