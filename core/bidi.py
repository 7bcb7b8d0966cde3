"""The user's own text (knot labels, notes) shown beside ours, safely: wrapped as a
Unicode bidirectional isolate, so that a right-to-left override in it (U+202E, as in
"abc\u202edef") or an unbalanced isolate can reorder only itself, never the words,
numbers and dates around it (Unicode's bidi algorithm, UAX #9, and the W3C's advice
for inserting text of unknown direction).

Right-to-left text of its own (a label in Arabic or Hebrew) still reads as it should:
FSI picks the direction from the text's first strong letter.
"""

from __future__ import annotations

FSI = "\u2068"  # first strong isolate
PDI = "\u2069"  # pop directional isolate
_OPENERS = frozenset("\u2066\u2067\u2068")  # LRI, RLI, FSI


def isolate(text: str) -> str:
    """`text` between FSI and PDI, its own isolates balanced: a PDI in it with no
    isolate of its own to close is dropped (it would close ours early), and isolates
    it leaves open are closed (ours would close one of them instead). Embeddings and
    overrides (U+202A-U+202E) end at our PDI. Empty text stays empty."""
    if not text:
        return text
    kept: list[str] = []
    open_count = 0
    for char in text:
        if char in _OPENERS:
            open_count += 1
        elif char == PDI:
            if open_count == 0:
                continue
            open_count -= 1
        kept.append(char)
    return FSI + "".join(kept) + PDI * open_count + PDI
