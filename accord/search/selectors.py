"""The search itself: each registered type's matches for one user, grouped, ranked,
highlighted and paginated.

Every type starts from its app's visibility selector and only narrows it, so the search
never finds what the user could not open. On PostgreSQL a type's records match through
full-text search: the words of the query, each as a prefix ("aur" finds "Aurora"),
against a weighted ``tsvector`` of the type's fields that a GIN index covers (the query
builds the very expression the index holds, so the planner can use it); they are ranked
by ``ts_rank`` and highlighted by ``ts_headline``. Elsewhere (SQLite) every word must
appear somewhere in the fields (case-insensitive), and records whose title holds every
word come first, then the most recent.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import reduce

from django.contrib.postgres.search import (
    CombinedSearchVector,
    SearchHeadline,
    SearchQuery,
    SearchRank,
    SearchVector,
)
from django.core.paginator import Page, Paginator
from django.db import connection
from django.db.models import Case, F, Func, IntegerField, Q, QuerySet, TextField, Value, When
from django.db.models.functions import Left, NullIf
from django.utils.functional import cached_property
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from accord.search.highlight import (
    ELLIPSIS,
    SEPARATOR,
    SNIPPET_WORDS,
    START,
    STOP,
    excerpt,
    framed,
    highlight,
    marks_to_html,
    without_marks,
)
from accord.search.query import SearchText
from accord.search.registry import SEARCH_CONFIG, SearchField, SearchType, types_for

GROUP_SIZE = 5  # results per type on the "all types" page
PAGE_SIZE = 20  # results per page of one type
# ts_rank re-reads the text of every match (an index holds no vectors), about 0.15 ms a
# record of 40 words: past this many matches of a type, they come newest first instead.
RANK_AT_MOST = 1000
RANK_CHARS = 2000  # of each field, for ranking
_UNMERGED = 2**62


def full_text_available() -> bool:
    return connection.vendor == "postgresql"


def search_vector(fields: Iterable[SearchField]) -> SearchVector | CombinedSearchVector:
    """The weighted vector of ``fields``: the same expression for the index and the query."""
    vectors = [SearchVector(f.name, config=SEARCH_CONFIG, weight=f.weight) for f in fields]
    return reduce(operator.add, vectors)


def _term_query(term: str) -> str:
    # PostgreSQL's parser reads digits after a hyphen as a signed number: "CON-2026-0001"
    # holds '-2026' and '-0001', so a term of digits matches that form too.
    if term[0].isdigit():
        return f"('{term}':* | '-{term}':*)"
    return f"'{term}':*"


def search_query(terms: Iterable[str]) -> SearchQuery:
    """Every term, as a prefix. Terms are letters and digits only (``query.py``), so they
    can be quoted into ``to_tsquery`` syntax as they are."""
    queries = [
        SearchQuery(_term_query(term), search_type="raw", config=SEARCH_CONFIG) for term in terms
    ]
    return reduce(operator.and_, queries)


@dataclass(frozen=True)
class SearchHit:
    type: SearchType
    record: object
    title: str
    title_html: SafeString
    snippet_html: SafeString
    reference: str
    context: str
    url: str


@dataclass
class SearchGroup:
    type: SearchType
    count: int
    page_size: int = GROUP_SIZE
    page: Page | None = None  # the page shown (None: only counted, or past the end)
    hits: list[SearchHit] = field(default_factory=list)
    ranked: bool = True  # best match first; False: too many matches, newest first

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.count / self.page_size))


@dataclass
class SearchResults:
    text: SearchText
    groups: list[SearchGroup]  # every type the user may search, in order, with its count
    selected: SearchType | None = None

    @property
    def total(self) -> int:
        return sum(group.count for group in self.groups)

    @property
    def shown(self) -> list[SearchGroup]:
        """The groups whose results are on this page."""
        return [g for g in self.groups if g.hits or (self.selected and g.type == self.selected)]


def search_matches(
    user,
    search_type: SearchType,
    text: SearchText,
    *,
    full_text: bool | None = None,
    ranked: bool = True,
) -> QuerySet:
    """The records of ``search_type`` that ``user`` may see and that match, best first
    (``ranked=False``: newest first, for counting or when there are too many to rank).
    ``full_text``: PostgreSQL's full-text search (the default there) or the simple match."""
    if full_text_available() if full_text is None else full_text:
        return _matches_full_text(user, search_type, text, ranked=ranked)
    return _matches_simple(user, search_type, text)


