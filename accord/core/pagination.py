from django.core.paginator import Page, Paginator
from django.db.models import QuerySet
from django.http import HttpRequest

PAGE_SIZES = (25, 50, 100)


def paginate(request: HttpRequest, queryset: QuerySet, *, per_page: int = 25) -> Page:
    """One page of ``queryset`` for a list page; a bad or out-of-range page gives the last."""
    try:
        size = int(request.GET.get("per_page", per_page))
    except ValueError:
        size = per_page
    if size not in PAGE_SIZES:
        size = per_page
    return Paginator(queryset, size).get_page(request.GET.get("page"))
