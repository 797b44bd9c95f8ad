"""Read articles from files, directories, JSON Lines and gzip into RawArticles, reporting every skip."""
from __future__ import annotations

import gzip
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from .decode import NotText, decode_bytes
from .models import RawArticle, Skip

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
JSON_SUFFIXES = {".json"}
SIDECAR_SUFFIXES = {".yaml", ".yml"}
MAX_ARTICLE_BYTES = 64 * 1024 * 1024
_FRONT_MATTER = "---"


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


def _read_bytes(path: Path) -> bytes:
    if path.name.lower().endswith(".gz"):
        with gzip.open(path, "rb") as fh:
            data = fh.read(MAX_ARTICLE_BYTES + 1)
    else:
        with open(path, "rb") as fh:
            data = fh.read(MAX_ARTICLE_BYTES + 1)
    if len(data) > MAX_ARTICLE_BYTES:
        raise NotText(f"larger than {MAX_ARTICLE_BYTES // (1024 * 1024)} MB; split it or raise the limit")
    return data


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
                    elif suffix in TEXT_SUFFIXES | JSONL_SUFFIXES | JSON_SUFFIXES:
                        files.append(child)
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
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            mark = getattr(exc, "problem_mark", None)
            skips.append(Skip(str(path), f"metadata file unreadable ({type(exc).__name__}); fix its YAML", mark.line + 1 if mark else None))
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
                data = yaml.safe_load(block)
            except yaml.YAMLError as exc:
                mark = getattr(exc, "problem_mark", None)
                line = f" line {mark.line + 2}" if mark else ""
                return {}, body, [f"{where}:{line}: broken YAML front matter ignored; fix it to keep its metadata"]
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
        data = _read_bytes(path)
        text, warning = decode_bytes(data)
    except NotText as exc:
        yield Skip(where, str(exc))
        return
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        yield Skip(where, f"cannot read ({getattr(exc, 'strerror', None) or exc}); check it exists and is readable")
        return
    meta, body, warnings = split_front_matter(text.replace("\r\n", "\n").replace("\r", "\n"), where)
    if warning:
        warnings.insert(0, f"{where}: {warning}")
    if not body.strip():
        yield Skip(where, "empty article (no text); nothing to import")
        return
    yield RawArticle(id=article_stem(path), text=body, source_path=where, metadata=meta, warnings=warnings)


def _record_to_raw(record: Any, fields: dict[str, str], where: str, line: int | None) -> RawArticle | Skip:
    if not isinstance(record, dict):
        return Skip(where, "record is not a JSON object", line)
    id_key, text_key = fields.get("id", "id"), fields.get("text", "text")
    rid = record.get(id_key)
    if rid is None or (isinstance(rid, str) and not rid.strip()):
        return Skip(where, f"missing id field '{id_key}'", line)
    if not isinstance(rid, (str, int)) or isinstance(rid, bool):
        return Skip(where, f"id field '{id_key}' must be text or a number", line)
    text = record.get(text_key)
    if not isinstance(text, str):
        what = "missing" if text is None else f"not text ({type(text).__name__})"
        return Skip(where, f"text field '{text_key}' {what}", line)
    if not text.strip():
        return Skip(where, f"empty text in field '{text_key}'", line)
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
    return RawArticle(id=str(rid).strip(), text=text, source_path=loc, metadata=meta)


def read_jsonl(path: Path, fields: dict[str, str]) -> Iterator[RawArticle | Skip]:
    """Articles from JSON Lines (optionally gzipped), one per line; bad lines are skipped by number."""
    where = str(path)
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    try:
        with opener(path, "rb") as fh:
            for number, raw in enumerate(fh, start=1):
                if not raw.strip():
                    continue
                try:
                    record = json.loads(raw.decode("utf-8", errors="replace"))
                except json.JSONDecodeError as exc:
                    yield Skip(where, f"invalid JSON ({exc.msg} at column {exc.colno})", number)
                    continue
                yield _record_to_raw(record, fields, where, number)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        yield Skip(where, f"cannot read to the end ({getattr(exc, 'strerror', None) or exc}); file truncated or not gzip")


def read_json(path: Path, fields: dict[str, str]) -> Iterator[RawArticle | Skip]:
    """Articles from a .json file holding one record or a list of records."""
    where = str(path)
    try:
        data = json.loads(_read_bytes(path).decode("utf-8", errors="replace"))
    except (OSError, EOFError, NotText, gzip.BadGzipFile) as exc:
        yield Skip(where, f"cannot read ({exc})")
        return
    except json.JSONDecodeError as exc:
        yield Skip(where, f"invalid JSON ({exc.msg})", exc.lineno)
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
        yield Skip(str(path), f"unknown format '{suffix}'; use .txt, .md, .jsonl, .json or .gz of them")


def iter_raw(paths: list[Path], fields: dict[str, str]) -> Iterator[RawArticle | Skip]:
    """Every RawArticle under `paths`, sidecar metadata applied (it wins), duplicates skipped."""
    files, sidecars, skips = discover(paths)
    yield from skips
    sidecar_meta, sidecar_skips = read_sidecars(sidecars)
    yield from sidecar_skips
    seen: dict[str, str] = {}
    for path in files:
        for item in read_file(path, fields):
            if isinstance(item, RawArticle):
                if item.id in seen:
                    line = int(item.source_path.rsplit(":", 1)[1]) if item.source_path.count(":") and item.source_path.rsplit(":", 1)[1].isdigit() else None
                    yield Skip(str(path), f"duplicate id '{item.id}' (first seen in {seen[item.id]}); skipped", line)
                    continue
                seen[item.id] = item.source_path
                if item.id in sidecar_meta:
                    item.metadata = {**item.metadata, **sidecar_meta[item.id]}
            yield item
