"""Normalisation for graph keys: the same name or number always folds to the same key.

Unicode and tone-mark normalisation is the parser's (``parsers.text.normalize``): a key folds the
same way as the text it was read from.

>>> fold("UỶ  BAN nhân dân")
'ủy ban nhân dân'
>>> slug("Ủy ban nhân dân Thành phố Hồ Chí Minh")
'uy-ban-nhan-dan-thanh-pho-ho-chi-minh'
"""

from __future__ import annotations

import re
import unicodedata

from parsers.text import normalize


def normalise(text: str) -> str:
    """The parser's normalisation, plus the Icelandic eth ``Ð`` (often typed for ``Đ``) fixed."""
    return normalize(text.replace("Ð", "Đ").replace("ð", "đ"))


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
