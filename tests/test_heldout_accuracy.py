"""Regression guard on the held-out fixture (articles the extraction rules were NOT tuned on).

The floors are the figures measured before any rule was fixed against this set (quote recall 99.1%,
speaker accuracy 83.8%) minus 2 points; they guard against regressions and are not targets to tune to.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/ is not an installed package
HELDOUT = Path(__file__).resolve().parent / "fixtures" / "heldout"


def test_heldout_accuracy_does_not_regress() -> None:
    from benchmarks.accuracy import evaluate

    rates = evaluate(fixture=HELDOUT)
    assert rates["quote_recall"] >= 0.991 - 0.02, rates
    assert rates["speaker_accuracy"] >= 0.838 - 0.02, rates
