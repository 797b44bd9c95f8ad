"""Measure quote recall/precision, speaker accuracy and person recall against the hand-labelled fixture."""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from index.aliases import Aliases, fold_key
from index.extract import extract
from index.models import Extraction, Paragraph

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "labelled"
# Section labels, site chrome and credit names that must never show up as actors.
CHROME = {
    "why it matters", "what to know", "show more", "read more", "back to top", "similar news", "news feed",
    "source link", "what people are saying", "what happens next", "go deeper", "driving the news",
    "kent nishimura", "julien de rosa", "sofiia gatilova", "carolyn kaster", "hannah demissie",
    "william gretsky", "tanya stukalova", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
}


@dataclass
class Score:
    """Counts for one article (or the total)."""

    labelled: int = 0  # quotes with a named speaker
    found: int = 0
    extracted: int = 0
    matched_any: int = 0  # extracted quotes that match any labelled quote
    speaker_checked: int = 0
    speaker_right: int = 0
    persons: int = 0
    persons_found: int = 0
    chrome: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def add(self, other: "Score") -> None:
        for name in ("labelled", "found", "extracted", "matched_any", "speaker_checked", "speaker_right", "persons", "persons_found"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.chrome += other.chrome


def _norm(text: str) -> str:
    return " ".join(text.replace("’", "'").replace("‘", "'").split()).lower()


def load_article(path: Path) -> list[Paragraph]:
    """Paragraphs of a fixture file: blank-line separated, '# ' marks headings, '@ ' captions."""
    body = path.read_text(encoding="utf-8").split("\n", 1)[1]
    out: list[Paragraph] = []
    offset = 0
    for block in body.strip().split("\n\n"):
        kind = "heading" if block.startswith("# ") else "caption" if block.startswith("@ ") else "body"
        text = block[2:] if kind != "body" else block
        out.append(Paragraph(text=text, kind=kind, start=offset))
        offset += len(text) + 2
    return out


def load_aliases() -> Aliases:
    config = yaml.safe_load((ROOT / "config.yaml").read_text(encoding="utf-8"))
    return Aliases(groups=config.get("aliases") or {})


def _no_initials(name: str) -> str:
    """"Donald J. Trump" -> "Donald Trump": a middle initial does not make another person."""
    words = name.split()
    return " ".join(w for k, w in enumerate(words) if k in (0, len(words) - 1) or not re.fullmatch(r"[A-Z]\.?", w))


def _same_person(found: str | None, label: str | None) -> bool:
    if found is None or label is None:
        return found is None and label is None
    found, label = _no_initials(found), _no_initials(label)
    return fold_key(found) == fold_key(label) or " " not in found and fold_key(found) == fold_key(label.split()[-1])


def score_article(labels: dict[str, Any], ex: Extraction) -> Score:
    """Match labelled quotes one-to-one to extracted ones (shortest extracted quote containing the label)."""
    s = Score(extracted=len(ex.quotes))
    used: set[int] = set()
    for lab in labels.get("quotes") or []:
        # the extractor drops a comma or dash the writer put inside the closing mark ("new normal," -> new normal)
        want = _norm(lab["text"]).rstrip(",;—– ")
        cands = [i for i, q in enumerate(ex.quotes) if i not in used and want in _norm(q.text)]
        named = lab.get("speaker") is not None
        s.labelled += named
        if not cands:
            if named:
                s.misses.append(f"missed: {lab['text']!r}")
            continue
        i = min(cands, key=lambda k: len(ex.quotes[k].text))
        used.add(i)
        s.found += named
        s.matched_any += 1
        if not lab.get("ambiguous"):
            s.speaker_checked += 1
            if _same_person(ex.quotes[i].speaker, lab.get("speaker")):
                s.speaker_right += 1
            else:
                s.misses.append(f"speaker {ex.quotes[i].speaker!r} != {lab.get('speaker')!r}: {lab['text']!r}")
    for i, q in enumerate(ex.quotes):
        if i not in used:
            s.misses.append(f"extra: {q.text[:60]!r} ({q.speaker})")
    people = [a.name for a in ex.actors if a.kind == "person"]
    for person in labels.get("persons") or []:
        s.persons += 1
        if any(_same_person(p, person) for p in people):
            s.persons_found += 1
        else:
            s.misses.append(f"person missed: {person}")
    s.chrome = [a.name for a in ex.actors if fold_key(a.name) in CHROME]
    return s


def evaluate(verbose: bool = False, fixture: Path = FIXTURE) -> dict[str, float]:
    """Run a fixture (labels.yaml + articles/); print per-article lines when verbose; return the overall rates."""
    labels = yaml.safe_load((fixture / "labels.yaml").read_text(encoding="utf-8"))
    aliases = load_aliases()
    total = Score()
    for aid, lab in labels.items():
        ex = extract(aid, load_article(fixture / "articles" / f"{aid}.txt"), aliases)
        s = score_article(lab, ex)
        total.add(s)
        if verbose:
            print(f"{aid:22} quotes {s.found:2}/{s.labelled:2}  precision {s.matched_any:2}/{s.extracted:2}  "
                  f"speaker {s.speaker_right:2}/{s.speaker_checked:2}  persons {s.persons_found:2}/{s.persons:2}"
                  + (f"  CHROME {s.chrome}" if s.chrome else ""))
            for m in s.misses if verbose == 2 else []:
                print("    ", m)
    rates = {
        "quote_recall": total.found / max(1, total.labelled),
        "quote_precision": total.matched_any / max(1, total.extracted),
        "speaker_accuracy": total.speaker_right / max(1, total.speaker_checked),
        "person_recall": total.persons_found / max(1, total.persons),
        "chrome_actors": float(len(total.chrome)),
    }
    if verbose:
        print(f"\nquote recall      {rates['quote_recall']:.1%} ({total.found}/{total.labelled} quotes with a named speaker)")
        print(f"quote precision   {rates['quote_precision']:.1%} ({total.matched_any}/{total.extracted} extracted quotes are labelled quotes)")
        print(f"speaker accuracy  {rates['speaker_accuracy']:.1%} ({total.speaker_right}/{total.speaker_checked} found quotes)")
        print(f"person recall     {rates['person_recall']:.1%} ({total.persons_found}/{total.persons})")
        print(f"chrome among actors: {'none' if not total.chrome else total.chrome}")
    return rates


if __name__ == "__main__":
    # --fixture DIR scores another labelled set (e.g. tests/fixtures/heldout, which the rules were not tuned on).
    where = sys.argv[sys.argv.index("--fixture") + 1] if "--fixture" in sys.argv else None
    evaluate(verbose=2 if "-v" in sys.argv else True, fixture=Path(where).resolve() if where else FIXTURE)
