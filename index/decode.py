"""Turn raw bytes into text: UTF-8 first, then charset detection, refusing binary files; and remove terminal
escape sequences, which have no place in an article and must never reach a reader's terminal."""
from __future__ import annotations

import re


class NotText(ValueError):
    """The bytes are not text (binary content); the message says why."""


# ESC-introduced terminal sequences: CSI (colours, cursor moves), OSC (title sets, OSC 8 links, clipboard) and
# DCS/SOS/PM/APC strings ended by BEL or ST, and any other two-byte ESC sequence. String sequences need their
# terminator and are bounded, so a stray ESC never swallows the rest of an article; only the ESC and its next
# character go then. One-byte C1 controls (U+0080-U+009F, common in mojibake) are left to the control-character
# filters, which remove just that character.
_TERMINAL_SEQUENCE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b[\]P^_X][^\x07\x1b]{0,2048}(?:\x07|\x1b\\)"
    r"|\x1b[ -/]*[0-~]?"
)
# Windows-1252 is by far the most common non-UTF-8 encoding of English and Western European news.
_WESTERN = "cp1252"


def strip_terminal_sequences(text: str) -> tuple[str, int]:
    """Remove terminal escape sequences (colours, OSC 8 links, title sets); return (text, how many)."""
    if "\x1b" not in text:
        return text, 0
    return _TERMINAL_SEQUENCE.subn("", text)


def decode_bytes(data: bytes) -> tuple[str, str | None]:
    """Decode article bytes, returning (text, warning or None).

    UTF-8 (with or without BOM) is taken as is; mostly-UTF-8 text with a few bad bytes keeps UTF-8 with the
    bad bytes replaced (and says how many); otherwise charset-normalizer guesses the encoding (Windows-1252
    preferred among equally good Western guesses) and the warning names it.
    """
    if b"\x00" in data[:8192]:
        raise NotText("binary file (NUL bytes); not an article")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    multibyte = sum(1 for ch in replaced if ord(ch) > 127 and ch != "\ufffd")
    if multibyte >= bad and not _looks_binary(replaced):
        return replaced, f"not valid UTF-8: {bad} bad byte(s) replaced with \ufffd; re-save the file as UTF-8 to fix"
    from charset_normalizer import from_bytes

    results = from_bytes(data)
    best = results.best()
    if best is not None and best.encoding:
        text, encoding = str(best), best.encoding
        try:
            western = data.decode(_WESTERN)
        except UnicodeDecodeError:
            western = None
        if western is not None and encoding != _WESTERN and (
            western == text or any(m.encoding == _WESTERN and m.chaos <= best.chaos for m in results)
        ):
            text, encoding = western, _WESTERN
        if _looks_binary(text):
            raise NotText("binary file (mostly control characters); not an article")
        return text, f"not UTF-8; decoded as {encoding} (check accented letters; re-save as UTF-8 to be sure)"
    if _looks_binary(replaced):
        raise NotText("binary file (no text encoding fits); not an article")
    return replaced, f"not valid UTF-8 and no encoding fits: {bad} bad byte(s) replaced with \ufffd"


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    if not sample:
        return False
    controls = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f\x1b") or ch == "\ufffd")
    return controls / len(sample) > 0.1
