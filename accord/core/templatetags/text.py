"""Labels inside a sentence: "Change orders" reads "change orders" mid-sentence, but
"RFPs", "QA lead" and "Regulatory CMC lead" keep their acronyms ("RFPs", "QA lead",
"regulatory CMC lead"), which Django's ``lower`` would turn into "rfps" and "qa lead"."""

from __future__ import annotations

from django import template

register = template.Library()


def _word_in_sentence(word: str) -> str:
    # Only a capitalized word is lowered; an acronym (more than one capital) is kept.
    if word[:1].isupper() and not any(c.isupper() for c in word[1:]):
        return word.lower()
    return word


@register.filter
def in_sentence(label: object) -> str:
    """``label`` as it reads inside a sentence."""
    return " ".join(_word_in_sentence(word) for word in str(label).split(" "))