def full_text_filter(
    records: QuerySet, search_type: SearchType, user, text: SearchText
) -> QuerySet:
    """``records`` narrowed to those whose indexed vectors match: the public fields' for
    everyone, OR-ed with the internal fields' for CDMO staff (a sponsor user's query never
    looks at the internal vector). Each side is the expression of one GIN index.

    The match is a subquery of ids, planned on its own (its LIMIT, far above any table,
    keeps PostgreSQL from merging it into the outer query), so the vectors are computed
    only where the index answers. Merged, the planner may walk a date index for "newest
    first" and parse each record's text on the way: seconds on long meeting minutes.
    """
    query = search_query(text.terms)
    matching = search_type.model._default_manager.alias(
        _search_public=search_vector(search_type.public_fields)
    )
    condition = Q(_search_public=query)
    if search_type.internal_fields and user.is_cdmo_staff:
        matching = matching.alias(_search_internal=search_vector(search_type.internal_fields))
        condition |= Q(_search_internal=query)
    return records.filter(pk__in=matching.filter(condition).order_by().values("pk")[:_UNMERGED])


def _rank_vector(fields: Iterable[SearchField]) -> SearchVector | CombinedSearchVector:
    """The vector ranked on: each field's first ``RANK_CHARS`` characters. ``ts_rank``
    parses the text of every match again, and a long text's opening says what it is about."""
    vectors = [
        SearchVector(Left(F(f.name), RANK_CHARS), config=SEARCH_CONFIG, weight=f.weight)
        for f in fields
    ]
    return reduce(operator.add, vectors)


def _matches_full_text(
    user, search_type: SearchType, text: SearchText, *, ranked: bool
) -> QuerySet:
    records = full_text_filter(search_type.visible_to(user), search_type, user, text)
    newest = (f"-{search_type.date_field}", "-pk")
    if not ranked:
        return records.order_by(*newest)
    # Ranked on the fields this user searched: internal text never orders a sponsor's list.
    rank = SearchRank(_rank_vector(search_type.fields_for(user)), search_query(text.terms))
    return records.annotate(_search_rank=rank).order_by("-_search_rank", *newest)


def _any_field(fields: Iterable[SearchField], term: str) -> Q:
    return reduce(operator.or_, (Q(**{f"{f.name}__icontains": term}) for f in fields))


def _matches_simple(user, search_type: SearchType, text: SearchText) -> QuerySet:
    fields = search_type.fields_for(user)
    titles = [f for f in fields if f.weight == "A"] or list(fields[:1])
    every_word = reduce(operator.and_, (_any_field(fields, term) for term in text.terms))
    in_title = reduce(operator.and_, (_any_field(titles, term) for term in text.terms))
    return (
        search_type.visible_to(user)
        .filter(every_word)
        .annotate(
            _search_title_hit=Case(
                When(in_title, then=Value(1)), default=Value(0), output_field=IntegerField()
            )
        )
        .order_by("-_search_title_hit", f"-{search_type.date_field}", "-pk")
    )


def _snippet_fields(search_type: SearchType, user) -> list[SearchField]:
    """The fields a snippet is cut from: all but the title (none if the title is all)."""
    return [f for f in search_type.fields_for(user) if f.name != search_type.title_field]


def _with_headlines(records: QuerySet, search_type: SearchType, user, text: SearchText):
    """PostgreSQL: the title and a snippet with the matched words between START and STOP.
    Computed in the page's query; PostgreSQL evaluates them for the page's rows only."""
    query = search_query(text.terms)
    marks = {"config": SEARCH_CONFIG, "start_sel": START, "stop_sel": STOP}
    fields = _snippet_fields(search_type, user)
    if fields:
        body = Func(
            Value(SEPARATOR),
            *[NullIf(F(f.name), Value("")) for f in fields],
            function="CONCAT_WS",  # skips the empty fields, unlike Concat
            output_field=TextField(),
        )
        records = records.annotate(
            _search_snippet=SearchHeadline(
                body,
                query,
                max_words=SNIPPET_WORDS,
                min_words=SNIPPET_WORDS // 2,
                max_fragments=2,
                fragment_delimiter=f" {ELLIPSIS} ",
                **marks,
            )
        )
    if search_type.title_field:
        records = records.annotate(
            _search_title=SearchHeadline(
                F(search_type.title_field), query, highlight_all=True, **marks
            )
        )
    return records


