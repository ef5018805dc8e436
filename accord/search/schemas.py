from __future__ import annotations

from ninja import Field, Schema

from accord.search.selectors import PAGE_SIZE

MAX_API_PAGE = 10_000
MAX_API_PAGE_SIZE = 50


# At least two letters or digits and no control character, as search_text_parse asks.
_TEXT = "[^\\u0000-\\u001f\\u007f-\\u009f]*"
_TWO_LETTERS = f"^{_TEXT}[A-Za-z0-9]{_TEXT}[A-Za-z0-9]{_TEXT}$"


def _type_keys(schema: dict) -> None:
    from accord.search.registry import search_types

    schema["enum"] = ["", *(search_type.key for search_type in search_types())]


class SearchFilters(Schema):
    q: str = Field(
        ...,
        description="The words to find (2 to 100 characters, no control characters); every "
        "word must match, as the start of a word on PostgreSQL.",
        # Documented only: search_text_parse checks it with a message for each rule.
        json_schema_extra={"minLength": 2, "maxLength": 100, "pattern": _TWO_LETTERS},
    )
    type: str | None = Field(
        None,
        description="Only this record type: its `type` key, e.g. `risks` (empty: every type "
        "you may search; one you may not search is unknown to you).",
        json_schema_extra=_type_keys,
    )
    page: int = Field(
        1, ge=1, le=MAX_API_PAGE, description="1-based page, within each type's results"
    )
    page_size: int = Field(
        PAGE_SIZE // 2,
        ge=1,
        le=MAX_API_PAGE_SIZE,
        description=f"Results per type and page (at most {MAX_API_PAGE_SIZE})",
    )


class SearchHitOut(Schema):
    type: str
    id: int
    reference: str = Field(description="A short code: project code, RFP number, R-001 ...")
    title: str
    title_html: str = Field(description="The title, HTML-escaped, matched words in <mark>")
    snippet_html: str = Field(description="Some text around the match, same markup")
    context: str = Field(description="Where it belongs: project, sponsor, dates, status")
    url: str = Field(description="The record's page for you")


class SearchCountOut(Schema):
    type: str
    label: str
    count: int


class SearchGroupOut(Schema):
    type: str
    label: str
    count: int
    page: int
    page_size: int
    pages: int
    ranked: bool = Field(
        description="Best match first; false when there are too many matches to rank (more "
        "than 1,000 on PostgreSQL): newest first"
    )
    items: list[SearchHitOut]


class SearchOut(Schema):
    q: str
    terms: list[str] = Field(description="The words searched for")
    type: str | None
    total: int = Field(description="Matches of every type")
    counts: list[SearchCountOut] = Field(description="Every type you may search, in order")
    groups: list[SearchGroupOut] = Field(
        description="The requested page of each type that has matches (of `type` only, if given)"
    )
