"""Regression guard on held-out set 8 (tests/fixtures/heldout8: 12 articles, 4 per bias, sampled with
tests/fixtures/sample_fixture.py heldout8), the blind set at the end of this round.

First contact (measured once, blind, with the rules at commit e54651b): quote recall 100% = 75/75, quote
precision 100% = 102/102, speaker accuracy 87.4% = 83/95, person recall 91.1% = 92/101. Nobody has tuned on
it. The floors are those figures minus 3 points: a regression guard, not a target to tune to.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/ is not an installed package
HELDOUT8 = Path(__file__).resolve().parent / "fixtures" / "heldout8"


def test_heldout8_accuracy_does_not_regress() -> None:
    from benchmarks.accuracy import evaluate

    rates = evaluate(fixture=HELDOUT8)
    assert rates["quote_recall"] >= 1.000 - 0.03, rates
    assert rates["speaker_accuracy"] >= 0.874 - 0.03, rates
    assert rates["person_recall"] >= 0.911 - 0.03, rates
