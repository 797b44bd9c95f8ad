"""Normalise article metadata from front matter, JSON records and sidecar files into Article fields."""
from __future__ import annotations

import ast
import re
from typing import Any

from .dates import parse_date
from .decode import strip_terminal_sequences

KNOWN_FIELDS = ("title", "outlet", "date", "authors", "url", "topic", "bias", "aggregator")
_FIELD_SYNONYMS = {"source": "outlet", "publisher": "outlet", "author": "authors", "bias_text": "bias", "published": "date"}
_SPLIT_AUTHORS = re.compile(r"\s*(?:,|;|\band\b|&)\s*")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def clean_field(value: object) -> str:
    """A metadata value as one line of plain text: escape sequences and control characters gone, spaces single."""
    text, _ = strip_terminal_sequences(str(value))
    return " ".join(_CONTROL.sub(" ", text).split())


def normalise(raw: dict[str, Any], where: str) -> tuple[dict[str, Any], dict[str, Any], list[str]]:
    """Split raw metadata into (known fields, extra keys, warnings); wrong types are dropped with a warning."""
    fields: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    warnings: list[str] = []
    for key, value in raw.items():
        name = _FIELD_SYNONYMS.get(str(key).lower(), str(key).lower())
        if name not in KNOWN_FIELDS:
            extra[str(key)] = value
            continue
        if value is None or value == "":
            continue
        if name == "date":
            iso, warning = parse_date(value)
            if warning:
                warnings.append(f"{where}: {warning}")
            fields["date"] = iso
        elif name == "authors":
            authors = parse_authors(value)
            if authors is None:
                warnings.append(f"{where}: field 'authors' must be text or a list of names; ignored")
            else:
                fields["authors"] = authors
        elif isinstance(value, (str, int, float)) and not isinstance(value, bool):
            fields[name] = clean_field(value)
        else:
            warnings.append(f"{where}: field '{key}' must be text, got {type(value).__name__}; ignored")
    return fields, extra, warnings


def parse_authors(value: Any) -> list[str] | None:
    """Authors from a list, a list written as text ("['A', 'B']"), or "A, B and C"; None for wrong types."""
    if isinstance(value, list):
        if not all(isinstance(v, str) for v in value):
            return None
        return [a for a in (clean_field(v) for v in value) if a]
    if not isinstance(value, str):
        return None
    text = value.strip()
    if text.startswith("[") and text.endswith("]"):
        try:
            parsed = ast.literal_eval(text)
        except (ValueError, SyntaxError):
            parsed = None
        if isinstance(parsed, list):
            return parse_authors([str(p) for p in parsed])
    text = re.sub(r"^by\s+", "", text, flags=re.IGNORECASE)
    return [a for a in (clean_field(p) for p in _SPLIT_AUTHORS.split(text)) if a]
