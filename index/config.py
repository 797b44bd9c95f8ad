"""Load and validate config.yaml: defaults, lookup order, and errors that name the bad key."""
from __future__ import annotations

import copy
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CONFIG_PATH = PROJECT_ROOT / "config.yaml"
APP_NAME = "parallax"


class ConfigError(ValueError):
    """A config file is unreadable or holds a bad key or value; the message names it."""


# Expected type of each leaf key; a dict value means a nested section with fixed keys.
_SCHEMA: dict[str, Any] = {
    "corpus": {"paths": list},
    "index": {"dir": (str, type(None))},
    "ingest": {"jsonl_fields": dict, "workers": int},
    "cleaning": {"extra_rules": (str, type(None))},
    "aliases": dict,
    "search": {"limit": int, "snippet_chars": int},
    "app": {"theme": str, "keymap": dict},
}
_JSONL_KEYS = {"id", "title", "outlet", "date", "authors", "url", "topic", "bias", "text"}


@dataclass
class Config:
    """The effective configuration, with paths already resolved."""

    corpus_paths: list[Path]
    index_dir: Path
    jsonl_fields: dict[str, str]
    workers: int
    extra_rules: Path | None
    aliases: dict[str, list[str]]
    search_limit: int
    snippet_chars: int
    theme: str
    keymap: dict[str, str]
    source: Path | None = None
    raw: dict[str, Any] = field(default_factory=dict)


def _type_name(t: Any) -> str:
    if isinstance(t, tuple):
        return " or ".join("null" if x is type(None) else x.__name__ for x in t)
    return {list: "a list", dict: "a mapping", int: "a whole number", str: "a string"}.get(t, t.__name__)


