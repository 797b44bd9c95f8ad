"""Read articles from files, directories, JSON Lines and gzip into RawArticles, reporting every skip."""
from __future__ import annotations

import gzip
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from .decode import NotText, decode_bytes, strip_terminal_sequences
from .models import RawArticle, Skip

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
JSON_SUFFIXES = {".json"}
SIDECAR_SUFFIXES = {".yaml", ".yml"}
MAX_FILE_BYTES = 64 * 1024 * 1024  # a .json file of many records
MAX_ARTICLE_CHARS = 2 * 1024 * 1024  # one article; the longest in the 37,554-article corpus is 77 k characters
_FRONT_MATTER = "---"
_KNOWN_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | JSON_SUFFIXES
_FORMATS_HINT = "use .txt, .md, .jsonl, .json or .gz of them"


class _TextLoader(yaml.SafeLoader):
    """YAML's safe loader without timestamp parsing: dates stay text for parse_date, so an impossible date
    (2025-02-30) is a warning on that field, not an exception that loses the whole file."""


_TextLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_yaml(text: str) -> Any:
    """Parse YAML safely with dates kept as text. Raises yaml.YAMLError (or ValueError) when it is broken."""
    return yaml.load(text, Loader=_TextLoader)  # noqa: S506 - a SafeLoader subclass


def _yaml_problem(exc: Exception, first_line: int = 1) -> str:
    """`line N: problem` for a YAML error, as precise as the error allows."""
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or (str(exc).splitlines() or [type(exc).__name__])[0]
    return f"line {mark.line + first_line}: {problem}" if mark is not None else str(problem)


def _escapes_warning(where: str, count: int) -> str:
    return f"{where}: {count} terminal escape sequence(s) removed from the text (colours, links or title changes)"


def _too_long(size: int) -> str:
    return (f"article too long ({size / (1024 * 1024):.1f} MB; the limit is {MAX_ARTICLE_CHARS // (1024 * 1024)} MB "
            "for one article); if it holds several articles, split them into files or JSON Lines")


def article_suffix(path: Path) -> str:
    """The format suffix of a path, looking through a .gz ending ("a.jsonl.gz" -> ".jsonl")."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def article_stem(path: Path) -> str:
    """The stable article id of a file: its name without format and .gz suffixes."""
    name = path.name
    if name.lower().endswith(".gz"):
        name = name[:-3]
    stem, dot, ext = name.rpartition(".")
    return stem if dot and "." + ext.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES | JSON_SUFFIXES else name


def _read_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The file's bytes (gunzipped); more than `limit` is refused without reading the rest."""
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    with opener(path, "rb") as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(limit)
    return data


class TooLarge(NotText):
    """More bytes than a file of this kind may hold."""


def discover(paths: list[Path]) -> tuple[list[Path], list[Path], list[Skip]]:
    """Expand paths into (article files, metadata sidecar files, skips for paths that do not exist)."""
    files: list[Path] = []
    sidecars: list[Path] = []
    skips: list[Skip] = []
    for path in paths:
        if not path.exists():
            skips.append(Skip(str(path), "no such file or directory; check the path"))
        elif path.is_dir():
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    if name.startswith("."):
                        continue
                    child = Path(root) / name
                    suffix = article_suffix(child)
                    if suffix in SIDECAR_SUFFIXES:
                        sidecars.append(child)
                    elif suffix in _KNOWN_SUFFIXES:
                        files.append(child)
                    elif suffix:
                        skips.append(Skip(str(child), f"not an article format ('{suffix}'); {_FORMATS_HINT}"))
        elif article_suffix(path) in SIDECAR_SUFFIXES:
            sidecars.append(path)
        else:
            files.append(path)
    return files, sidecars, skips


def read_sidecars(sidecars: list[Path]) -> tuple[dict[str, dict[str, Any]], list[Skip]]:
    """Load metadata sidecars: YAML mappings of article id -> fields. Later files win."""
    meta: dict[str, dict[str, Any]] = {}
    skips: list[Skip] = []
    for path in sidecars:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            skips.append(Skip(str(path), f"metadata file unreadable ({getattr(exc, 'strerror', None) or exc}); "
                                         "save it as UTF-8 text"))
            continue
        try:
            data = load_yaml(text)
        except Exception as exc:  # noqa: BLE001 - yaml raises more than YAMLError on odd input
            mark = getattr(exc, "problem_mark", None)
            skips.append(Skip(str(path), f"metadata file has broken YAML ({_yaml_problem(exc)}); fix it, its metadata "
                                         "was not applied", mark.line + 1 if mark else None))
            continue
        if not isinstance(data, dict):
            skips.append(Skip(str(path), "metadata file must map article ids to fields; ignored"))
            continue
        for key, fields in data.items():
            if isinstance(fields, dict):
                meta.setdefault(str(key), {}).update(fields)
            else:
                skips.append(Skip(str(path), f"metadata for '{key}' must be a mapping of fields; ignored"))
    return meta, skips


