"""Turn raw bytes into text: UTF-8 first, then charset detection, refusing binary files."""
from __future__ import annotations


class NotText(ValueError):
    """The bytes are not text (binary content); the message says why."""


def decode_bytes(data: bytes) -> tuple[str, str | None]:
    """Decode article bytes, returning (text, warning or None).

    UTF-8 (with or without BOM) is taken as is; otherwise charset-normalizer guesses the
    encoding and the warning names it; undecodable bytes are replaced and said so.
    """
    if b"\x00" in data[:8192]:
        raise NotText("binary file (NUL bytes); not an article")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.encoding:
        text = str(best)
        if _looks_binary(text):
            raise NotText("binary file (mostly control characters); not an article")
        return text, f"not UTF-8; decoded as {best.encoding}"
    text = data.decode("utf-8", errors="replace")
    if _looks_binary(text):
        raise NotText("binary file (no text encoding fits); not an article")
    return text, "not valid UTF-8 and no encoding fits; bad bytes replaced with U+FFFD"


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    if not sample:
        return False
    controls = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f") or ch == "\ufffd")
    return controls / len(sample) > 0.1
