"""Implementations of the `parallax` subcommands: call the engine, print text or JSON."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from index.library import Library
from index.models import IndexReport

from .cli import UsageError, emit_json, write
from .safe_text import plain
from .progress import cli_progress


def _library(args: argparse.Namespace) -> Library:
    return Library.open(args.config, args.index_dir)


def _report(report: IndexReport, verb: str) -> int:
    err = sys.stderr
    err.write(
        f"{verb}: {report.added} added, {report.updated} updated, {report.unchanged} unchanged, "
        f"{report.removed} removed, {len(report.skipped)} skipped in {report.seconds:.1f}s\n"
    )
    for skip in report.skipped:
        where = f"{skip.source}:{skip.line}" if skip.line else skip.source
        err.write(f"  skipped {where}: {skip.reason}\n")
    for warning in report.warnings[:50]:
        err.write(f"  warning {warning}\n")
    if len(report.warnings) > 50:
        err.write(f"  … and {len(report.warnings) - 50} more warnings\n")
    imported = report.added + report.updated + report.unchanged
    return 0 if imported or not report.skipped else 2


def cmd_index(args: argparse.Namespace) -> int:
    lib = _library(args)
    paths = list(args.paths) or None
    with cli_progress(args.quiet) as progress:
        report = lib.index(paths, rebuild=args.rebuild, progress=progress)
    return _report(report, "index")


def cmd_add(args: argparse.Namespace) -> int:
    lib = _library(args)
    with cli_progress(args.quiet) as progress:
        report = lib.add(list(args.paths), progress=progress)
    return _report(report, "add")


def cmd_list(args: argparse.Namespace) -> int:
    rows = _library(args).list_articles(args.sort)
    if args.json:
        emit_json(rows)
        return 0
    for r in rows:
        write(f"{r.id:<28} {r.date or 'unknown':<10}  {r.outlet[:22]:<22} {r.length:>6}w {r.quotes:>3}q  {r.title}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    article = _library(args).article(args.id)
    if args.json:
        emit_json(article)
        return 0
    if args.removed:
        if not article.removed:
            write("Cleaning removed nothing from this article.")
        for r in article.removed:
            write(f"line {r.line:>4}  [{r.rule}]  {r.text}")
        return 0
    write(article.title)
    byline = " · ".join(x for x in (article.outlet, ", ".join(article.authors), article.date or "date unknown", article.aggregator and f"via {article.aggregator}") if x)
    write(byline)
    write()
    for p in article.paragraphs:
        prefix = {"heading": "## ", "caption": "[caption] "}.get(p.kind, "")
        write(prefix + p.text)
        write()
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    if args.limit is not None and args.limit < 1:
        raise UsageError("--limit must be at least 1")
    result = _library(args).search(" ".join(args.query), limit=args.limit)
    if args.json:
        emit_json(result)
        return 0
    if not result.hits:
        write(f"No articles match {result.query!r}.")
        return 0
    write(f"{result.total} article(s) match {result.query!r}:")
    bold, reset = ("\x1b[1m", "\x1b[0m") if sys.stdout.isatty() else ("**", "**")
    for hit in result.hits:
        write()
        write(f"{hit.title}")
        write(f"  {hit.outlet} · {hit.date or 'date unknown'} · {hit.id} · score {hit.score:.2f}")
        snippet, pos = [], 0
        for h in hit.highlights:
            snippet += [plain(hit.snippet[pos:h.start]), bold, plain(hit.snippet[h.start:h.end]), reset]
            pos = h.end
        snippet.append(plain(hit.snippet[pos:]))
        sys.stdout.write("  " + "".join(snippet) + "\n")
    return 0


def cmd_actors(args: argparse.Namespace) -> int:
    actors = _library(args).actors(args.id, args.kind)
    if args.json:
        emit_json(actors)
        return 0
    for a in actors:
        roles = f"  ({'; '.join(a.roles[:3])})" if a.roles else ""
        spellings = [s for s in a.spellings if s != a.name]
        also = f"  also: {', '.join(spellings)}" if spellings else ""
        write(f"{a.mentions:>5} mentions {a.articles:>4} articles  {a.kind:<12} {a.name}{roles}{also}")
    return 0


def cmd_quotes(args: argparse.Namespace) -> int:
    quotes = _library(args).quotes(args.id, args.speaker)
    if args.json:
        emit_json(quotes)
        return 0
    for q in quotes:
        who = q.speaker or f"(unattributed: {q.reason})"
        write(f"{q.article_id}  {who}  [{q.kind}{', ' + q.cue if q.cue else ''}]")
        write(f"    “{q.text}”")
    return 0


def cmd_compare(args: argparse.Namespace) -> int:
    from .compare_report import run_compare

    return run_compare(_library(args), args)


COMMANDS = {
    "index": cmd_index, "add": cmd_add, "list": cmd_list, "show": cmd_show, "search": cmd_search,
    "actors": cmd_actors, "quotes": cmd_quotes, "compare": cmd_compare,
}


def run(args: argparse.Namespace) -> int:
    return COMMANDS[args.command](args)