def _hit(record, search_type: SearchType, user, text: SearchText, full_text: bool) -> SearchHit:
    title = search_type.display_title(record)
    if full_text:
        marked_title = getattr(record, "_search_title", None)
        title_html = marks_to_html(marked_title) if marked_title is not None else _plain(title)
        source = SEPARATOR.join(
            value for f in _snippet_fields(search_type, user) if (value := getattr(record, f.name))
        )
        snippet_html = marks_to_html(framed(getattr(record, "_search_snippet", None) or "", source))
    else:
        title_html = highlight(title, text.terms) if search_type.title_field else _plain(title)
        snippet_html = excerpt(
            [getattr(record, f.name) or "" for f in _snippet_fields(search_type, user)],
            text.terms,
        )
    return SearchHit(
        type=search_type,
        record=record,
        title=without_marks(title),
        title_html=title_html,
        snippet_html=snippet_html,
        reference=search_type.reference(record),
        context=search_type.context(record),
        url=search_type.url(record, user),
    )


def _plain(text: str) -> SafeString:
    return mark_safe(escape(without_marks(text)))  # noqa: S308 - escaped


class _CountedPaginator(Paginator):
    """A paginator told the count it would otherwise ask the database for again."""

    def __init__(self, object_list, per_page: int, *, count: int):
        super().__init__(object_list, per_page)
        self._count = count

    @cached_property
    def count(self) -> int:
        return self._count


def search_page(
    user,
    search_type: SearchType,
    text: SearchText,
    *,
    page: int,
    page_size: int,
    clamp: bool,
    full_text: bool | None = None,
) -> SearchGroup:
    """One page of one type's results. ``clamp``: a page past the end shows the last one
    (pages); otherwise it is simply empty (the API, which says how many pages there are).
    ``full_text=False`` runs the simple match on PostgreSQL too (the benchmark's peer)."""
    full_text = full_text_available() if full_text is None else full_text
    count = search_matches(user, search_type, text, full_text=full_text, ranked=False).count()
    ranked = not full_text or count <= RANK_AT_MOST
    records = search_matches(user, search_type, text, full_text=full_text, ranked=ranked)
    if full_text:
        records = _with_headlines(records, search_type, user, text)
    paginator = _CountedPaginator(records, page_size, count=count)
    group = SearchGroup(type=search_type, count=count, page_size=page_size, ranked=ranked)
    if clamp:
        group.page = paginator.get_page(page)
    elif group.count and page <= paginator.num_pages:
        group.page = paginator.page(page)
    if group.count and group.page is not None:
        group.hits = [_hit(record, search_type, user, text, full_text) for record in group.page]
    return group


def search_run(
    user,
    text: SearchText,
    *,
    type_key: str | None = None,
    page: int = 1,
    page_size: int | None = None,
    clamp: bool = True,
) -> SearchResults:
    """Counts for every type the user may search; results of one page of ``type_key``, or
    of the first page of every type when no type is chosen. Callers check ``type_key``
    against ``types_for(user)`` first (an unknown type is the caller's error to report)."""
    groups = []
    selected = None
    for search_type in types_for(user):
        if type_key is None:
            groups.append(
                search_page(
                    user,
                    search_type,
                    text,
                    page=page,
                    page_size=page_size or GROUP_SIZE,
                    clamp=clamp,
                )
            )
        elif search_type.key == type_key:
            selected = search_type
            groups.append(
                search_page(
                    user,
                    search_type,
                    text,
                    page=page,
                    page_size=page_size or PAGE_SIZE,
                    clamp=clamp,
                )
            )
        else:
            matches = search_matches(user, search_type, text, ranked=False)
            groups.append(SearchGroup(type=search_type, count=matches.count()))
    return SearchResults(text=text, groups=groups, selected=selected)