def split_front_matter(text: str, where: str) -> tuple[dict[str, Any], str, list[str]]:
    """Split YAML front matter from a text; broken front matter is reported and kept as text."""
    if not text.startswith(_FRONT_MATTER):
        return {}, text, []
    lines = text.split("\n")
    if lines[0].strip() != _FRONT_MATTER:
        return {}, text, []
    for i in range(1, len(lines)):
        if lines[i].strip() in (_FRONT_MATTER, "..."):
            block = "\n".join(lines[1:i])
            body = "\n".join(lines[i + 1 :])
            try:
                data = load_yaml(block)
            except Exception as exc:  # noqa: BLE001 - yaml raises more than YAMLError on odd input
                return {}, body, [f"{where}: broken YAML front matter ({_yaml_problem(exc, 2)}); "
                                  "the article was imported without it; fix the front matter to keep its metadata"]
            if data is None:
                return {}, body, []
            if not isinstance(data, dict):
                return {}, body, [f"{where}: front matter is not a mapping of fields; ignored"]
            return data, body, []
    return {}, text, []


def read_text_file(path: Path) -> Iterator[RawArticle | Skip]:
    """One article from a text or Markdown file, with optional YAML front matter."""
    where = str(path)
    try:
        data = _read_bytes(path, MAX_ARTICLE_CHARS * 4)  # UTF-8 takes at most 4 bytes a character
        text, warning = decode_bytes(data)
        if len(text) > MAX_ARTICLE_CHARS:
            raise NotText(_too_long(len(text)))
    except TooLarge:
        try:
            size = path.stat().st_size
        except OSError:
            size = MAX_ARTICLE_CHARS * 4 + 1
        yield Skip(where, _too_long(size))
        return
    except NotText as exc:
        yield Skip(where, str(exc))
        return
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        yield Skip(where, f"cannot read ({getattr(exc, 'strerror', None) or exc}); check it exists and is readable")
        return
    text, escapes = strip_terminal_sequences(text)
    meta, body, warnings = split_front_matter(text.replace("\r\n", "\n").replace("\r", "\n"), where)
    if escapes:
        warnings.insert(0, _escapes_warning(where, escapes))
    if warning:
        warnings.insert(0, f"{where}: {warning}")
    if not body.strip():
        yield Skip(where, "empty article (no text); nothing to import")
        return
    yield RawArticle(id=article_stem(path), text=body, source_path=where, metadata=meta, warnings=warnings)


def _json_type(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "text", bool: "true/false", int: "a number",
            float: "a number", type(None): "null"}.get(type(value), type(value).__name__)


def _record_to_raw(record: Any, fields: dict[str, str], where: str, line: int | None) -> RawArticle | Skip:
    if not isinstance(record, dict):
        return Skip(where, f"record is not a JSON object ({_json_type(record)}); each line must be {{...}}", line)
    id_key, text_key = fields.get("id", "id"), fields.get("text", "text")
    rid = record.get(id_key)
    if rid is None or (isinstance(rid, str) and not rid.strip()):
        return Skip(where, f"missing id field '{id_key}'; give every record one (or map another key with "
                           "ingest.jsonl_fields.id in config)", line)
    if not isinstance(rid, (str, int)) or isinstance(rid, bool):
        return Skip(where, f"id field '{id_key}' must be text or a number, got {_json_type(rid)}", line)
    text = record.get(text_key)
    if not isinstance(text, str):
        what = "missing" if text is None else f"must be text, got {_json_type(text)}"
        return Skip(where, f"text field '{text_key}' {what} (map another key with ingest.jsonl_fields.text)", line)
    if not text.strip():
        return Skip(where, f"empty text in field '{text_key}'", line)
    if len(text) > MAX_ARTICLE_CHARS:
        return Skip(where, _too_long(len(text)), line)
    meta: dict[str, Any] = {}
    mapped = set()
    for ours, theirs in fields.items():
        if ours in ("id", "text"):
            mapped.add(theirs)
            continue
        if theirs in record:
            meta[ours] = record[theirs]
            mapped.add(theirs)
    for key, value in record.items():
        if key not in mapped:
            meta.setdefault(key, value)
    loc = f"{where}:{line}" if line else where
    text, escapes = strip_terminal_sequences(text)
    warnings = [_escapes_warning(loc, escapes)] if escapes else []
    return RawArticle(id=str(rid).strip(), text=text, source_path=loc, metadata=meta, warnings=warnings)


