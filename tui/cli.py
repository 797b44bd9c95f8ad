"""The `parallax` command line: subcommands over the index/ engine, printing text, JSON or Markdown."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from index.models import to_jsonable

from .safe_text import plain


class UsageError(Exception):
    """Bad usage: printed as one line on stderr, exit code 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2
        sys.stderr.write(f"parallax: {message} (see `parallax --help`)\n")
        raise SystemExit(2)


def _common_options(default: object) -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument("--config", metavar="FILE", default=default, help="config file (default: $PARALLAX_CONFIG, the user config, then the project's config.yaml)")
    common.add_argument("--index-dir", metavar="DIR", default=default, help="index location (default: $PARALLAX_INDEX_DIR, config index.dir, then the user data directory)")
    return common


def build_parser() -> argparse.ArgumentParser:
    # --config and --index-dir work before or after the command. The command's copies default to SUPPRESS:
    # a plain None default there would overwrite `parallax --index-dir DIR search ...`'s value with None.
    common = _common_options(argparse.SUPPRESS)
    parser = _Parser(
        prog="parallax", parents=[_common_options(None)],
        description="Read news coverage critically: search articles, see who is quoted, compare outlets. "
                    "With no command, opens the reader app on the configured corpus.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("index", parents=[common], help="index the configured corpus (or PATHs): add, update, remove")
    p.add_argument("paths", nargs="*", type=Path, metavar="PATH")
    p.add_argument("--rebuild", action="store_true", help="start over from scratch (the old index stays readable until done)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")

    p = sub.add_parser("add", parents=[common], help="add articles from files, directories or JSON Lines; removes nothing")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    p.add_argument("--quiet", action="store_true", help="no progress bar")

    p = sub.add_parser("list", parents=[common], help="list indexed articles")
    p.add_argument("--sort", choices=["date", "outlet", "title"], default="date")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("show", parents=[common], help="print one article's cleaned text")
    p.add_argument("id")
    p.add_argument("--json", action="store_true")
    p.add_argument("--removed", action="store_true", help="list what cleaning removed, with the rule for each line")

    p = sub.add_parser("search", parents=[common], help="search the index (see README for the query language)")
    p.add_argument("query", nargs="+")
    p.add_argument("--limit", type=int, default=None)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("actors", parents=[common], help="people, organisations and places (corpus-wide, or in one article)")
    p.add_argument("id", nargs="?")
    p.add_argument("--kind", choices=["person", "organisation", "place"])
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("quotes", parents=[common], help="who said what (corpus-wide, or in one article)")
    p.add_argument("id", nargs="?")
    p.add_argument("--speaker", metavar="NAME")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("compare", parents=[common], help="compare two articles side by side")
    p.add_argument("a")
    p.add_argument("b")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true")
    fmt.add_argument("--markdown", action="store_true")
    return parser


def emit_json(obj: Any) -> None:
    json.dump(to_jsonable(obj), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def write(text: str = "") -> None:
    sys.stdout.write(plain(text) + "\n")


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `parallax` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    from index.config import ConfigError
    from index.library import UnknownArticle
    from index.query import QueryError
    from index.store import IndexError_

    try:
        if args.command is None:
            from .launch import launch_app

            return launch_app(args.config, args.index_dir)
        from . import commands

        return commands.run(args)
    except (ConfigError, QueryError, IndexError_, UsageError) as exc:
        sys.stderr.write(f"parallax: {plain(str(exc))}\n")
        return 2
    except UnknownArticle as exc:
        sys.stderr.write(f"parallax: {exc}\n")
        return 2
    except KeyboardInterrupt:
        sys.stderr.write("parallax: interrupted; articles committed so far are kept (the index commits about once a minute): "
                         "run the same command again to resume\n")
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
