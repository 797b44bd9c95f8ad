"""Regression guard on held-out set 7 (tests/fixtures/heldout7: 15 articles, 5 per bias, sampled with
tests/fixtures/sample_fixture.py), the last blind set of this round.

First contact (measured once, blind, with the rules at commit 8568b79): quote recall 100% = 104/104, quote
precision 100% = 132/132, speaker accuracy 77.6% = 97/125, person recall 83.5% = 96/115. Nobody has tuned on
it; its misses have been read once for the closing note (a name written differently from the label, e.g.
"Fr Thabit" for Paul Thabit Habib, and a party as speaker where the article quotes its leader, are most of
them).

Studied since: its misses were read and rules added by error class (each checked on 300 corpus articles and
the other seven readable fixtures): a titled or partial name whose words all belong to one full name ("Fr
Thabit" is Paul Thabit Habib); a person before a dash-enclosed aside ("Pelosi -- who led it when Democrats
controlled the House -- accused"); a name run cut before link text's formal name ("Charlie Dent Charles
(Charlie) Wieder Dent" is Charlie Dent); a cue joined by "and" after an earlier quote shares the sentence's
subject; '"…," as he put it' names its speaker; a quote led in by "A/An <description> <cue>" is the person
named first in the next quote's attribution. Figures after that work: quote recall 100%, speaker accuracy
87.2% = 109/125, person recall 83.5% = 96/115. The floors are these figures minus 3 points: a regression guard,
not a target to tune to; it is no longer a blind measure.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/ is not an installed package
HELDOUT7 = Path(__file__).resolve().parent / "fixtures" / "heldout7"


def test_heldout7_accuracy_does_not_regress() -> None:
    from benchmarks.accuracy import evaluate

    rates = evaluate(fixture=HELDOUT7)
    assert rates["quote_recall"] >= 1.000 - 0.03, rates
    assert rates["speaker_accuracy"] >= 0.872 - 0.03, rates
    assert rates["person_recall"] >= 0.835 - 0.03, rates
