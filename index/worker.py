"""The work an index run sends to its pool processes: everything per article that does not touch the index.

A worker cleans and extracts the article (pipeline.prepare), analyses its Whoosh text fields (analysis.PreText),
packs its side-store row (packing.pack) and counts its terms for compare's corpus prior, so the one process
that writes the index only files what it gets back: that process was the serial bottleneck of an import.
Workers ignore SIGINT (the indexing process handles Ctrl-C and terminates them) and die with their parent.
"""
from __future__ import annotations

import os
import signal
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .aliases import Aliases
from .models import RawArticle, Skip
from .packing import PackedRow

_aliases: Aliases | None = None
_rules: Path | None = None
_schema: Any = None
_zdict: bytes = b""


@dataclass
class Ready:
    """One article ready to write: its analysed Whoosh document and packed side-store row."""

    id: str
    doc: dict[str, Any]
    row: PackedRow
    warnings: list[str] = field(default_factory=list)


@dataclass
class ChunkResult:
    """A chunk's articles (Ready, or Skip for one that failed) and its summed corpus-prior term counts."""

    items: list[Ready | Skip]
    terms: Counter[str]
    words: int


def init(groups: dict[str, list[str]], extra_rules: Path | None, zdict: bytes = b"") -> None:
    """Set up this process for `prepare_chunk` (also used in-process for small runs)."""
    global _aliases, _rules, _schema, _zdict
    from .schema import build_schema

    _aliases = Aliases(groups)
    _rules = extra_rules
    _schema = build_schema()
    _zdict = zdict


def warm_up(extra_rules: Path | None) -> None:
    """Import and load everything a worker needs (extraction modules, lexicon, cleaning rules) in the
    parent before the pool forks, so each worker starts with them instead of loading them itself."""
    from .clean_rules import load_rules
    from .names import lexicon
    from . import compare_words, extract, pipeline  # noqa: F401

    load_rules(extra_rules)
    lexicon()


def init_pool_worker(parent: int, groups: dict[str, list[str]], extra_rules: Path | None, zdict: bytes) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _die_with_parent(parent)
    init(groups, extra_rules, zdict)


def _die_with_parent(parent: int) -> None:
    """Make a pool worker exit when the indexing process dies (SIGKILL included). An orphaned worker would
    otherwise wait forever, holding inherited copies of the index's write lock and Whoosh's lock, so every
    later `parallax index` would report an index run in progress."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG (Linux)
    except (OSError, AttributeError):
        import threading

        def watch() -> None:
            while os.getppid() == parent:
                time.sleep(0.5)
            os._exit(1)

        threading.Thread(target=watch, daemon=True).start()
    if os.getppid() != parent:  # the parent died before the signal was armed
        os._exit(1)


def _ready(raw: RawArticle, digest: str, terms: Counter[str]) -> tuple[Ready, int]:
    from .analysis import analyse_doc
    from .compare_words import term_counts
    from .packing import pack
    from .pipeline import prepare
    from .store import whoosh_doc

    prepared = prepare(raw, _aliases or Aliases(), _rules, digest)
    art, extraction = prepared.article, prepared.extraction
    doc = analyse_doc(_schema, whoosh_doc(art, extraction))
    row = pack(art, extraction, prepared.raw_hash, _zdict)
    counts, words = term_counts(art.body_text)
    terms.update(counts)  # last: a failure above leaves the chunk's counts untouched
    return Ready(art.id, doc, row, art.warnings), words


def prepare_chunk(items: list[tuple[RawArticle, str]]) -> ChunkResult:
    """Prepare a chunk of (article, content hash); one bad article never stops the import."""
    if _schema is None:
        init({}, None)
    out: list[Ready | Skip] = []
    terms: Counter[str] = Counter()
    words = 0
    for raw, digest in items:
        try:
            ready, n = _ready(raw, digest, terms)
            out.append(ready)
            words += n
        except Exception as exc:  # noqa: BLE001
            out.append(Skip(raw.source_path, f"could not be processed ({type(exc).__name__}: {exc})"))
    return ChunkResult(out, terms, words)
