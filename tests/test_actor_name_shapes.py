"""Person names of unusual shapes: long Arabic names with particles (and the first name that refers back to them
under a title), and surnames ending like nouns ("McGuinness"). Made-up texts, each failing without its rule."""
from __future__ import annotations

from index.aliases import Aliases
from index.extract import extract, paragraphs_from_text

ALIASES = Aliases(groups={})


def _extract(text: str):  # noqa: ANN202 - an ExtractionResult
    return extract("t", paragraphs_from_text(text), ALIASES)


def test_five_word_arabic_name_with_particles_is_one_person_and_titled_first_name_refers_back() -> None:
    text = ("The foreign minister of Oman, Sheikh Khalid bin Saeed Al Harthy, condemned the attack. \u201cIt is an ugly "
            "crime,\u201d he said. Sheikh Khalid added that the region must \u201cstand together.\u201d")
    result = _extract(text)
    persons = [a for a in result.actors if a.kind == "person"]
    assert [a.name for a in persons] == ["Khalid bin Saeed Al Harthy"]
    assert [q.speaker for q in result.quotes] == ["Khalid bin Saeed Al Harthy"] * 2


def test_surname_ending_in_ness_that_is_no_common_word_is_a_name() -> None:
    text = ('In the north, Deputy First Minister Martin Harkness said his priority is "special arrangements" for trade.')
    result = _extract(text)
    assert [a.name for a in result.actors if a.kind == "person"] == ["Martin Harkness"]
    assert result.quotes[0].speaker == "Martin Harkness"


def test_capitalised_noun_ending_in_ness_is_still_no_name() -> None:
    text = 'Ann Roe joined Business Insider. "It is big," Roe said.'
    result = _extract(text)
    assert "Business Insider" not in [a.name for a in result.actors if a.kind == "person"]


def test_co_host_before_a_name_is_a_title_not_part_of_the_name() -> None:
    result = _extract("Co-host Peter Dooley is always up for it. \u201cIt is fine,\u201d Dooley said.")
    assert [a.name for a in result.actors if a.kind == "person"] == ["Peter Dooley"]
    assert result.quotes[0].speaker == "Peter Dooley"


def test_short_form_of_a_first_name_is_the_same_person_as_the_formal_one() -> None:
    text = ('Trump lawyer Rudolph W. Giulio met them. Later, Rudy Giulio said it was "wrong." '
            "Bill Clanton and William Clanton met Hillary Clanton.")
    result = _extract(text)
    persons = {a.name: a.spellings for a in result.actors if a.kind == "person"}
    assert persons == {"Rudolph W. Giulio": ["Rudolph W. Giulio", "Rudy Giulio"],
                       "Bill Clanton": ["Bill Clanton", "William Clanton"], "Hillary Clanton": ["Hillary Clanton"]}
    assert result.quotes[0].speaker == "Rudolph W. Giulio"


def test_soon_opening_a_sentence_is_no_first_name() -> None:
    result = _extract("Michael Flinn met them. Soon Flinn has to resign because he misled the vice president.")
    assert [a.name for a in result.actors if a.kind == "person"] == ["Michael Flinn"]
