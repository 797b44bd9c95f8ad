"""The one place untrusted article text becomes printable: escape sequences and control characters removed,
Rich markup escaped."""
from __future__ import annotations

import re

# CSI, OSC (to BEL or ST), and other ESC sequences, then any remaining C0/C1 control character but newline/tab.
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[P^_X][^\x1b]*(?:\x1b\\)?|\x1b.?")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def strip_controls(text: str) -> str:
    """Remove terminal escape sequences (CSI, OSC 8 links, title sets) and control characters."""
    return _CONTROLS.sub("", _ESCAPES.sub("", text))


def plain(text: str) -> str:
    """Untrusted text made safe to write to a terminal as plain text."""
    return strip_controls(text)


def markup_safe(text: str) -> str:
    """Untrusted text made safe to embed in Rich markup."""
    from rich.markup import escape

    return escape(strip_controls(text))
