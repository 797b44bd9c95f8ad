"""Load the cleaning rules (index/clean_rules.yaml plus an optional extra file) into compiled form."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

BUILTIN_RULES = Path(__file__).with_name("clean_rules.yaml")


class RulesError(ValueError):
    """A rules file is unreadable or malformed; the message names the file and key."""


@dataclass
class CleanRules:
    """Compiled cleaning rules; see clean_rules.yaml for what each one means."""

    drop_exact: dict[str, str] = field(default_factory=dict)  # folded line -> rule id
    drop_patterns: list[tuple[str, re.Pattern[str]]] = field(default_factory=list)
    credit_line: re.Pattern[str] | None = None
    caption_suffix: re.Pattern[str] | None = None
    caption_prefix: re.Pattern[str] | None = None
    inline_chrome: list[tuple[str, re.Pattern[str]]] = field(default_factory=list)  # group "chrome" is cut
    tail_markers: set[str] = field(default_factory=set)
    section_labels: list[str] = field(default_factory=list)
    headings: set[str] = field(default_factory=set)
    heading_max_words: int = 7
    byline: re.Pattern[str] | None = None
    label_split: re.Pattern[str] | None = None


def _compile(pattern: str, where: str, key: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise RulesError(f"{where}: rule '{key}' is not a valid regular expression ({exc})") from exc


def _read(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise RulesError(f"{path}: cannot read cleaning rules ({exc})") from exc
    if not isinstance(data, dict):
        raise RulesError(f"{path}: cleaning rules must be a mapping of rule kinds")
    return data


def _add(rules: CleanRules, data: dict, where: str) -> None:
    known = {"drop_exact", "drop_patterns", "inline_chrome", "credit_line", "caption_suffix", "caption_prefix", "tail_markers",
             "section_labels", "headings", "heading_max_words", "byline"}
    for key in data:
        if key not in known:
            raise RulesError(f"{where}: unknown rule kind '{key}' (expected one of: {', '.join(sorted(known))})")
        values = data[key] if isinstance(data[key], list) else [v for vs in (data[key] or {}).values() for v in
                                                                  (vs if isinstance(vs, list) else [vs])] \
            if isinstance(data[key], dict) else []
        for value in values:
            if not isinstance(value, str):  # YAML reads bare Yes/No/On/Off as booleans: "Yes, but" became True, "but"
                raise RulesError(f"{where}: rule '{key}' has a non-text entry {value!r}; put it in quotes")
    for rule_id, lines in (data.get("drop_exact") or {}).items():
        for line in lines:
            rules.drop_exact[str(line).casefold()] = str(rule_id)
    for rule_id, pattern in (data.get("drop_patterns") or {}).items():
        rules.drop_patterns.append((str(rule_id), _compile(str(pattern), where, f"drop_patterns.{rule_id}")))
    for rule_id, pattern in (data.get("inline_chrome") or {}).items():
        compiled = _compile(str(pattern), where, f"inline_chrome.{rule_id}")
        if "chrome" not in compiled.groupindex:
            raise RulesError(f"{where}: rule 'inline_chrome.{rule_id}' needs a (?P<chrome>...) group: the text it removes")
        rules.inline_chrome.append((str(rule_id), compiled))
    for key in ("credit_line", "caption_suffix", "caption_prefix", "byline"):
        if data.get(key):
            setattr(rules, key, _compile(str(data[key]), where, key))
    rules.tail_markers |= {str(m).casefold() for m in data.get("tail_markers") or []}
    rules.section_labels += [str(s) for s in data.get("section_labels") or [] if str(s) not in rules.section_labels]
    rules.headings |= {str(h).casefold() for h in data.get("headings") or []}
    if "heading_max_words" in data:
        rules.heading_max_words = int(data["heading_max_words"])


@lru_cache(maxsize=8)
def load_rules(extra: Path | None = None) -> CleanRules:
    """The built-in rules, extended by an extra rules file when one is configured."""
    rules = CleanRules()
    _add(rules, _read(BUILTIN_RULES), str(BUILTIN_RULES))
    if extra is not None:
        _add(rules, _read(extra), str(extra))
    labels = sorted(rules.section_labels, key=len, reverse=True)
    alternation = "|".join(re.escape(label).replace("'", "['’]") for label in labels)
    # A label glued to the text before it ("invasion.Why it matters:", "ceasefireEditor's note:").
    rules.label_split = (
        re.compile(rf"(?:(?<=[.!?\"”’])[ \t]*|(?<=[a-z]))(?=(?:{alternation}):\s)") if labels else None
    )
    return rules
