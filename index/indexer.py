"""An index run: read sources, skip unchanged articles, clean and extract the rest (in parallel), write, report.

Reading, cleaning and the process pool are imported when a run starts, not with this module: `parallax
search` imports the library (and so this module) and must start fast.
"""
from __future__ import annotations

import gzip
import itertools
import os
import time
from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from .aliases import Aliases
from .models import IndexReport, RawArticle, Skip
from .sidestore import SideStore
from .store import Generation, IndexDir, open_whoosh, whoosh_doc

if TYPE_CHECKING:
    from concurrent.futures import Future

    from .pipeline import Prepared

# progress(done, total or None, message)
Progress = Callable[[int, "int | None", str], None]
# Commits: an interrupted import resumes from the last one. Each commit writes one Whoosh segment and the
# default merge policy never merges segments this big, so commit at most every BATCH_SECONDS (and at least
# every BATCH_MAX articles): a full-corpus import ends with ~10 segments instead of ~75 (smaller index,
# faster search) and an interrupt loses about a minute of work at most.
BATCH = 500
BATCH_MAX = 5000
BATCH_SECONDS = 60.0
CHUNK = 16  # articles per task sent to a worker process
IN_FLIGHT = 4  # tasks queued per worker: bounds memory (the corpus is streamed, never held whole)
SMALL_RUN = 32  # fewer changed articles than this are prepared in-process: starting workers costs more

_worker_aliases: Aliases | None = None
_worker_rules: Path | None = None


def _init_worker(groups: dict[str, list[str]], extra_rules: Path | None) -> None:
    global _worker_aliases, _worker_rules
    _worker_aliases = Aliases(groups)
    _worker_rules = extra_rules


def _die_with_parent(parent: int) -> None:
    """Make a pool worker exit when the indexing process dies (SIGKILL included). An orphaned worker would
    otherwise wait forever, holding inherited copies of the index's write lock and Whoosh's lock, so every
    later `parallax index` would report an index run in progress."""
    try:
        import ctypes
        import signal

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


def _init_pool_worker(parent: int, groups: dict[str, list[str]], extra_rules: Path | None) -> None:
    _die_with_parent(parent)
    _init_worker(groups, extra_rules)


def _prepare_in_worker(item: tuple[RawArticle, str]) -> Prepared | Skip:
    from .pipeline import prepare

    raw, digest = item
    try:
        return prepare(raw, _worker_aliases or Aliases(), _worker_rules, digest)
    except Exception as exc:  # one bad article never stops the import
        return Skip(raw.source_path, f"could not be processed ({type(exc).__name__}: {exc})")


def _prepare_chunk(items: list[tuple[RawArticle, str]]) -> list[Prepared | Skip]:
    return [_prepare_in_worker(item) for item in items]


def count_records(paths: list[Path]) -> int | None:
    """How many articles `paths` hold, counted cheaply (newlines of JSON Lines, one per other file), for the
    progress bar's total; None when counting fails."""
    from .ingest import JSONL_SUFFIXES, article_suffix, discover

    try:
        files, _, _ = discover(paths)
        total = 0
        for path in files:
            if article_suffix(path) in JSONL_SUFFIXES:
                opener = gzip.open if path.name.lower().endswith(".gz") else open
                with opener(path, "rb") as fh:
                    last = b"\n"
                    while block := fh.read(1 << 20):
                        total += block.count(b"\n")
                        last = block[-1:]
                    total += last != b"\n"
            else:
                total += 1
        return total
    except (OSError, EOFError, ValueError):
        return None


def _root_of(source_path: str, roots: list[str]) -> str:
    for root in roots:
        if source_path == root or source_path.startswith(root.rstrip("/") + "/") or source_path.startswith(root + ":"):
            return root
    return source_path


def _chunked(items: Iterator[tuple[RawArticle, str]], n: int) -> Iterator[list[tuple[RawArticle, str]]]:
    while chunk := list(itertools.islice(items, n)):
        yield chunk