def read_jsonl(path: Path, fields: dict[str, str]) -> Iterator[RawArticle | Skip]:
    """Articles from JSON Lines (optionally gzipped), one per line; bad lines are skipped by number."""
    where = str(path)
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    try:
        with opener(path, "rb") as fh:
            number = 0
            for number, raw in enumerate(fh, start=1):
                if not raw.strip():
                    continue
                try:
                    record = json.loads(raw.decode("utf-8", errors="replace"))
                except json.JSONDecodeError as exc:
                    msg = exc.msg.removesuffix(" at")
                    yield Skip(where, f"invalid JSON ({msg} at column {exc.colno}); fix or remove the line", number)
                    continue
                except RecursionError:
                    yield Skip(where, "JSON nested too deeply; not an article record", number)
                    continue
                yield _record_to_raw(record, fields, where, number)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        after = f"after line {number}; the lines before it were imported" if number else "from the start"
        yield Skip(where, f"cannot read {after} ({getattr(exc, 'strerror', None) or exc}); "
                          "the file is truncated, damaged or not really gzip")


def read_json(path: Path, fields: dict[str, str]) -> Iterator[RawArticle | Skip]:
    """Articles from a .json file holding one record or a list of records."""
    where = str(path)
    try:
        data = json.loads(_read_bytes(path).decode("utf-8", errors="replace"))
    except TooLarge:
        yield Skip(where, f"file too large (over {MAX_FILE_BYTES // (1024 * 1024)} MB); write the records as JSON Lines "
                          "(.jsonl, one per line), which has no size limit")
        return
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        yield Skip(where, f"cannot read ({getattr(exc, 'strerror', None) or exc}); check it exists and is readable")
        return
    except json.JSONDecodeError as exc:
        yield Skip(where, f"invalid JSON ({exc.msg} at column {exc.colno}); fix it or use JSON Lines", exc.lineno)
        return
    except RecursionError:
        yield Skip(where, "JSON nested too deeply; not article records")
        return
    records = data if isinstance(data, list) else [data]
    for i, record in enumerate(records, start=1):
        yield _record_to_raw(record, fields, where, i if isinstance(data, list) else None)


def read_file(path: Path, fields: dict[str, str]) -> Iterator[RawArticle | Skip]:
    """Dispatch on the file's format suffix."""
    suffix = article_suffix(path)
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(path, fields)
    elif suffix in JSON_SUFFIXES:
        yield from read_json(path, fields)
    elif suffix in TEXT_SUFFIXES or suffix == "":
        yield from read_text_file(path)
    else:
        yield Skip(str(path), f"not an article format ('{suffix}'); {_FORMATS_HINT}")


def _read_file_safely(path: Path, fields: dict[str, str]) -> Iterator[RawArticle | Skip]:
    """read_file, with any unexpected error turned into a skip of that file: one bad file never stops an import."""
    try:
        yield from read_file(path, fields)
    except Exception as exc:  # noqa: BLE001 - a message beats a lost import
        yield Skip(str(path), f"could not be read ({type(exc).__name__}: {exc}); the rest of the import went on")


def iter_raw(paths: list[Path], fields: dict[str, str]) -> Iterator[RawArticle | Skip]:
    """Every RawArticle under `paths`, sidecar metadata applied (it wins), duplicates skipped."""
    files, sidecars, skips = discover(paths)
    yield from skips
    sidecar_meta, sidecar_skips = read_sidecars(sidecars)
    yield from sidecar_skips
    seen: dict[str, str] = {}
    for path in files:
        for item in _read_file_safely(path, fields):
            if isinstance(item, RawArticle):
                if item.id in seen:
                    line = int(item.source_path.rsplit(":", 1)[1]) if item.source_path.count(":") and item.source_path.rsplit(":", 1)[1].isdigit() else None
                    yield Skip(str(path), f"duplicate id '{item.id}' (first seen in {seen[item.id]}); skipped", line)
                    continue
                seen[item.id] = item.source_path
                if item.id in sidecar_meta:
                    item.metadata = {**item.metadata, **sidecar_meta[item.id]}
            yield item
