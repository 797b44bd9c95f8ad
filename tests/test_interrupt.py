"""Ctrl-C during a big `parallax add`: a prompt exit with a clear message, committed batches kept, the index
readable, and a re-run that prepares only what was not committed."""
from __future__ import annotations

import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from index.corpus_stats import corpus_stats
from index.library import Library

PARALLAX = str(Path(sys.executable).with_name("parallax"))
ARTICLES = 600
WORDS = ("senate vote budget border tariff court ruling election campaign governor economy market inflation "
         "troops ceasefire talks minister parliament protest police report health vaccine school").split()


def _corpus(path: Path) -> None:
    rng = random.Random(7)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(ARTICLES):
            paragraphs = []
            for p in range(12):
                words = " ".join(rng.choice(WORDS) for _ in range(60))
                paragraphs.append(f'Senator Jane Doe{i % 40} said "the {words} matters" on Monday. Mark Roe of '
                                  f"Acme Corp added that {words}.")
            text = "\n\n".join(paragraphs) + f"\n\nUnique marker zq{i}x."
            fh.write(json.dumps({"ID": f"a{i:04d}", "title": f"Story {i}", "source": "Daily", "date": "2024-05-01",
                                 "content_original": text}) + "\n")


def _committed(index_dir: Path) -> int:
    """Articles committed so far by the running import (0 while nothing is readable yet)."""
    for store in index_dir.glob("gen-*/store.db"):
        try:
            db = sqlite3.connect(f"file:{store}?mode=ro", uri=True, timeout=0.5)
            try:
                return db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
            finally:
                db.close()
        except sqlite3.Error:
            return 0
    return 0


def test_ctrl_c_keeps_committed_batches_and_a_rerun_resumes(tmp_path: Path) -> None:
    corpus = tmp_path / "big.jsonl"
    _corpus(corpus)
    index_dir = tmp_path / "index"
    env = {**os.environ, "PARALLAX_COMMIT_EVERY": "0.2,10"}  # commit small batches often
    cmd = [PARALLAX, "add", str(corpus), "--index-dir", str(index_dir), "--quiet"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 120
    while _committed(index_dir) == 0 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "the import finished before it could be interrupted"
    proc.send_signal(signal.SIGINT)
    try:
        out, err = proc.communicate(timeout=20)  # a hang guard, not a timing assert: it exits within a second
    except subprocess.TimeoutExpired:
        proc.kill()
        raise AssertionError("parallax add did not exit after SIGINT") from None
    assert proc.returncode == 130, (out, err)
    assert "interrupted; articles committed so far are kept" in err and "run the same command again to resume" in err
    assert "Traceback" not in err

    lib = Library.open(index_dir=index_dir)  # readable: list and search work on what was committed
    kept = len(lib.list_articles())
    assert 0 < kept < ARTICLES
    assert lib.search("senate").hits
    lib.close()

    rerun = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    m = re.search(r"(\d+) added, (\d+) updated, (\d+) unchanged", rerun.stdout + rerun.stderr)
    assert m, rerun.stdout
    added, updated, unchanged = map(int, m.groups())
    assert (added, updated, unchanged) == (ARTICLES - kept, 0, kept)  # committed articles are not prepared again
    lib = Library.open(index_dir=index_dir)
    assert len(lib.list_articles()) == ARTICLES
    assert [h.id for h in lib.search("zq599x").hits] == ["a0599"]
    stats = corpus_stats(lib, build=False)  # compare's prior is current: counted across both runs
    assert stats is not None and stats.articles == ARTICLES
    assert stats.counts(["acme corp"])["acme corp"] == ARTICLES * 12
    lib.close()


def test_ctrl_c_just_after_a_batch_commit_is_a_clean_interrupt(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    """A Ctrl-C landing right after a batch's Whoosh commit (before the next writer opens) used to surface as
    "This writer is closed" from cancelling the committed writer, not as the interrupt it was."""
    import pytest

    from index import bulkwriter

    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(40):
        (docs / f"a{i}.txt").write_text(f"---\ntitle: Story {i}\noutlet: Daily\ndate: 2024-05-01\n---\n"
                                        f"Senator Jane Doe said the budget vote {i} matters.\n")
    monkeypatch.setenv("PARALLAX_COMMIT_EVERY", "0,10")  # commit every 10 articles
    real_commit = bulkwriter.BulkWriter.commit

    def commit_then_interrupt(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        real_commit(self, *args, **kwargs)
        raise KeyboardInterrupt

    monkeypatch.setattr(bulkwriter.BulkWriter, "commit", commit_then_interrupt)
    lib = Library.open(index_dir=tmp_path / "idx")
    with pytest.raises(KeyboardInterrupt):
        lib.index([docs])
    lib.close()
    monkeypatch.setattr(bulkwriter.BulkWriter, "commit", real_commit)
    lib = Library.open(index_dir=tmp_path / "idx")
    try:
        assert lib.index([docs]).added + len(lib.list_articles()) >= 40
        assert len(lib.list_articles()) == 40
    finally:
        lib.close()
