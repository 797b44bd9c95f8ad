"""Shared helpers for the app tests: build the seed index once per module, make apps, wait for workers.

Kept as a test module (it holds no tests) so the other test_app_* modules can import it without a conftest.
"""
from __future__ import annotations

import asyncio
import functools
import time
from collections.abc import Callable, Coroutine
from typing import Any
from pathlib import Path

from index.config import DEFAULT_CONFIG_PATH
from index.library import Library

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def build_index(index_dir: Path, paths: list[Path] | None = None, config: Path | None = None) -> Path:
    """Index `paths` (default: the seeds) into `index_dir` with the project's config; returns the dir."""
    lib = Library.open(config or DEFAULT_CONFIG_PATH, index_dir)
    lib.index(paths or [SEEDS])
    lib.close()
    return index_dir


def make_app(index_dir: Path, state_dir: Path, monkeypatch, config: Path | None = None):
    """A ParallaxApp on an existing index with user state in `state_dir` (never the real user's)."""
    from tui.app import ParallaxApp
    from tui.state import UserState

    monkeypatch.setenv("PARALLAX_STATE_DIR", str(state_dir))
    lib = Library.open(config or DEFAULT_CONFIG_PATH, index_dir)
    return ParallaxApp(lib, UserState(state_dir))


async def settle(pilot, until: Callable[[], bool] | None = None, timeout: float = 10.0) -> None:
    """Let timers, workers and call_from_thread callbacks run until `until()` holds (or just settle)."""
    deadline = time.monotonic() + timeout
    while True:
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        if until is None or until():
            if until is None:
                await asyncio.sleep(0.05)
                await pilot.pause()
            return
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        await asyncio.sleep(0.05)


def run_async(fn: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    """Run an async test with asyncio.run (no async pytest plugin is installed); fixtures pass through."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> None:
        asyncio.run(fn(*args, **kwargs))

    return wrapper