class Indexer:
    """Brings the index up to date with a set of source paths."""

    def __init__(self, index_dir: IndexDir, aliases: Aliases, jsonl_fields: dict[str, str],
                 extra_rules: Path | None = None, workers: int = 0) -> None:
        self.index_dir = index_dir
        self.aliases = aliases
        self.jsonl_fields = jsonl_fields
        self.extra_rules = extra_rules
        self.workers = workers or os.cpu_count() or 1

    def run(self, paths: list[Path], *, rebuild: bool = False, prune: bool = True,
            progress: Progress | None = None, wait: float = 0.0) -> IndexReport:
        """Index `paths`: add new articles, update changed ones and, with `prune`, drop those whose file is gone."""
        started = time.perf_counter()
        report = IndexReport()
        roots = [str(p.resolve()) if not str(p).startswith("/") else str(p) for p in paths]
        with self.index_dir.writing(rebuild=rebuild, wait=wait) as gen:
            store = SideStore(gen.store_path)
            try:
                if rebuild:
                    old = self.index_dir.current()
                    if old is not None and old.path != gen.path and old.exists():
                        prior = SideStore(old.store_path, readonly=True)
                        roots = list(dict.fromkeys(roots + prior.roots()))
                        prior.close()
                store.add_roots(roots)
                store.commit()
                self._run(gen, store, [Path(r) for r in roots], report, prune, progress)
            finally:
                store.close()
        report.seconds = time.perf_counter() - started
        return report

    def _changed(self, items: Iterator[RawArticle | Skip], known: dict[str, tuple[str, str]],
                 seen: set[str], report: IndexReport) -> Iterator[tuple[RawArticle, str]]:
        from .pipeline import raw_hash

        for item in items:
            if isinstance(item, Skip):
                report.skipped.append(item)
                continue
            seen.add(item.id)
            digest = raw_hash(item)
            if item.id in known and known[item.id][0] == digest:
                report.unchanged += 1
                continue
            yield item, digest

    def _run(self, gen: Generation, store: SideStore, roots: list[Path], report: IndexReport,
             prune: bool, progress: Progress | None) -> None:
        from concurrent.futures import ProcessPoolExecutor

        from .ingest import iter_raw

        known = store.hashes()
        seen: set[str] = set()
        ix = open_whoosh(gen, mmap=False)
        root_names = [str(r) for r in roots]
        total = count_records(roots) if progress else None
        changed = self._changed(iter_raw(roots, self.jsonl_fields), known, seen, report)
        done = 0

        def results() -> Iterator[Prepared | Skip]:
            head = list(itertools.islice(changed, SMALL_RUN))
            if self.workers <= 1 or len(head) < SMALL_RUN:
                _init_worker(self.aliases.groups, self.extra_rules)
                yield from map(_prepare_in_worker, itertools.chain(head, changed))
                return
            chunks = _chunked(itertools.chain(head, changed), CHUNK)
            with ProcessPoolExecutor(self.workers, initializer=_init_pool_worker,
                                     initargs=(os.getpid(), self.aliases.groups, self.extra_rules)) as pool:
                # A bounded window of tasks, results in input order: Executor.map would read the whole
                # corpus into memory up front.
                queue: deque[Future] = deque()
                for chunk in itertools.islice(chunks, self.workers * IN_FLIGHT):
                    queue.append(pool.submit(_prepare_chunk, chunk))
                while queue:
                    batch = queue.popleft().result()
                    nxt = next(chunks, None)
                    if nxt is not None:
                        queue.append(pool.submit(_prepare_chunk, nxt))
                    yield from batch

        writer = ix.writer(limitmb=256)
        pending = 0
        last_commit = time.monotonic()
        try:
            for result in results():
                if isinstance(result, Skip):
                    report.skipped.append(result)
                    continue
                art = result.article
                report.warnings.extend(art.warnings)
                if art.id in known:
                    report.updated += 1
                else:
                    report.added += 1
                writer.update_document(**whoosh_doc(art, result.extraction, result.raw_hash))
                store.put(art, result.extraction, _root_of(art.source_path, root_names), result.raw_hash)
                done += 1
                pending += 1
                if progress:
                    progress(done + report.unchanged + len(report.skipped), total, art.id)
                if pending >= BATCH_MAX or (pending >= BATCH and time.monotonic() - last_commit >= BATCH_SECONDS):
                    writer.commit()  # whoosh first: a crash before the store commit is redone next run
                    store.commit()
                    writer = ix.writer(limitmb=256)
                    pending = 0
                    last_commit = time.monotonic()
            if prune:
                for article_id, (_, root) in known.items():
                    if article_id not in seen and root in root_names:
                        writer.delete_by_term("id", article_id)
                        store.delete(article_id)
                        report.removed += 1
            writer.commit()
            store.commit()
            if progress:
                finished = done + report.unchanged + len(report.skipped)
                progress(finished, max(finished, total or 0), "done")
        except BaseException:
            writer.cancel()
            raise
        finally:
            ix.close()
