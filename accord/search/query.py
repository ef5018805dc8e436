"""What a user typed into the search box, checked and split into words.

Pages and the API share these rules, so both refuse the same input with the same words:
an empty query, one longer than ``MAX_LENGTH``, or one with a control character (a NUL
byte included) is refused before any database sees it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from django.core.exceptions import ValidationError

MAX_LENGTH = 100
MIN_LENGTH = 2
MAX_TERMS = 8
# Letters and digits: the words PostgreSQL's parser and our SQLite match both understand.
# Everything else (punctuation, hyphens, quotes) only separates words, so nothing the user
# types can change the shape of the query.
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class SearchText:
    text: str  # as typed, trimmed
    terms: tuple[str, ...]  # its words, lower case, each once, in order


def search_text_parse(raw: str | None) -> SearchText:
    """Check ``raw`` and split it into words; a ``ValidationError`` on ``q`` says why not."""
    text = (raw or "").strip()
    if not text:
        raise ValidationError({"q": ["Type a word to search for."]})
    if any(unicodedata.category(char) == "Cc" for char in text):
        raise ValidationError(
            {"q": ["The search contains a control character (such as a tab or a NUL byte)."]}
        )
    if len(text) > MAX_LENGTH:
        raise ValidationError(
            {"q": [f"Search for at most {MAX_LENGTH} characters (this is {len(text)})."]}
        )
    terms = tuple(dict.fromkeys(word.lower() for word in _WORD.findall(text)))
    if sum(len(term) for term in terms) < MIN_LENGTH:
        raise ValidationError({"q": [f"Type at least {MIN_LENGTH} letters or digits."]})
    return SearchText(text=text, terms=terms[:MAX_TERMS])
