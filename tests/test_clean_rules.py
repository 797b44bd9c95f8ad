"""Cleaning rules on made-up articles: each rule does its job and nothing real is dropped."""
from __future__ import annotations

from index.clean import clean_article
from index.models import RawArticle


def clean(text: str, **fields):  # noqa: ANN003, ANN201
    return clean_article(RawArticle(id="t1", text=text, source_path="t1.txt"), fields)


BODY = [
    "The harbour authority said on Tuesday that ferries would resume within a week.",
    "Officials blamed the storm for damage to three piers and a fuel depot.",
    "Residents said they had waited for news for days.",
    "Repairs are expected to cost millions, the mayor said in a statement.",
]


def test_reading_time_and_nav_lines_dropped_with_rule_names() -> None:
    article = clean("\n".join(["Menu", "7 min read", *BODY]), title="Ferries to resume")
    assert article.text.split("\n\n") == BODY
    assert [(r.line, r.rule) for r in article.removed] == [(1, "site-nav"), (2, "reading-time")]


def test_teasers_dropped_but_sentences_mentioning_read_more_kept() -> None:
    text = "\n".join([BODY[0], "RELATED: Storm season breaks records", "Critics told residents to read more carefully.", *BODY[1:]])
    article = clean(text, title="x")
    assert "Storm season breaks records" not in article.text
    assert "Critics told residents to read more carefully." in article.text


def test_trailer_marker_only_honoured_in_second_half() -> None:
    early = clean("\n".join([BODY[0], "Comments", *BODY[1:]]), title="x")
    assert all(s in early.text for s in BODY), "an early 'Comments' line drops only itself"
    late = clean("\n".join([*BODY, "Similar News", "Other story about trains", "Sports roundup"]), title="x")
    assert late.text.split("\n\n") == BODY
    assert {r.rule for r in late.removed} == {"trailer-heading", "trailer"}


def test_related_teaser_before_trailer_removed_but_long_paragraph_kept() -> None:
    teaser = "Port strike spreads to northern coast as unions dig in"
    article = clean("\n".join([*BODY, teaser, "Unions said the strike would continue.", "Avatar", "Jane Roe"]), title="x")
    assert teaser not in article.text
    assert article.text.split("\n\n") == BODY
    long_last = "Final words " + "and more " * 40 + "end."
    kept = clean("\n".join([*BODY, "A headline like line without a full stop", long_last, "Avatar"]), title="x")
    assert long_last.strip() in kept.text


def test_glued_sentences_and_labels_split() -> None:
    article = clean("The vote passed late.Why it matters: Taxes fall.The catch: none.Go deeper: More reading", title="x")
    assert article.text.split("\n\n") == ["The vote passed late.", "Why it matters: Taxes fall. The catch: none.", "Go deeper: More reading"]


def test_abbreviations_and_domains_not_split() -> None:
    article = clean("The U.S.A. team met at St.Petersburg and wrote to example.com about it.", title="x")
    assert article.text == "The U.S.A. team met at St.Petersburg and wrote to example.com about it."


def test_byline_removed_and_becomes_author() -> None:
    article = clean("\n".join(["By Maria Lopez and Tom Hale", *BODY]), title="x")
    assert article.authors == ["Maria Lopez", "Tom Hale"]
    assert article.text.split("\n\n") == BODY


def test_author_bio_at_end_removed() -> None:
    article = clean("\n".join([*BODY, "Maria Lopez is a correspondent covering ports and shipping."]), title="x", authors=["Maria Lopez"])
    assert article.text.split("\n\n") == BODY
    assert article.removed[-1].rule == "author-bio"


def test_title_inferred_and_repeated_headline_dropped() -> None:
    article = clean("\n".join(["Ferries to resume next week", "Ferries to resume next week", *BODY]))
    assert article.title == "Ferries to resume next week"
    assert article.text.split("\n\n") == BODY


def test_inferred_title_from_long_first_sentence_keeps_it_in_body() -> None:
    article = clean("\n".join(BODY))
    assert article.title == BODY[0]
    assert article.text.split("\n\n") == BODY


def test_photo_caption_and_credit_marked() -> None:
    article = clean("\n".join([BODY[0], "A crane lifts a ferry from the water on Monday.", "Jan Novak/Reuters", *BODY[1:]]), title="x")
    kinds = {p.text: p.kind for p in article.paragraphs}
    assert kinds["A crane lifts a ferry from the water on Monday."] == "caption"
    assert kinds["Jan Novak/Reuters"] == "caption"
    assert all(kinds[s] == "body" for s in BODY)


def test_quoted_paragraph_before_credit_is_not_a_caption() -> None:
    article = clean("\n".join([BODY[0], "\u201cWe will rebuild,\u201d the mayor said.", "Jan Novak/AP", *BODY[1:]]), title="x")
    assert next(p for p in article.paragraphs if p.text.startswith("\u201cWe")).kind == "body"


def test_control_characters_and_spacing_normalised() -> None:
    article = clean("Cafe\u0301 owners\x07 met  in\tthe square.\u200b", title="x")
    assert article.text == "Caf\u00e9 owners met in the square."


def test_nothing_left_is_a_warning_not_a_crash() -> None:
    article = clean("Show More\nBack To Top", title="x")
    assert article.paragraphs == []
    assert any("no body text" in w for w in article.warnings)


