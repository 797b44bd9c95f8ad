"""Attributions that put the name after the quote or the verb before the name ("…, spokeswoman Jane Roe told
CNN.", "said CNN analyst Jane Roe", "Said Roe: “…”"), on short made-up sentences; each fails without its rule."""
from __future__ import annotations

from quote_support import one, quotes


def test_closing_attribution_with_a_lowercase_role_before_the_name() -> None:
    q = one('"Dozens of people, perhaps up to 100," have tried to join the groups, State Department spokeswoman '
            'Ann Holt told reporters.')
    assert q.speaker == "Ann Holt"


def test_inverted_cue_names_the_person_not_the_outlet_in_his_title() -> None:
    found = quotes('"There is certainly contact between the two branches," said CNN national security analyst Peter Vance.\n\n'
                   'He said the ties between the groups "go back a very long time."')
    assert [q.speaker for q in found] == ["Peter Vance", "Peter Vance"]


def test_sentence_opening_said_before_a_name_known_by_title() -> None:
    found = quotes('President Lomax signed the order on Tuesday.\n\n'
                   'Said Lomax: "To all of the hurting families, I want you to know we mourn."')
    assert [q.speaker for q in found] == ["Lomax"]
