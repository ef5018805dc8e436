from __future__ import annotations

import unicodedata
from urllib.parse import urlencode

from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from accord.core.errors import field_errors
from accord.search import selectors
from accord.search.query import MAX_LENGTH, search_text_parse
from accord.search.registry import types_for
from accord.search.selectors import full_text_available, search_run

MAX_PAGE = 100_000


def _page_number(raw: str | None) -> int:
    """A page number from the address; anything odd is the first page, a huge one the last."""
    try:
        number = int(raw or 1)
    except ValueError:
        return 1
    return min(max(number, 1), MAX_PAGE)


def _printable(raw: str) -> str:
    """The query as the page repeats it: control characters dropped, at most twice the limit."""
    return "".join(c for c in raw if unicodedata.category(c) != "Cc")[: 2 * MAX_LENGTH].strip()


@login_required
def search(request: HttpRequest) -> HttpResponse:
    """Every record type the user may see, grouped by type; one type's results paginated."""
    raw = request.GET.get("q", "")
    types = types_for(request.user)
    type_key = request.GET.get("type") or None
    problem = ""
    if type_key is not None and type_key not in {t.key for t in types}:
        problem = "There is no such record type to search; showing every type."
        type_key = None
    context = {
        "query": _printable(raw),
        "search_box": _printable(raw)[:MAX_LENGTH],
        "type_key": type_key,
        "types": types,
        "results": None,
        "problem": problem,
        "max_length": MAX_LENGTH,
        "full_text": full_text_available(),
        "rank_at_most": selectors.RANK_AT_MOST,
    }
    status = 200
    if raw.strip():
        try:
            text = search_text_parse(raw)
        except ValidationError as error:
            context["problem"] = " ".join(field_errors(error)["q"])
            status = 400
        else:
            # Pages are of one type; the all-types view shows the first results of each.
            page = _page_number(request.GET.get("page")) if type_key else 1
            context["results"] = search_run(request.user, text, type_key=type_key, page=page)
            context["querystring"] = urlencode(
                {"q": text.text, **({"type": type_key} if type_key else {})}
            )
            context["query_only"] = urlencode({"q": text.text})
    return render(request, "search/results.html", context, status=status)
