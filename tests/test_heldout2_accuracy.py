"""Regression guard on held-out set 2 (tests/fixtures/heldout2: articles the extraction rules were NOT tuned on).

First contact (rules at index/quotes.py commit f8918ae): quote recall 98.0% = 100/102, speaker accuracy
65.1% = 84/129. Its error classes were then studied (no longer a blind measure; heldout3 is) and general
rules added, each checked on random corpus articles: speaker accuracy 91.5% = 118/129, then 92.2% = 119/129
after the heldout3 round (role references after a US state: "the Minnesota senator"). The floors are those
figures minus 3 points: a regression guard, not a target to tune to.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/ is not an installed package
HELDOUT2 = Path(__file__).resolve().parent / "fixtures" / "heldout2"


def test_heldout2_accuracy_does_not_regress() -> None:
    from benchmarks.accuracy import evaluate

    rates = evaluate(fixture=HELDOUT2)
    assert rates["quote_recall"] >= 0.980 - 0.03, rates
    assert rates["speaker_accuracy"] >= 0.922 - 0.03, rates
