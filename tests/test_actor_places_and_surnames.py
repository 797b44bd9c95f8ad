"""Actors that look like a person's name but are not one (a building named after a person), and surnames that look
like common words: made-up texts, each failing without its rule (split from test_actors.py)."""
from __future__ import annotations

from index.aliases import Aliases
from index.extract import extract, paragraphs_from_text

ALIASES = Aliases(groups={})


def test_building_named_after_a_person_is_a_place_and_never_the_speaker() -> None:
    text = ('Mr. Halvorsen lied about plans to build a Halvorsen Tower in Oslo and met donors at the Lindqvist Memorial.\n\n'
            '"I did nothing wrong," Halvorsen said.')
    paras = paragraphs_from_text(text)
    result = extract("t", paras, ALIASES)
    kinds = {a.name: a.kind for a in result.actors}
    assert kinds["Halvorsen Tower"] == "place" and kinds["Lindqvist Memorial"] == "place"
    assert result.quotes[0].speaker == "Halvorsen"


def test_surname_that_is_a_demonym_refers_back_beside_a_speech_verb_only() -> None:
    text = ('Mark Cuban met the Cuban envoy.\n\n"This is a moving target," said Cuban, who backed the plan.\n\n'
            'Cuban said he would stay. The Cuban said nothing. He said Cuban exiles were angry.')
    result = extract("t", paragraphs_from_text(text), ALIASES)
    cuban = next(a for a in result.actors if a.name == "Mark Cuban")
    assert [m.text for m in cuban.mentions] == ["Mark Cuban", "Cuban", "Cuban"]
    assert result.quotes[0].speaker == "Mark Cuban"


def test_two_word_surname_of_a_four_word_name_refers_back_with_or_without_accents() -> None:
    text = ('President Andrés Manuel López Obrador spoke on Monday.\n\n"We declared war, and it did not work," '
            'Lopez Obrador said. It was a setback for López Obrador\'s party.')
    result = extract("t", paragraphs_from_text(text), ALIASES)
    people = [a for a in result.actors if a.kind == "person"]
    assert [a.name for a in people] == ["Andrés Manuel López Obrador"]
    assert result.quotes[0].speaker == "Andrés Manuel López Obrador"


def test_run_of_common_words_is_no_person_but_a_first_name_or_a_title_makes_one() -> None:
    text = ('After the Big Surprise, marchers walked to the East Side and read Hard Choices.\n\n'
            '"It is going to be OK," she said. Sen. Grant Hill met Mark Young and Governor Royal Hope.')
    result = extract("t", paragraphs_from_text(text), ALIASES)
    kinds = {a.name: a.kind for a in result.actors}
    assert "Big Surprise" not in kinds and "Hard Choices" not in kinds and kinds.get("East Side") == "place"
    assert result.quotes[0].speaker is None
    assert kinds["Grant Hill"] == kinds["Mark Young"] == kinds["Royal Hope"] == "person"


def test_generational_suffix_after_a_comma_stays_part_of_the_name() -> None:
    text = ('Council member Trayon Whyte, Sr. who attended the walkout declared that, "The students need support."\n\n'
            'Lennox Yearwood, Jr., addressed the crowd. Whyte left.')
    result = extract("t", paragraphs_from_text(text), ALIASES)
    people = {a.name for a in result.actors if a.kind == "person"}
    assert people == {"Trayon Whyte Sr.", "Lennox Yearwood Jr."}
    assert result.quotes[0].speaker == "Trayon Whyte Sr."


def test_surname_used_before_a_kinship_introduced_full_name_stays_its_own_person() -> None:
    text = ('President Halvorsen is calling for talks, saying "we should sit down."\n\n'
            '"We will see," Halvorsen said on Friday.\n\n'
            'He said first lady Ingrid Halvorsen could not travel.\n\n'
            '"She is doing great," Halvorsen said.')
    result = extract("t", paragraphs_from_text(text), ALIASES)
    assert [q.speaker for q in result.quotes] == ["Halvorsen"] * 3
    ingrid = next(a for a in result.actors if a.name == "Ingrid Halvorsen")
    assert len(ingrid.mentions) == 1


def test_surname_used_before_a_plain_full_name_folds_into_it() -> None:
    text = ('Halvorsen has said he will run.\n\n"We will see," Halvorsen said.\n\n'
            'Governor Erik Halvorsen spoke on Friday. "It is time," Halvorsen said.')
    result = extract("t", paragraphs_from_text(text), ALIASES)
    assert {a.name for a in result.actors if a.kind == "person"} == {"Erik Halvorsen"}


def test_a_name_written_twice_in_a_row_is_one_person_not_a_four_word_name() -> None:
    text = ('Dana Okafor Dana Okafor: Why the mills closed\n\n'
            '"The mills were never coming back," Okafor wrote.')
    result = extract("t", paragraphs_from_text(text), ALIASES)
    assert {a.name for a in result.actors if a.kind == "person"} == {"Dana Okafor"}
    assert result.quotes[0].speaker == "Dana Okafor"


