"""Drive the installed `parallax` in a real terminal (tmux) and check what a person would see."""
from __future__ import annotations

import os
import shutil
import subprocess
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from test_app_support import ROOT, build_index

PARALLAX = ROOT / ".venv" / "bin" / "parallax"
SEED_OUTLETS = ["ABC News", "Axios", "RT", "Kyiv Independent", "Newsweek"]

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


def _tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], check=True, capture_output=True, text=True, timeout=10).stdout


class Pane:
    """One detached tmux session running a shell, 120x40."""

    def __init__(self, env: dict[str, str]) -> None:
        self.name = f"pxtest-{uuid.uuid4().hex[:8]}"
        exports = " ".join(f"{k}={v}" for k, v in env.items())
        _tmux("new-session", "-d", "-s", self.name, "-x", "120", "-y", "40",
              f"env {exports} PS1='READY$ ' bash --norc --noprofile")

    def send(self, *keys: str, literal: bool = False) -> None:
        _tmux("send-keys", "-t", self.name, *(["-l"] if literal else []), *keys)

    def screen(self) -> str:
        return _tmux("capture-pane", "-p", "-t", self.name)

    def wait(self, check: Callable[[str], bool], timeout: float = 15.0) -> str:
        deadline = time.monotonic() + timeout
        while True:
            text = self.screen()
            if check(text):
                return text
            if time.monotonic() > deadline:
                raise AssertionError(f"screen never matched; last screen:\n{text}")
            time.sleep(0.2)

    def close(self) -> None:
        subprocess.run(["tmux", "kill-session", "-t", self.name], capture_output=True, timeout=10)


@pytest.fixture
def pane(tmp_path: Path):
    if not PARALLAX.exists():
        pytest.skip("parallax is not installed in .venv")
    index_dir = build_index(tmp_path / "idx")
    env = {"PARALLAX_STATE_DIR": str(tmp_path / "state"), "PARALLAX_INDEX_DIR": str(index_dir),
           "TERM": "xterm-256color", "HOME": os.environ.get("HOME", str(tmp_path))}
    p = Pane(env)
    try:
        yield p
    finally:
        p.close()


def test_seeds_search_open_help_quit(pane: Pane) -> None:
    pane.wait(lambda s: "READY$" in s)
    pane.send(f"{PARALLAX}", literal=True)
    pane.send("Enter")
    text = pane.wait(lambda s: all(o in s for o in SEED_OUTLETS))
    assert "5 articles" in text

    pane.send("/")
    pane.wait(lambda s: "a phrase" in s)  # the bar is open (a person waits for it too)
    pane.send("ceasefire", literal=True)
    text = pane.wait(lambda s: "5 matching" in s)
    assert " 1. " in text and "score" in text

    pane.send("Enter")
    text = pane.wait(lambda s: "Actors" in s and "Quotes" in s and "matches for search terms" in s)
    assert "Marco Rubio" in text or "Donald Trump" in text

    pane.send("?")
    pane.wait(lambda s: "Help (Esc to close)" in s and "next_match" in s)
    pane.send("Escape")
    pane.wait(lambda s: "Help (Esc to close)" not in s)

    pane.send("Q")
    text = pane.wait(lambda s: s.rstrip().endswith("READY$"))
    assert "Traceback" not in text
