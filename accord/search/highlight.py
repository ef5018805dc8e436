"""The matching words of a result, marked with ``<mark>`` in safe HTML.

PostgreSQL's ``ts_headline`` marks the words it matched, but returns the record's text
as it is, unescaped. So it marks them with two private-use characters instead of tags;
here the text is escaped first and only then are the markers turned into ``<mark>``, so
a record's text can never become markup. On SQLite the words are found here, in Python.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

START = "\ue000"
STOP = "\ue001"
ELLIPSIS = "…"
SEPARATOR = " · "  # between the fields of a snippet
SNIPPET_WORDS = 30
_MARKED = re.compile(re.escape(START) + "(.*?)" + re.escape(STOP), re.DOTALL)
_SPACES = re.compile(r"\s+")


def marks_to_html(text: str) -> SafeString:
    """``text`` with its ``START``/``STOP`` pairs as ``<mark>``, everything else escaped."""
    parts, position = [], 0
    for match in _MARKED.finditer(text):
        parts.append(_escape(text[position : match.start()]))
        parts.append(f"<mark>{_escape(match.group(1))}</mark>")
        position = match.end()
    parts.append(_escape(text[position:]))
    return mark_safe("".join(parts))  # noqa: S308 - every piece was escaped above


def framed(marked: str, source: str) -> str:
    """``marked`` (a ``ts_headline`` of ``source``) with an ellipsis where it cuts the text."""
    shown = _SPACES.sub(" ", without_marks(marked)).strip()
    whole = _SPACES.sub(" ", source).strip()
    if not shown:
        return marked
    head = shown.split(f" {ELLIPSIS} ")[0]
    tail = shown.split(f" {ELLIPSIS} ")[-1]
    prefix = "" if whole.startswith(head) else f"{ELLIPSIS} "
    suffix = "" if whole.endswith(tail) else f" {ELLIPSIS}"
    return f"{prefix}{marked.strip()}{suffix}"


def without_marks(text: str) -> str:
    return text.replace(START, "").replace(STOP, "")


def _escape(text: str) -> str:
    return escape(without_marks(text))


def _pattern(terms: Iterable[str]) -> re.Pattern | None:
    words = sorted({t for t in terms if t}, key=len, reverse=True)
    if not words:
        return None
    return re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)


def highlight(text: str, terms: Iterable[str]) -> SafeString:
    """``text`` escaped, with every occurrence of a term (any case, inside words too) marked."""
    pattern = _pattern(terms)
    if pattern is None:
        return mark_safe(_escape(text))  # noqa: S308 - escaped
    return marks_to_html(pattern.sub(lambda m: f"{START}{m.group(0)}{STOP}", without_marks(text)))


def excerpt(
    texts: Iterable[str], terms: Iterable[str], *, words: int = SNIPPET_WORDS
) -> SafeString:
    """About ``words`` words of ``texts`` around the first term found, the terms marked."""
    terms = [t for t in terms if t]
    tokens = _SPACES.split(SEPARATOR.join(t.strip() for t in texts if t and t.strip()))
    tokens = [t for t in tokens if t]
    if not tokens:
        return mark_safe("")
    pattern = _pattern(terms)
    first = next(
        (i for i, token in enumerate(tokens) if pattern and pattern.search(token)),
        0,
    )
    start = max(0, first - words // 4)
    end = min(len(tokens), start + words)
    window = tokens[start:end]
    while window and window[0] == "·":
        window = window[1:]
    while window and window[-1] == "·":
        window = window[:-1]
    text = " ".join(window)
    html = highlight(text, terms)
    prefix = f"{ELLIPSIS} " if start > 0 else ""
    suffix = f" {ELLIPSIS}" if end < len(tokens) else ""
    return mark_safe(f"{prefix}{html}{suffix}")  # noqa: S308 - highlight() escaped the text
