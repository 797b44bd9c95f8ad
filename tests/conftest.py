"""Shared fixtures: an isolated environment (no real user dirs) and an index of the seed articles."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
SEEDS = PROJECT / "seeds"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep every test away from the real user config, data and state directories."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("PARALLAX_STATE_DIR", str(home / "state"))
    monkeypatch.delenv("PARALLAX_CONFIG", raising=False)
    monkeypatch.delenv("PARALLAX_INDEX_DIR", raising=False)


@pytest.fixture(scope="module")
def seed_index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An index of the five seeds, built once per test module."""
    from index.library import Library

    index_dir = tmp_path_factory.mktemp("seed-index")
    lib = Library.open(index_dir=index_dir)
    report = lib.index([SEEDS])
    lib.close()
    assert report.added == 5, report
    return index_dir


@pytest.fixture()
def seed_library(seed_index_dir: Path):  # noqa: ANN201
    """A Library open on the seed index."""
    from index.library import Library

    lib = Library.open(index_dir=seed_index_dir)
    yield lib
    lib.close()


@pytest.fixture()
def seeds_copy(tmp_path: Path) -> Path:
    """A writable copy of the seeds directory."""
    dest = tmp_path / "seeds"
    shutil.copytree(SEEDS, dest)
    return dest
