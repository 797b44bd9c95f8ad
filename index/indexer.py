"""An index run: read sources, skip unchanged articles, prepare the rest in worker processes, write, report.

Workers (index/worker.py) do all per-article work, including the Whoosh analysis and the side-store packing;
this process only files the results, commits in batches and keeps compare's corpus prior current. Ctrl-C
terminates the workers at once and keeps every committed batch, so a re-run resumes where this one stopped.

Reading, cleaning and the process pool are imported when a run starts, not with this module: `parallax
search` imports the library (and so this module) and must start fast.
"""
from __future__ import annotations

import gzip
import itertools
import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .aliases import Aliases
from .bulkwriter import BulkWriter
from .filecache import FileCache, UnchangedFile
from .models import IndexReport, RawArticle, Skip
from . import actor_cache, surname_folds
from .actor_fold import fold_summaries
from .sidestore import SideStore
from .store import Generation, IndexDir, open_whoosh

if TYPE_CHECKING:
    from .worker import ChunkResult

# progress(done, total or None, message)
Progress = Callable[[int, "int | None", str], None]
# Commits: an interrupted import resumes from the last one. Each commit writes one Whoosh segment and the
# default merge policy never merges segments this big, so commit at most every BATCH_SECONDS (and at least
# every BATCH_MAX articles): a full-corpus import ends with ~10 segments instead of ~75 (smaller index,
# faster search) and an interrupt loses about a minute of work at most.
BATCH = 500
BATCH_MAX = 5000
BATCH_SECONDS = 60.0
# The same policy, overridable from the environment ("seconds,minimum articles"): the interrupt test uses it.
COMMIT_ENV = "PARALLAX_COMMIT_EVERY"


_PRECOMPUTE_AFTER = 1000  # articles added or updated in one run before it computes the surname table itself


def _name_tokens(ix: Any) -> Callable[[str], list[str]]:  # noqa: ANN401 - whoosh index
    """A name's tokens as the `actor` field analyses them (index/surname_folds.py keys)."""
    analyzer = ix.schema["actor"].analyzer
    return lambda name: [t.text for t in analyzer(name)]


def _cancel(writer: Any) -> None:  # noqa: ANN401 - BulkWriter
    """Cancel a writer's uncommitted batch; one a Ctrl-C caught just after its commit has nothing to cancel."""
    from whoosh.writing import IndexingError

    try:
        writer.cancel()
    except IndexingError:
        pass


def _commit_policy() -> tuple[float, int]:
    try:
        seconds, minimum = os.environ.get(COMMIT_ENV, "").split(",")
        return float(seconds), int(minimum)
    except ValueError:
        return BATCH_SECONDS, BATCH
# Postings held in memory before Whoosh spills them to disk (pickled runs, merged at commit: 30% of the writing
# process's time when it happened). A batch of BATCH_MAX articles holds ~2.5 million postings, ~430 MB.
WRITER_MB = 512
CHUNK = 16  # articles per task sent to a worker process
IN_FLIGHT = 4  # tasks queued per worker: bounds memory (the corpus is streamed, never held whole)
SMALL_RUN = 32  # fewer changed articles than this are prepared in-process: starting workers costs more

def count_records(paths: list[Path], cache: FileCache | None = None) -> int | None:
    """How many articles `paths` hold, counted cheaply (newlines of JSON Lines, one per other file; what the
    last run recorded for an unchanged file), for the progress bar's total; None when counting fails."""
    from .ingest import JSONL_SUFFIXES, article_suffix, discover

    try:
        files, _, _ = discover(paths)
        total = 0
        for path in files:
            record = cache.unchanged(path) if cache is not None else None
            if record is not None:
                total += record[2]
            elif article_suffix(path) in JSONL_SUFFIXES:
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


