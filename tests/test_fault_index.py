"""Fault tests, the index: SIGKILL mid-write, stale and live locks, two indexers at once, corrupt or
half-deleted index directories, read-only or full locations. Nothing already indexed is ever lost."""
from __future__ import annotations

import errno
import fcntl
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from index.library import Library
from index.store import IndexBusy, IndexDir, IndexError_, IndexLock
from tui.cli import main

PROJECT = Path(__file__).resolve().parent.parent
SEEDS = PROJECT / "seeds"
ARTICLES = 1000  # big enough that the import is still running when it is killed
WORDS = ("the minister said talks in Kyiv would resume Monday after Russia rejected a ceasefire proposal by "
         "Ukraine while envoys in Istanbul and Geneva traded drafts about prisoners grain ports energy sanctions").split()


def _synthetic_jsonl(path: Path, count: int) -> None:
    rng = random.Random(8)
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(count):
            paras = [" ".join(rng.choice(WORDS) for _ in range(40)).capitalize() + "." for _ in range(8)]
            fh.write(json.dumps({
                "ID": f"synth-{i:04d}", "title": f"Synthetic report {i} on the talks", "source": f"Outlet {i % 7}",
                "date": f"2020-0{1 + i % 9}-1{i % 9}", "content_original": "\n".join(paras),
            }) + "\n")


def _env(tmp_path: Path, idx: Path) -> dict[str, str]:
    env = dict(os.environ)
    config = tmp_path / "config.yaml"
    config.write_text("ingest:\n  workers: 2\n")
    env.update(PARALLAX_CONFIG=str(config), PARALLAX_INDEX_DIR=str(idx), PARALLAX_STATE_DIR=str(tmp_path / "state"),
               XDG_DATA_HOME=str(tmp_path / "xdg-data"), XDG_CONFIG_HOME=str(tmp_path / "xdg-config"))
    return env


def _cli(env: dict[str, str], *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tui.cli", *args], cwd=PROJECT, env=env, capture_output=True,
                          text=True, timeout=timeout)


def _session_alive(sid: int) -> bool:
    """Whether any process of the session `sid` (started with start_new_session) is still running."""
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == sid and fields[0] != "Z":
            return True
    return False


def _copy_seed_index(seed_index_dir: Path, dest: Path) -> Path:
    shutil.copytree(seed_index_dir, dest)
    return dest


# --- crashes and concurrency -----------------------------------------------------------------------

