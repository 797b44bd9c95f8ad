"""Parallax benchmarks: one JSON line per figure, ours beside a plain-Whoosh baseline measured in the same run.

    python -m benchmarks.run            seeds and the full corpus (minutes: both imports run)
    python -m benchmarks.run --quick    seeds and a fixed 2,000-article slice of the corpus
    options: --corpus PATH, --workdir DIR (keep the indexes there), --reuse (reuse indexes in --workdir,
             skipping the import figures), --sets seeds,full

Each line: {"set", "figure", "unit", "ours", "baseline", "ratio" (ours / baseline), "target", "met", "note"}.
The baseline is benchmarks/baseline.py: Schema(id, title, body all stored), default writer, one searcher opened
per query, highlights from the stored body. Where the baseline has no such feature (actors, compare), it is null.
Never part of `make test`; timings here are figures, not asserts.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("PARALLAX_BENCH_CORPUS", "/work/shared/corpora/allsides.jsonl.gz"))
SEEDS = ROOT / "seeds"
QUICK_ARTICLES = 2000
PY = sys.executable
PARALLAX = str(Path(sys.executable).with_name("parallax"))

# The fixed query mix: (kind, our query, the baseline's nearest equivalent on its title/body-only schema).
QUERIES: list[tuple[str, str, str]] = [
    ("word", "ukraine", "ukraine"),
    ("word", "tariffs", "tariffs"),
    ("word", "immigration", "immigration"),
    ("word", "inflation", "inflation"),
    ("word", "senate", "senate"),
    ("phrase", '"supreme court"', '"supreme court"'),
    ("phrase", '"white house"', '"white house"'),
    ("phrase", '"climate change"', '"climate change"'),
    ("field", "title:election", "title:election"),
    ("field", 'outlet:"Fox News" border', "fox news border"),
    ("field", "bias:left healthcare", "healthcare"),
    ("date", "election date:[2016-01-01 to 2016-12-31]", "election"),
    ("date", "covid date:2020-03", "covid"),
    ("prefix", "immigr*", "immigr*"),
    ("prefix", "econom*", "econom*"),
    ("prefix", "presiden*", "presiden*"),
    ("prefix", "tax*", "tax*"),
    ("actor", 'actor:"Donald Trump"', '"Donald Trump"'),
    ("actor", "actor:Pelosi", "Pelosi"),
    ("actor", "speaker:Biden", "Biden"),
]
TYPED = ["ukraine", "supreme court", "immigr*"]
ROUNDS = 3

# Targets on the full corpus (seeds: the app start target only). (figure, limit); index size is a ratio target.
TARGETS = {
    "import_s": 300, "search_p50_ms": 20, "search_p95_ms": 80, "prefix_p95_ms": 300, "fresh_search_ms": 1000,
    "app_start_to_list_ms": 1500, "type_to_results_ms": 150, "compare_ms": 300, "app_peak_rss_mb": 300,
    "add_one_ms": 1000,
}
SEED_TARGETS = {"app_start_to_list_ms": 800}
RATIO_TARGETS = {"index_mb": 1.2}


class Bench:
    def __init__(self, name: str, full: bool) -> None:
        self.name = name
        self.full = full
        self.rows: list[dict] = []

    def emit(self, figure: str, unit: str, ours: float | None, baseline: float | None, note: str = "") -> None:
        ratio = round(ours / baseline, 2) if ours is not None and baseline not in (None, 0) else None
        target = TARGETS.get(figure) if self.full else SEED_TARGETS.get(figure) if self.name == "seeds" else None
        met = None
        if target is not None and ours is not None:
            met = ours <= target
        if figure in RATIO_TARGETS and ratio is not None and (self.full or self.name == "quick"):
            target = f"ratio<={RATIO_TARGETS[figure]}"
            met = ratio <= RATIO_TARGETS[figure]
        row = {"set": self.name, "figure": figure, "unit": unit,
               "ours": None if ours is None else round(ours, 2),
               "baseline": None if baseline is None else round(baseline, 2),
               "ratio": ratio, "target": target, "met": met}
        if note:
            row["note"] = note
        self.rows.append(row)
        print(json.dumps(row), flush=True)


def _env(workdir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PARALLAX_STATE_DIR"] = str(workdir / "state")
    env.pop("PARALLAX_INDEX_DIR", None)
    return env


def _timed_run(cmd: list[str], env: dict[str, str]) -> tuple[float, subprocess.CompletedProcess]:
    started = time.perf_counter()
    proc = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return elapsed, proc


def _dir_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered) + 0.5) - 1))]


def make_slice(src: Path, dest: Path, n: int) -> Path:
    """The first n records of the corpus, streamed (the corpus itself is never copied)."""
    with gzip.open(src, "rt", encoding="utf-8") as fin, gzip.open(dest, "wt", encoding="utf-8") as fout:
        for i, line in enumerate(fin):
            if i >= n:
                break
            fout.write(line)
    return dest


def _count(ours: Path) -> int:
    from index.sidestore import SideStore
    from index.store import IndexDir

    store = SideStore(IndexDir(ours).check().store_path, readonly=True)
    try:
        return store.count()
    finally:
        store.close()


def bench_import(b: Bench, src: Path, ours: Path, plain: Path, env: dict[str, str]) -> None:
    shutil.rmtree(ours, ignore_errors=True)
    shutil.rmtree(plain, ignore_errors=True)
    t_ours, proc = _timed_run([PARALLAX, "add", str(src), "--index-dir", str(ours), "--quiet"], env)
    summary = proc.stderr.strip().splitlines()[0] if proc.stderr.strip() else ""
    t_plain, bproc = _timed_run([PY, "-m", "benchmarks.baseline", "build", str(src), str(plain)], env)
    n = _count(ours)
    b.emit("import_s", "s", t_ours, t_plain, f"{n} articles, cleaning + extraction; {summary}")
    b.emit("import_articles_per_s", "articles/s", n / t_ours, int(bproc.stdout.split()[0]) / t_plain)
    t_again, proc = _timed_run([PARALLAX, "add", str(src), "--index-dir", str(ours), "--quiet"], env)
    b.emit("reimport_unchanged_s", "s", t_again, t_plain,
           "everything skipped by hash; baseline has no skip, so its figure is a full re-import")


def bench_add_one(b: Bench, ours: Path, plain: Path, workdir: Path) -> None:
    from index.library import Library

    from . import baseline

    extra = workdir / "extra"
    extra.mkdir(exist_ok=True)
    path = extra / f"bench-one-more-{b.name}.txt"
    body = ("Benchmark Article Adds One More\n\nThe council met on Tuesday, officials said. "
            "\"We will publish the figures next week,\" said Maria Lopez, a spokeswoman.\n") * 3
    path.write_text(body)
    lib = Library.open(None, ours)
    started = time.perf_counter()
    lib.add([path])
    t_ours = time.perf_counter() - started
    lib.close()
    started = time.perf_counter()
    baseline.add_one(plain, (path.stem, "Benchmark Article Adds One More", body))
    b.emit("add_one_ms", "ms", t_ours * 1000, (time.perf_counter() - started) * 1000,
           "one new article into the existing index, in-process")


def bench_size(b: Bench, ours: Path, plain: Path) -> None:
    from whoosh import index as wi

    from index.corpus_stats import FILE_NAME
    from index.store import IndexDir, open_whoosh

    gen = IndexDir(ours).check()
    prior = gen.path / FILE_NAME
    b.emit("index_mb", "MB", _dir_mb(gen.path), _dir_mb(plain),
           f"whoosh {_dir_mb(gen.whoosh_dir):.1f} MB + side store {gen.store_path.stat().st_size / 1e6:.1f} MB "
           "(cleaned articles, removed lines, actors, quotes) + compare's corpus prior "
           f"{prior.stat().st_size / 1e6 if prior.exists() else 0:.1f} MB (written by the import)")
    ix = open_whoosh(gen)
    pix = wi.open_dir(str(plain))
    b.emit("segments", "count", len(ix._segments()), len(pix._segments()), "Whoosh segments after import")
    ix.close()
    pix.close()


def bench_fresh(b: Bench, ours: Path, plain: Path, env: dict[str, str]) -> None:
    times_ours, times_plain = [], []
    for _ in range(3):
        t, _ = _timed_run([PARALLAX, "search", "ukraine", "--index-dir", str(ours)], env)
        times_ours.append(t)
        t, _ = _timed_run([PY, "-m", "benchmarks.baseline", "search", str(plain), "ukraine"], env)
        times_plain.append(t)
    b.emit("fresh_search_ms", "ms", statistics.median(times_ours) * 1000, statistics.median(times_plain) * 1000,
           "fresh process: `parallax search ukraine` to its answer (median of 3)")


def bench_search(b: Bench, ours: Path, plain: Path) -> None:
    from whoosh import index as wi

    from index.library import Library

    from . import baseline

    lib = Library.open(None, ours)
    lib.search("warmup")  # opens the searcher once: the fresh-process figure covers the opening
    pix = wi.open_dir(str(plain))
    lat: dict[str, list[float]] = {}
    counted: dict[str, list[float]] = {}
    base: dict[str, list[float]] = {}
    for _ in range(ROUNDS):
        for kind, query, plain_query in QUERIES:
            # What the app paints first: the top 20 with snippets (it counts every match afterwards).
            started = time.perf_counter()
            lib.search(query, limit=20, snippets=True, count=False)
            lat.setdefault(kind, []).append((time.perf_counter() - started) * 1000)
            # The same page with the exact total, as `parallax search` prints it.
            started = time.perf_counter()
            lib.search(query, limit=20, snippets=True)
            counted.setdefault(kind, []).append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            baseline.search(pix, plain_query, limit=20)
            base.setdefault(kind, []).append((time.perf_counter() - started) * 1000)
    every = [t for v in lat.values() for t in v]
    every_counted = [t for v in counted.values() for t in v]
    every_base = [t for v in base.values() for t in v]
    note = f"{len(QUERIES)} queries x {ROUNDS} rounds, top 20 with highlighted snippets (what the app paints first)"
    b.emit("search_p50_ms", "ms", _pct(every, 0.5), _pct(every_base, 0.5), note)
    b.emit("search_p95_ms", "ms", _pct(every, 0.95), _pct(every_base, 0.95), note)
    note = "the same plus the exact number of matching articles (the CLI's figure; the app counts after painting)"
    b.emit("search_counted_p50_ms", "ms", _pct(every_counted, 0.5), _pct(every_base, 0.5), note)
    b.emit("search_counted_p95_ms", "ms", _pct(every_counted, 0.95), _pct(every_base, 0.95), note)
    for kind in lat:
        b.emit(f"{kind}_p50_ms", "ms", _pct(lat[kind], 0.5), _pct(base[kind], 0.5))
        b.emit(f"{kind}_p95_ms", "ms", _pct(lat[kind], 0.95), _pct(base[kind], 0.95))
        b.emit(f"{kind}_counted_p95_ms", "ms", _pct(counted[kind], 0.95), _pct(base[kind], 0.95))
    started = time.perf_counter()
    actors = lib.actors()
    t_actors = (time.perf_counter() - started) * 1000
    b.emit("actors_ms", "ms", t_actors, None, f"library.actors(): {len(actors)} actors; no baseline equivalent")
    bench_compare(b, lib)
    lib.close()
    pix.close()


def bench_compare(b: Bench, lib) -> None:  # noqa: ANN001 - Library
    try:
        from index.compare import compare_articles
    except ImportError:
        b.emit("compare_ms", "ms", None, None, "unavailable: index/compare.py not there yet")
        return
    rows = lib.list_articles()
    first = rows[0]
    second = next((r for r in rows[1:] if r.topic == first.topic), rows[1] if len(rows) > 1 else None)
    if second is None:
        b.emit("compare_ms", "ms", None, None, "needs two articles")
        return
    started = time.perf_counter()
    compare_articles(lib, first.id, second.id)
    cold = (time.perf_counter() - started) * 1000
    warm = []
    for _ in range(3):
        started = time.perf_counter()
        compare_articles(lib, first.id, second.id)
        warm.append((time.perf_counter() - started) * 1000)
    b.emit("compare_first_ms", "ms", cold, None, "first compare in a process (may count and cache corpus words)")
    b.emit("compare_ms", "ms", statistics.median(warm), None, f"compare_articles({first.id}, {second.id}), median of 3")


def bench_app(b: Bench, ours: Path, plain: Path, env: dict[str, str]) -> None:
    try:
        import tui.app  # noqa: F401
    except ImportError as exc:
        for fig in ("app_start_to_list_ms", "type_to_results_ms", "app_peak_rss_mb"):
            b.emit(fig, "ms" if fig.endswith("ms") else "MB", None, None, f"unavailable: tui/app.py ({exc})")
        return
    runs_ours, runs_base = [], []
    for _ in range(2):
        _, proc = _timed_run([PY, "-m", "benchmarks.app_probe", "ours", str(ours), *TYPED], env)
        runs_ours.append(json.loads(proc.stdout.strip().splitlines()[-1]))
        _, proc = _timed_run([PY, "-m", "benchmarks.app_probe", "baseline", str(plain), *TYPED], env)
        runs_base.append(json.loads(proc.stdout.strip().splitlines()[-1]))

    def med(runs: list[dict], key: str) -> float:
        return statistics.median(r[key] for r in runs)

    b.emit("app_start_to_list_ms", "ms", med(runs_ours, "start_to_list_ms"), med(runs_base, "start_to_list_ms"),
           f"process start to {runs_ours[0]['rows']} painted rows (headless run_test); baseline reads every stored doc")
    b.emit("type_to_results_ms", "ms", med(runs_ours, "type_to_results_ms"), med(runs_base, "type_to_results_ms"),
           f"last keystroke to painted hits, median over {TYPED}, includes the app's debounce; "
           "baseline: one naive search")
    b.emit("app_peak_rss_mb", "MB", max(r["rss_mb"] for r in runs_ours), max(r["rss_mb"] for r in runs_base),
           "peak RSS: app with list, three searches and one article open; baseline: naive list + searches")
    _, proc = _timed_run([PY, "-m", "benchmarks.app_probe", "big", str(ours.parent / "app-1mb")], env)
    big = json.loads(proc.stdout.strip().splitlines()[-1])
    b.emit("open_1mb_first_text_ms", "ms", big["open_first_text_ms"], big["naive_stall_ms"],
           f"a synthetic {big['chars']:,}-character article: open to its first text on screen (whole article "
           f"ready at {big['open_ready_ms']:.0f} ms); baseline: one highlighted Text rendered on the event loop")
    b.emit("open_1mb_max_stall_ms", "ms", big["open_max_stall_ms"], big["naive_stall_ms"],
           "worst event-loop stall while that article opens (how long a keypress could wait); baseline as above")


def run_set(name: str, src: Path, workdir: Path, reuse: bool) -> Bench:
    b = Bench(name, full=(name == "full"))
    env = _env(workdir)
    ours, plain = workdir / f"{name}-ours", workdir / f"{name}-plain"
    if not (reuse and ours.exists() and plain.exists()):
        bench_import(b, src, ours, plain, env)
    bench_size(b, ours, plain)
    bench_fresh(b, ours, plain, env)
    bench_search(b, ours, plain)
    bench_app(b, ours, plain, env)
    bench_add_one(b, ours, plain, workdir)
    return b


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="benchmarks.run", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help=f"a fixed {QUICK_ARTICLES:,}-article slice instead of the full corpus")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--workdir", type=Path, help="keep indexes here (default: a temporary directory, removed)")
    parser.add_argument("--reuse", action="store_true", help="reuse indexes already in --workdir (no import figures)")
    parser.add_argument("--sets", help="comma-separated subset of: seeds, quick, full")
    args = parser.parse_args(argv)
    sets = args.sets.split(",") if args.sets else ["seeds", "quick" if args.quick else "full"]
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="parallax-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    print(json.dumps({"machine": f"{os.cpu_count()} cores", "python": sys.version.split()[0],
                      "date": time.strftime("%Y-%m-%d %H:%M"), "workdir": str(workdir)}), flush=True)
    try:
        for name in sets:
            if name == "seeds":
                src = SEEDS
            elif name == "quick":
                src = workdir / "slice.jsonl.gz"
                if not src.exists():
                    make_slice(args.corpus, src, QUICK_ARTICLES)
            elif name == "full":
                if not args.corpus.exists():
                    print(json.dumps({"set": "full", "skipped": f"{args.corpus} not found"}), flush=True)
                    continue
                src = args.corpus
            else:
                parser.error(f"unknown set {name}")
            run_set(name, src, workdir, args.reuse)
    finally:
        if args.workdir is None:
            shutil.rmtree(workdir, ignore_errors=True)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"bench_process_peak_rss_mb": round(peak, 1)}), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