def _wait(task: Any, pool: Any, pids: set[int]) -> ChunkResult:  # noqa: ANN401 - multiprocessing objects
    """A task's result; a worker that died (killed, out of memory) loses its task, which would wait forever."""
    while True:
        try:
            return task.get(timeout=2.0)
        except multiprocessing.TimeoutError:
            if {proc.pid for proc in pool._pool} != pids:  # noqa: SLF001 - the pool replaced a dead worker
                raise RuntimeError("a worker process died (out of memory?); run the same command again to resume") from None


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
                old = self.index_dir.current()
                if old is not None and old.path != gen.path and old.exists():  # a rebuild or an old format
                    try:
                        prior = SideStore(old.store_path, readonly=True)
                        roots = list(dict.fromkeys(roots + prior.roots()))
                        prior.close()
                    except Exception:  # noqa: BLE001 - a damaged old store: its roots are lost, the paths given stay
                        pass
                store.add_roots(roots)
                store.commit()
                self._run(gen, store, [Path(r) for r in roots], report, prune, progress)
            finally:
                store.close()
        report.seconds = time.perf_counter() - started
        return report

    def _changed(self, items: Iterator[RawArticle | Skip | UnchangedFile], known: dict[str, tuple[str, str]],
                 seen: set[str], report: IndexReport) -> Iterator[tuple[RawArticle, str]]:
        from .pipeline import raw_hash

        for item in items:
            if isinstance(item, UnchangedFile):
                seen.update(item.ids)
                report.unchanged += len(item.ids)
                report.skipped.extend(item.skips)
                continue
            if isinstance(item, Skip):
                report.skipped.append(item)
                continue
            seen.add(item.id)
            digest = raw_hash(item)
            if item.id in known and known[item.id][0] == digest:
                report.unchanged += 1
                continue
            yield item, digest

    def _results(self, changed: Iterator[tuple[RawArticle, str]], zdict: bytes) -> Iterator[ChunkResult]:
        """Prepared chunks in input order: in this process for small runs, else from a pool of workers with a
        bounded window of tasks (the corpus is streamed, never held whole). Leaving early (Ctrl-C, an error)
        terminates the workers at once instead of waiting for their queued work."""
        from . import worker

        head = list(itertools.islice(changed, SMALL_RUN))
        chunks = _chunked(itertools.chain(head, changed), CHUNK)
        if self.workers <= 1 or len(head) < SMALL_RUN:
            worker.init(self.aliases.groups, self.extra_rules, zdict)
            yield from map(worker.prepare_chunk, chunks)
            return
        worker.warm_up(self.extra_rules)  # forked workers inherit the loaded lexicon and rules
        pool = multiprocessing.get_context("fork").Pool(
            self.workers, initializer=worker.init_pool_worker,
            initargs=(os.getpid(), self.aliases.groups, self.extra_rules, zdict))
        try:
            queue: deque = deque(pool.apply_async(worker.prepare_chunk, (chunk,))
                                 for chunk in itertools.islice(chunks, self.workers * IN_FLIGHT))
            pids = {proc.pid for proc in pool._pool}  # noqa: SLF001 - to notice a worker that died
            while queue:
                result = _wait(queue.popleft(), pool, pids)
                nxt = next(chunks, None)
                if nxt is not None:
                    queue.append(pool.apply_async(worker.prepare_chunk, (nxt,)))
                yield result
            pool.close()
        finally:
            pool.terminate()
            pool.join()

    def _run(self, gen: Generation, store: SideStore, roots: list[Path], report: IndexReport,
             prune: bool, progress: Progress | None) -> None:
        from .filecache import fingerprint, iter_raw_cached
        from .ingest import discover
        from .prior_update import PriorUpdate
        from .pipeline import PIPELINE_VERSION
        from .schema import SCHEMA_VERSION

        known = store.hashes()
        seen: set[str] = set()
        ix = open_whoosh(gen, mmap=False)
        root_names = [str(r) for r in roots]
        found = discover(roots)
        cache = FileCache(store.db, fingerprint(SCHEMA_VERSION, PIPELINE_VERSION, self.jsonl_fields, found[1]))
        total = count_records(roots, cache) if progress else None
        changed = self._changed(iter_raw_cached(found, self.jsonl_fields, cache), known, seen, report)
        prior = PriorUpdate(gen.path, store.db)
        done = 0
        writer = BulkWriter(ix, limitmb=WRITER_MB)
        pending = 0
        last_commit = time.monotonic()
        every, minimum = _commit_policy()
        chunks: Iterator[ChunkResult] | None = None
        written = False
        try:
            head = list(itertools.islice(changed, SMALL_RUN))
            if not store.zdict and head and store.count() == 0:  # the first articles of a store prime its blobs
                from .packing import make_zdict

                store.set_zdict(make_zdict([raw.text for raw, _ in head]))
            chunks = self._results(itertools.chain(head, changed), store.zdict)
            for chunk in chunks:
                prior.add(chunk.terms, chunk.words, sum(1 for r in chunk.items if not isinstance(r, Skip)))
                for result in chunk.items:
                    if isinstance(result, Skip):
                        report.skipped.append(result)
                        cache.void(result.source)
                        continue
                    report.warnings.extend(result.warnings)
                    if result.id in known:
                        report.updated += 1
                        prior.remove(store.blob(result.id), store.zdict)
                    else:
                        report.added += 1
                    writer.update_document(**result.doc)
                    store.put_packed(result.row, _root_of(result.row.path, root_names))
                    done += 1
                    pending += 1
                    if progress:
                        progress(done + report.unchanged + len(report.skipped), total, result.id)
                if pending >= BATCH_MAX or (pending >= minimum and time.monotonic() - last_commit >= every):
                    writer.commit()  # whoosh first: a crash before the store commit is redone next run
                    store.commit()
                    prior.commit()
                    writer = BulkWriter(ix, limitmb=WRITER_MB)
                    pending = 0
                    last_commit = time.monotonic()
            if prune:
                for article_id, (_, root) in known.items():
                    if article_id not in seen and root in root_names:
                        writer.delete_by_term("id", article_id)
                        prior.remove(store.blob(article_id), store.zdict)
                        store.delete(article_id)
                        report.removed += 1
            writer.commit()
            cache.save()
            store.commit()
            prior.write(store.db)
            written = True  # a Ctrl-C from here on (the surname table, the last progress line) loses nothing
            if report.added + report.updated >= _PRECOMPUTE_AFTER:  # a big import pays these now (~3 + 5 s on the
                surname_folds.load(gen.path, store.db, _name_tokens(ix))  # full corpus), not the first actor: search
                actor_cache.load(gen.path, store.db, self.aliases,  # or corpus actor list afterwards
                                 lambda: fold_summaries(store.actor_summaries(None, None), self.aliases))
            if progress:
                finished = done + report.unchanged + len(report.skipped)
                progress(finished, max(finished, total or 0), "done")
        except BaseException as exc:
            if chunks is not None:
                chunks.close()  # terminate the workers now, before cancelling the writer
            _cancel(writer)
            if isinstance(exc, KeyboardInterrupt) and not written:
                store.db.rollback()  # to the last commit, which the saved counts describe
                prior.save_partial(store.db)
            raise
        finally:
            if chunks is not None:
                chunks.close()
            ix.close()
