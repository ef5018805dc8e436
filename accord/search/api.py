from django.core.exceptions import ValidationError
from django.http import HttpRequest
from ninja import Query, Router

from accord.search.query import search_text_parse
from accord.search.registry import types_for
from accord.search.schemas import SearchFilters, SearchOut
from accord.search.selectors import SearchGroup, search_run

router = Router(tags=["Search"])


def _group_out(group: SearchGroup, page: int) -> dict:
    return {
        "type": group.type.key,
        "label": group.type.label,
        "count": group.count,
        "page": page,
        "page_size": group.page_size,
        "pages": group.pages,
        "ranked": group.ranked,
        "items": [
            {
                "type": hit.type.key,
                "id": hit.record.pk,
                "reference": hit.reference,
                "title": hit.title,
                "title_html": str(hit.title_html),
                "snippet_html": str(hit.snippet_html),
                "context": hit.context,
                "url": hit.url,
            }
            for hit in group.hits
        ],
    }


@router.get(
    "/search",
    response=SearchOut,
    summary="Search every record you may see",
    description="Projects, sponsors, RFPs, proposals and their revisions, risks, delays, "
    "change orders, concerns, meetings, decisions, action items, status reports and "
    "documents (and, for CDMO staff, key contacts, interactions, follow-ups, lessons learned "
    "and service levels), with the "
    "same visibility as their pages. Results are grouped by type, best match first.",
)
def search(request: HttpRequest, filters: Query[SearchFilters]):
    text = search_text_parse(filters.q)
    keys = [t.key for t in types_for(request.user)]
    type_key = filters.type or None
    if type_key is not None and type_key not in keys:
        raise ValidationError({"type": [f"Unknown record type; one of: {', '.join(keys)}."]})
    results = search_run(
        request.user,
        text,
        type_key=type_key,
        page=filters.page,
        page_size=filters.page_size,
        clamp=False,
    )
    groups = [
        group
        for group in results.groups
        if (group.type == results.selected if results.selected else group.count)
    ]
    return {
        "q": text.text,
        "terms": list(text.terms),
        "type": type_key,
        "total": results.total,
        "counts": [
            {"type": g.type.key, "label": g.type.label, "count": g.count} for g in results.groups
        ],
        "groups": [_group_out(group, filters.page) for group in groups],
    }