def _validate(data: Any, schema: dict[str, Any], where: str, prefix: str = "") -> None:
    if not isinstance(data, dict):
        raise ConfigError(f"{where}: '{prefix.rstrip('.') or 'top level'}' must be a mapping")
    for key, value in data.items():
        dotted = f"{prefix}{key}"
        if key not in schema:
            known = ", ".join(sorted(schema))
            raise ConfigError(f"{where}: unknown key '{dotted}' (expected one of: {known})")
        expected = schema[key]
        if isinstance(expected, dict):
            _validate(value, expected, where, dotted + ".")
        elif expected is int and (isinstance(value, bool) or not isinstance(value, int)):
            raise ConfigError(f"{where}: '{dotted}' must be {_type_name(int)}, got {value!r}")
        elif not isinstance(value, expected):
            raise ConfigError(f"{where}: '{dotted}' must be {_type_name(expected)}, got {value!r}")


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict) and key not in ("aliases", "keymap", "jsonl_fields"):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def read_yaml(path: Path) -> dict[str, Any]:
    """Read one YAML config file with yaml.safe_load; errors name the file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: config is not UTF-8 text (bad byte at position {exc.start}); "
                          "save it as UTF-8 YAML or pass another with --config") from exc
    try:
        data = yaml.safe_load(text)
    except (yaml.YAMLError, ValueError, RecursionError) as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ConfigError(f"{path}:{line}: bad YAML ({problem}); fix the file or pass another with --config") from exc
    if data is None:
        return {}
    _validate(data, _SCHEMA, str(path))
    return data


def _check_values(data: dict[str, Any], where: str) -> None:
    for i, p in enumerate(data["corpus"]["paths"]):
        if not isinstance(p, str):
            raise ConfigError(f"{where}: 'corpus.paths[{i}]' must be a string path, got {p!r}")
    for key, value in data["ingest"]["jsonl_fields"].items():
        if key not in _JSONL_KEYS:
            raise ConfigError(f"{where}: unknown key 'ingest.jsonl_fields.{key}' (expected one of: {', '.join(sorted(_JSONL_KEYS))})")
        if not isinstance(value, str):
            raise ConfigError(f"{where}: 'ingest.jsonl_fields.{key}' must be a string, got {value!r}")
    for name, variants in data["aliases"].items():
        if not isinstance(name, str) or not isinstance(variants, list) or not all(isinstance(v, str) for v in variants):
            raise ConfigError(f"{where}: 'aliases.{name}' must be a list of spellings, got {variants!r}")
    for key, value in data["app"]["keymap"].items():
        if not isinstance(value, str):
            raise ConfigError(f"{where}: 'app.keymap.{key}' must be a key string such as \"ctrl+f\", got {value!r}")
    if data["search"]["limit"] < 1:
        raise ConfigError(f"{where}: 'search.limit' must be at least 1, got {data['search']['limit']}")
    if data["ingest"]["workers"] < 0:
        raise ConfigError(f"{where}: 'ingest.workers' must be 0 (one per core) or more, got {data['ingest']['workers']}")


def user_config_path() -> Path:
    """The per-user config file location (platformdirs)."""
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME)) / "config.yaml"


def user_data_dir() -> Path:
    """The per-user data directory holding the index and user state (platformdirs)."""
    from platformdirs import user_data_dir as _udd

    return Path(_udd(APP_NAME))


def find_config(explicit: str | os.PathLike[str] | None = None) -> Path | None:
    """The override file in lookup order: --config, PARALLAX_CONFIG, then the user config directory."""
    if explicit:
        path = Path(explicit).expanduser()
        if not path.is_file():
            raise ConfigError(f"{path}: config file not found (given with --config)")
        return path
    env = os.environ.get("PARALLAX_CONFIG")
    if env:
        path = Path(env).expanduser()
        if not path.is_file():
            raise ConfigError(f"{path}: config file not found (given in PARALLAX_CONFIG)")
        return path
    user = user_config_path()
    return user if user.is_file() else None


def load_config(explicit: str | os.PathLike[str] | None = None, index_dir: str | os.PathLike[str] | None = None) -> Config:
    """Load the project defaults, overlay the first config found, and resolve paths.

    The index directory is taken from `index_dir` (--index-dir), then PARALLAX_INDEX_DIR,
    then the config's index.dir, then the user data directory.
    """
    defaults = read_yaml(DEFAULT_CONFIG_PATH)
    override_path = find_config(explicit)
    data = defaults
    base_dir = DEFAULT_CONFIG_PATH.parent
    corpus_base = base_dir
    index_base = base_dir
    if override_path is not None:
        override = read_yaml(override_path)
        data = _merge(defaults, override)
        if "paths" in override.get("corpus", {}):
            corpus_base = override_path.parent
        if "dir" in override.get("index", {}):
            index_base = override_path.parent
    where = str(override_path or DEFAULT_CONFIG_PATH)
    _check_values(data, where)

    if index_dir:
        idx = Path(index_dir).expanduser()
    elif os.environ.get("PARALLAX_INDEX_DIR"):
        idx = Path(os.environ["PARALLAX_INDEX_DIR"]).expanduser()
    elif data["index"]["dir"]:
        idx = index_base / Path(data["index"]["dir"]).expanduser()
    else:
        idx = user_data_dir() / "index"
    extra = data["cleaning"]["extra_rules"]
    return Config(
        corpus_paths=[corpus_base / Path(p).expanduser() for p in data["corpus"]["paths"]],
        index_dir=idx.resolve(),
        jsonl_fields={**defaults["ingest"]["jsonl_fields"], **data["ingest"]["jsonl_fields"]},
        workers=data["ingest"]["workers"],
        extra_rules=(corpus_base / extra) if extra else None,
        aliases={k: list(v) for k, v in data["aliases"].items()},
        search_limit=data["search"]["limit"],
        snippet_chars=data["search"]["snippet_chars"],
        theme=data["app"]["theme"],
        keymap=dict(data["app"]["keymap"]),
        source=override_path,
        raw=data,
    )
