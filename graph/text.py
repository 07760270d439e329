"""Normalisation for graph keys: the same name or number always folds to the same key.

Keys must not change when the parser changes, so this module depends on nothing in ``parsers``.

>>> fold("UỶ  BAN nhân dân")
'ủy ban nhân dân'
>>> slug("Ủy ban nhân dân Thành phố Hồ Chí Minh")
'uy-ban-nhan-dan-thanh-pho-ho-chi-minh'
"""

from __future__ import annotations

import re
import unicodedata

_TONES = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook above, dot below

# Old-style tone placement in oa/oe/uy at the end of a syllable ("hoà", "Uỷ") → modern ("hòa",
# "Ủy"); "quý" is left alone because "qu" is one consonant.
_OLD_STYLE = re.compile(
    r"""(?<![qQ])
        (?P<first>[oOuU])
        (?P<second>[àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ])
        (?!\w)""",
    re.VERBOSE,
)
_MODERN_PAIRS = {("o", "a"), ("o", "e"), ("u", "y")}


def _move_tone(m: re.Match[str]) -> str:
    first, second = m.group("first"), m.group("second")
    decomposed = unicodedata.normalize("NFD", second)
    if (first.lower(), decomposed[0].lower()) not in _MODERN_PAIRS:
        return m.group(0)
    tone = next(c for c in decomposed if c in _TONES)
    bare = unicodedata.normalize("NFC", decomposed.replace(tone, ""))
    return unicodedata.normalize("NFC", first + tone) + bare


def normalise(text: str) -> str:
    """NFC, modern tone placement, the Icelandic eth ``Ð`` (often typed for ``Đ``) fixed."""
    text = unicodedata.normalize("NFC", text).replace("Ð", "Đ").replace("ð", "đ")
    return _OLD_STYLE.sub(_move_tone, text)


def fold(text: str) -> str:
    """A matching key: normalised, lower case, single spaces, no trailing punctuation."""
    return " ".join(normalise(text).lower().split()).strip(" .,;:")


def strip_marks(text: str) -> str:
    """``"Hồ Chí Minh"`` → ``"Ho Chi Minh"``."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def slug(text: str) -> str:
    """ASCII, lower case, words joined by ``-``: readable inside keys and safe in URLs."""
    return re.sub(r"[^a-z0-9]+", "-", strip_marks(fold(text))).strip("-")


def clean(text: str | None) -> str | None:
    """A value as shown to users: normalised, single spaces, no trailing punctuation; '' → None."""
    if text is None:
        return None
    out = " ".join(normalise(text).replace("*", " ").split()).strip(" .,;:")
    return out or None