def test_a_capitalised_run_after_a_bare_the_is_no_person() -> None:
    text = 'The luncheon was organized by the Tar Heel Circle, a club for businesses, in the East Room of the hotel.'
    kinds = {a.name: a.kind for a in extract("t", paragraphs_from_text(text), ALIASES).actors}
    assert kinds["Tar Heel Circle"] != "person" and kinds["East Room"] != "person"


def test_a_persons_name_modifying_a_noun_after_the_stays_a_person() -> None:
    text = 'He had kept a low profile since the Dana Okafor years and the Carl Meyer, Tom Harker, handshake era.'
    kinds = {a.name: a.kind for a in extract("t", paragraphs_from_text(text), ALIASES).actors}
    assert kinds["Dana Okafor"] == kinds["Carl Meyer"] == "person"


def test_a_person_of_the_think_tank_is_found_and_a_named_tank_gives_no_lone_person() -> None:
    text = ('Experts warned on Monday. "Your refund checks will come later," David Okafor of the Democratic think tank '
            'Third Way told Politico.')
    result = extract("t", paragraphs_from_text(text), ALIASES)
    assert {a.name for a in result.actors if a.kind == "person"} == {"David Okafor"}
    assert result.quotes[0].speaker == "David Okafor"


def test_last_two_words_of_a_three_word_name_refer_back_even_with_a_common_middle_name() -> None:
    text = 'Nikki Usher Larsby teaches media.\n\nIt is "ideological media," says Usher Larsby.'
    result = extract("t", paragraphs_from_text(text), ALIASES)
    assert [a.name for a in result.actors if a.kind == "person"] == ["Nikki Usher Larsby"]
    assert result.quotes[0].speaker == "Nikki Usher Larsby"


def test_initials_suffix_and_ampersand_stay_in_names_before_an_employer() -> None:
    text = "Gordon C. Eddards III of Texas A&M University wrote about it. Maria Q. Patil of the Brookings Institution agreed."
    kinds = {a.name: a.kind for a in extract("t", paragraphs_from_text(text), ALIASES).actors}
    assert kinds == {"Gordon C. Eddards III": "person", "Texas A&M University": "organisation",
                     "Maria Q. Patil": "person", "Brookings Institution": "organisation"}


def test_an_acronym_before_a_speech_verb_is_an_organisation_unless_a_persons_initials() -> None:
    text = 'Alexandria Ocasio-Cortez spoke.\n\n"No," AOC said. "Maybe," the former JAG says.'
    kinds = {a.name: a.kind for a in extract("t", paragraphs_from_text(text), ALIASES).actors}
    assert kinds["JAG"] == "organisation" and kinds["AOC"] == "person"


def test_two_name_words_of_a_home_or_group_are_a_person_and_the_home_no_person() -> None:
    text = ('"Officials are doing everything in their power," said founder Reyna Montoya of Aliento, a youth group. '
            '"I fought for you," tweeted Ernest Garcia of San Antonio.')
    result = extract("t", paragraphs_from_text(text), ALIASES)
    assert [q.speaker for q in result.quotes] == ["Reyna Montoya", "Ernest Garcia"]
    assert {a.name: a.kind for a in result.actors}.get("San Antonio") in (None, "place")


def test_going_to_the_doctor_refers_to_no_one() -> None:
    text = ('"It helps," said Dr. Joan Thomsen.\n\n"I try not to go to the doctor at all," Ms. Clubb said.')
    doc = next(a for a in extract("t", paragraphs_from_text(text), ALIASES).actors if a.name == "Joan Thomsen")
    assert [m.text for m in doc.mentions] == ["Joan Thomsen"]


def test_a_peerage_title_is_no_first_name() -> None:
    text = 'She sat in the Lords as Baroness Thorne of Kesteven. Mrs. Thorne wrote a memoir. Margaret Thorne died in 2013.'
    persons = [a.name for a in extract("t", paragraphs_from_text(text), ALIASES).actors if a.kind == "person"]
    assert persons == ["Margaret Thorne"]


def test_a_role_noun_after_any_acronym_ends_the_title_before_a_name() -> None:
    text = ('The hearing with DEA Administrator Michele Lendorf went on. NASA Administrator Jim Bredeston said no. '
            'Ledger editor Lena Baron said the decision was "appalling."')
    result = extract("t", paragraphs_from_text(text), ALIASES)
    roles = {a.name: a.roles for a in result.actors if a.kind == "person"}
    assert roles == {"Michele Lendorf": ["DEA Administrator"], "Jim Bredeston": ["NASA Administrator"],
                     "Lena Baron": ["editor"]}
    assert result.quotes[0].speaker == "Lena Baron"