def test_share_buttons_glued_to_a_caption_are_removed_and_the_caption_kept() -> None:
    line = "Facebook Twitter Pinterest Jane Roe in a still from the film. Photograph: Netflix"
    article = clean("\n".join([BODY[0], line, *BODY[1:]]), title="x")
    caption = next(p for p in article.paragraphs if p.text.startswith("Jane Roe"))
    assert caption.kind == "caption" and "Pinterest" not in article.text
    assert ("Facebook Twitter Pinterest", "caption-chrome") in [(r.text, r.rule) for r in article.removed]
    assert all(s in article.text for s in BODY)


def test_video_and_image_labels_glued_to_a_caption_are_removed_and_the_caption_kept() -> None:
    video = "Media playback is unsupported on your device Media caption Wildfire rips through a northern town"
    image = "Image copyright Getty Images Image caption Soldiers lay razor wire along the border"
    article = clean("\n".join([BODY[0], video, BODY[1], image, *BODY[2:]]), title="x")
    kinds = {p.text: p.kind for p in article.paragraphs}
    assert kinds["Wildfire rips through a northern town"] == "caption"
    assert kinds["Soldiers lay razor wire along the border"] == "caption"
    assert "playback" not in article.text and "copyright" not in article.text
    assert all(s in article.text for s in BODY)


def test_hover_card_glued_to_a_linked_name_is_cut_and_listed() -> None:
    line = ("Sen. John McCane John Sidney McCaneDemocrats cry wolf on the budget Cindy McCane: I can see it "
            "MORE (R-Ariz.) said he predicted the fight. Interior Secretary Ryan Zink Ryan Keith ZinkSenate "
            "confirms top lawyer MORE’s decision was fierce.")
    article = clean("\n".join([BODY[0], line, *BODY[1:]]), title="x")
    assert "Sen. John McCane (R-Ariz.) said he predicted the fight." in article.text
    assert "Interior Secretary Ryan Zink’s decision was fierce." in article.text
    assert [r.rule for r in article.removed].count("hover-card") == 2
    assert all(s in article.text for s in BODY)


def test_hover_card_after_a_space_or_glued_to_a_year_is_cut_too() -> None:
    line = ("Speaker Tom Rayne Tom Edward Rayne Retirees should say no to the plan Governor Newsom dresses up MORE (R-Wis.) "
            "backed it, and Sen. Amy Kloe Amy Jean Kloe2020 Democrats push for action at forum MORE (D-Minn.) agreed. "
            "Tom Rayne met Tom Edward Rayne Senior at the MORE Foundation.")
    article = clean("\n".join([BODY[0], line, *BODY[1:]]), title="x")
    assert "Speaker Tom Rayne (R-Wis.) backed it, and Sen. Amy Kloe (D-Minn.) agreed." in article.text
    assert "Tom Rayne met Tom Edward Rayne Senior at the MORE Foundation." in article.text
    assert all(s in article.text for s in BODY)


def test_bare_yes_in_a_rules_list_is_refused_with_its_rule_named(tmp_path) -> None:  # noqa: ANN001
    import pytest

    from index.clean_rules import RulesError, load_rules
    extra = tmp_path / "rules.yaml"
    extra.write_text("headings: [Key Points, Yes]\n")
    with pytest.raises(RulesError, match="headings.*quotes"):
        load_rules(extra)


def test_axios_yes_but_label_splits_its_paragraph() -> None:
    article = clean("\n".join([BODY[0], "The deal holds.Yes, but: the vote is close.", *BODY[1:]]), title="x")
    assert "Yes, but: the vote is close." in article.text.split("\n\n")


def test_related_headline_ending_in_read_more_is_dropped() -> None:
    link = "James Roe: high-profile former FBI chief with a reputation for integrity Read more"
    article = clean("\n".join([BODY[0], link, *BODY[1:]]), title="x")
    assert "integrity" not in article.text
    assert ("read-more-link", link) in [(r.rule, r.text) for r in article.removed]
    assert all(s in article.text for s in BODY)


def test_video_carousel_entries_are_dropped() -> None:
    line = "JUST WATCHED Court to decide future of a policy Replay More Videos ... MUST WATCH Court to decide future 01:29"
    article = clean("\n".join([BODY[0], line, *BODY[1:]]), title="x")
    assert "WATCH" not in article.text
    assert ("video-carousel", line) in [(r.rule, r.text) for r in article.removed]
    assert all(s in article.text for s in BODY)


def test_a_truncated_copy_of_a_later_paragraph_is_dropped_and_the_full_one_kept() -> None:
    full = ("The complaint released Thursday contains some of the most serious allegations yet against the governor, "
            "and it says aides tried to lock down all records of the call, a sign they understood its gravity.")
    short = full.split(", a sign")[0] + "."
    article = clean("\n".join([BODY[0], short, BODY[1], full, *BODY[2:]]), title="x")
    assert article.text.count("most serious allegations") == 1 and full in article.text
    assert ("repeated-line", short) in [(r.rule, r.text) for r in article.removed]
    assert all(s in article.text for s in BODY)


def test_a_line_is_not_dropped_as_a_copy_of_one_the_trailer_cut_removed() -> None:
    full = ("The complaint released Thursday contains some of the most serious allegations yet against the governor, "
            "and it says aides tried to lock down all records of the call, a sign they understood its gravity.")
    short = full.split(", a sign")[0] + "."
    article = clean("\n".join([BODY[0], short, *BODY[1:], "Similar News", full]), title="x")
    assert short in article.text and full not in article.text