def test_sigkill_mid_write_keeps_old_index_and_rerun_finishes(tmp_path: Path, seed_index_dir: Path) -> None:
    idx = _copy_seed_index(seed_index_dir, tmp_path / "idx")
    env = _env(tmp_path, idx)
    big = tmp_path / "big.jsonl"
    _synthetic_jsonl(big, ARTICLES)
    before = set((next(idx.glob("gen-*")) / "whoosh").iterdir())
    proc = subprocess.Popen([sys.executable, "-m", "tui.cli", "add", str(big), "--quiet"], cwd=PROJECT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        lock = idx / "write.lock"
        deadline = time.monotonic() + 20
        while lock.read_text().strip() != str(proc.pid):  # the indexer holds the lock: it is writing
            assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
            time.sleep(0.05)
        # A second indexer meanwhile says clearly that an index run is in progress, and changes nothing.
        second = _cli(env, "add", str(SEEDS), "--quiet")
        assert second.returncode == 2
        assert second.stderr.strip() == (f"parallax: {idx}: an index run is in progress (pid {proc.pid}); "
                                         "wait for it to finish and try again")
        # Kill it once the Whoosh writer has started writing its new segment (new files appear), mid-run.
        whoosh_dir = next(idx.glob("gen-*")) / "whoosh"
        while set(whoosh_dir.iterdir()) <= before:
            assert proc.poll() is None and time.monotonic() < deadline, "the writer never started"
            time.sleep(0.02)
        time.sleep(0.3)
        assert proc.poll() is None, "the import finished before it could be killed; make it bigger"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        # Its worker processes die with it: none is left holding the lock (they used to wait forever).
        deadline = time.monotonic() + 10
        while _session_alive(proc.pid):
            assert time.monotonic() < deadline, "worker processes outlived the killed indexer"
            time.sleep(0.1)
    finally:
        if _session_alive(proc.pid):
            os.killpg(proc.pid, signal.SIGKILL)  # clean up only what this test started
        proc.wait(timeout=10)
    # The previous index is still readable and searchable.
    found = _cli(env, "search", "ceasefire", "--json")
    assert found.returncode == 0, found.stderr
    assert json.loads(found.stdout)["total"] == 5
    listed = _cli(env, "list", "--json")
    assert listed.returncode == 0 and {r["id"] for r in json.loads(listed.stdout)} >= {p.stem for p in SEEDS.glob("*.txt")}
    # The next run finishes the job: every synthetic article is there, the seeds are untouched.
    rerun = _cli(env, "add", str(big), "--quiet")
    assert rerun.returncode == 0, rerun.stderr
    listed = json.loads(_cli(env, "list", "--json").stdout)
    assert len(listed) == ARTICLES + 5
    found = json.loads(_cli(env, "search", "synthetic", "report", "--json", "--limit", "5000").stdout)
    assert found["total"] == ARTICLES
    assert json.loads(_cli(env, "search", "ceasefire", "Rubio", "--json").stdout)["total"] >= 1


def test_stale_lock_of_a_dead_process_is_cleared(tmp_path: Path, seed_index_dir: Path) -> None:
    idx = _copy_seed_index(seed_index_dir, tmp_path / "idx")
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    (idx / "write.lock").write_text(dead.stdout.strip())  # a lock file left by a process that no longer exists
    (tmp_path / "new.txt").write_text("Fresh article after a crash\n\nThe stale lock did not stop this import.\n")
    lib = Library.open(index_dir=idx)
    try:
        report = lib.add([tmp_path / "new.txt"])
        assert report.added == 1
        assert lib.search("stale lock").total == 1
    finally:
        lib.close()
    assert (idx / "write.lock").read_text().strip() == str(os.getpid())


def test_live_lock_is_respected_and_index_untouched(tmp_path: Path, seed_index_dir: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    idx = _copy_seed_index(seed_index_dir, tmp_path / "idx")
    holder = IndexLock(idx)
    holder.acquire()  # a separate open file: flock conflicts with it as with another process
    try:
        (tmp_path / "new.txt").write_text("Should wait\n\nNot imported while another run writes.\n")
        code = main(["add", str(tmp_path / "new.txt"), "--quiet", "--index-dir", str(idx)])
        err = capsys.readouterr().err
        assert code == 2 and err.count("\n") == 1
        assert f"an index run is in progress (pid {os.getpid()}); wait for it to finish and try again" in err
        with pytest.raises(IndexBusy):
            IndexDir(idx).writing(wait=0.3).__enter__()
    finally:
        holder.release()
    lib = Library.open(index_dir=idx)
    try:
        assert len(lib.list_articles()) == 5 and lib.search("ceasefire").total == 5
        assert lib.add([tmp_path / "new.txt"]).added == 1  # once the holder is done, it goes through
    finally:
        lib.close()


def test_waiting_writer_gets_the_lock_when_it_is_released(tmp_path: Path) -> None:
    import threading

    idx = tmp_path / "idx"
    holder = IndexLock(idx)
    holder.acquire()
    threading.Timer(0.3, holder.release).start()
    with IndexDir(idx).writing(wait=5.0) as gen:
        assert gen.exists()


# --- corrupt or half-deleted index directories -----------------------------------------------------

def _garble_current(idx: Path) -> None:
    (idx / "CURRENT").write_text("\x00\x01garbage")


def _point_current_nowhere(idx: Path) -> None:
    (idx / "CURRENT").write_text("gen-0042")


def _delete_whoosh(idx: Path) -> None:
    shutil.rmtree(next(idx.glob("gen-*")) / "whoosh")


def _delete_store(idx: Path) -> None:
    (next(idx.glob("gen-*")) / "store.db").unlink()


def _junk_store(idx: Path) -> None:
    (next(idx.glob("gen-*")) / "store.db").write_bytes(b"not a database at all" * 10)


def _empty_store(idx: Path) -> None:
    (next(idx.glob("gen-*")) / "store.db").write_bytes(b"")


def _truncate_segments(idx: Path) -> None:
    for seg in (next(idx.glob("gen-*")) / "whoosh").glob("*.seg"):
        seg.write_bytes(seg.read_bytes()[:100])


def _delete_toc(idx: Path) -> None:
    for toc in (next(idx.glob("gen-*")) / "whoosh").glob("*.toc"):
        toc.unlink()


@pytest.mark.parametrize("damage", [_garble_current, _point_current_nowhere, _delete_whoosh, _delete_store,
                                    _junk_store, _empty_store, _truncate_segments, _delete_toc])
def test_damaged_index_says_how_to_rebuild_and_rebuild_keeps_user_state(
        damage, tmp_path: Path, seed_index_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: ANN001
    from tui.state import UserState

    idx = _copy_seed_index(seed_index_dir, tmp_path / "idx")
    state = UserState()  # PARALLAX_STATE_DIR, outside the index dir
    state.set_read("002_e67d47b15c32759e")
    state.toggle_mark("004_32db856e3cd92557")
    state.add_history("ceasefire")
    damage(idx)
    for args in (["search", "ceasefire"], ["list"], ["show", "002_e67d47b15c32759e"]):
        code = main([*args, "--index-dir", str(idx)])
        captured = capsys.readouterr()
        if code == 0 and args[0] != "search":  # the side store is intact: listing and reading still work
            assert "002_e67d47b15c32759e" in captured.out or "Putin" in captured.out
            continue
        err = captured.err
        assert code == 2, (args, err)
        assert err.count("\n") == 1 and "damaged" in err and "run `parallax index --rebuild`" in err, err
    assert main(["index", str(SEEDS), "--rebuild", "--quiet", "--index-dir", str(idx)]) == 0
    capsys.readouterr()
    assert main(["search", "ceasefire", "--json", "--index-dir", str(idx)]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == 5
    state.close()
    again = UserState()
    assert again.marks() == ["004_32db856e3cd92557"] and again.history() == ["ceasefire"]
    assert again.read_ids() == {"002_e67d47b15c32759e"}
    again.close()
    assert sorted(p.name for p in idx.glob("gen-*")) == [(idx / "CURRENT").read_text().strip()]


def test_plain_index_run_repairs_a_damaged_generation(tmp_path: Path, seed_index_dir: Path) -> None:
    idx = _copy_seed_index(seed_index_dir, tmp_path / "idx")
    _truncate_segments(idx)
    lib = Library.open(index_dir=idx)
    try:
        report = lib.index([SEEDS])
        assert report.added == 5  # not "5 unchanged" into a broken segment
        assert lib.search("ceasefire").total == 5
    finally:
        lib.close()


def test_default_locations_keep_user_state_outside_the_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from index.config import user_data_dir
    from tui.state import UserState, state_dir

    monkeypatch.delenv("PARALLAX_STATE_DIR")
    lib = Library.open()
    index_dir = lib.config.index_dir
    assert index_dir == (user_data_dir() / "index").resolve() and state_dir() == user_data_dir()
    lib.index([SEEDS])
    state = UserState()
    state.toggle_mark("001_19302534d2ced3f7")
    state.close()
    lib.index([SEEDS], rebuild=True)
    lib.close()
    assert not str(state.path).startswith(str(index_dir))
    again = UserState()
    assert again.marks() == ["001_19302534d2ced3f7"]
    again.close()


# --- read-only or full locations -------------------------------------------------------------------

def test_index_dir_under_a_regular_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "afile"
    blocker.write_text("I am a file")
    for args in (["index", str(SEEDS), "--quiet"], ["search", "x"], ["list"]):
        code = main([*args, "--index-dir", str(blocker / "idx")])
        err = capsys.readouterr().err
        assert code == 2 and err.count("\n") == 1, err
        assert f"a file is in the way: {blocker}" in err and "--index-dir" in err


@pytest.mark.parametrize("err_no,message", [(errno.EROFS, "index location is not writable"),
                                            (errno.EACCES, "index location is not writable"),
                                            (errno.ENOSPC, "no space left for the index")])
def test_unwritable_lock_location(err_no: int, message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    import index.store as store

    def refuse(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise OSError(err_no, os.strerror(err_no), str(args[0]))

    monkeypatch.setattr(store, "open", refuse, raising=False)
    code = main(["index", str(SEEDS), "--quiet", "--index-dir", str(tmp_path / "idx")])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and message in err and "Traceback" not in err


@pytest.mark.parametrize("err_no,message", [(errno.ENOSPC, "no space left for the index"),
                                            (errno.EROFS, "index location is not writable")])
def test_disk_full_or_read_only_mid_write_keeps_previous_index(err_no: int, message: str, tmp_path: Path,
                                                               seed_index_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    from whoosh.filedb import filestore

    idx = _copy_seed_index(seed_index_dir, tmp_path / "idx")
    real_open = open

    def full(path, mode="r", *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        if "w" in mode and str(path).startswith(str(idx)):
            raise OSError(err_no, os.strerror(err_no), str(path))
        return real_open(path, mode, *args, **kwargs)

    monkeypatch.setattr(filestore, "open", full, raising=False)
    (tmp_path / "new.txt").write_text("Will not fit\n\nThe disk is full when this is written.\n")
    for args in (["add", str(tmp_path / "new.txt")], ["index", str(SEEDS), "--rebuild"]):
        code = main([*args, "--quiet", "--index-dir", str(idx)])
        err = capsys.readouterr().err
        assert code == 2 and err.count("\n") == 1 and message in err, err
    monkeypatch.undo()
    assert main(["search", "ceasefire", "--json", "--index-dir", str(idx)]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == 5
    assert len(list(idx.glob("gen-*"))) == 1  # the failed rebuild left no half-written generation behind


def test_side_store_disk_full(tmp_path: Path, seed_index_dir: Path, monkeypatch: pytest.MonkeyPatch,
                             capsys: pytest.CaptureFixture[str]) -> None:
    from index.sidestore import SideStore

    idx = _copy_seed_index(seed_index_dir, tmp_path / "idx")

    def full(self) -> None:  # noqa: ANN001
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(SideStore, "commit", full)
    (tmp_path / "new.txt").write_text("Will not fit\n\nThe disk is full when this is written.\n")
    code = main(["add", str(tmp_path / "new.txt"), "--quiet", "--index-dir", str(idx)])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "no space left for the index" in err, err
    monkeypatch.undo()
    assert main(["search", "ceasefire", "--json", "--index-dir", str(idx)]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == 5
