"""Remove the characters Word's XML cannot hold (C0 controls, NUL, U+FFFE/FFFF, surrogates).

Only those go: tab, line feed and carriage return stay, and so does everything else.
"""

from __future__ import annotations

import re

# XML 1.0 allows #x9 #xA #xD #x20-#xD7FF #xE000-#xFFFD #x10000-#x10FFFF; this is the rest.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str | None) -> str:
    """The text without characters that XML 1.0 forbids; never raises."""
    if not text:
        return ""
    return _FORBIDDEN.sub("", text)
