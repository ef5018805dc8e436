"""The error pages Django renders itself, when an exception escapes a middleware or a view.

Two failures deserve better than "bad request" or "server error": a database that cannot
be reached (503 "temporarily unavailable", also when a session or authentication
middleware found it so before any view ran) and an upload over the size limit found while
the body was read (413). The API gets its error shape for both. Everything else keeps
the plain 400 and 500 pages, which show no detail of the failure (requirements WEB-7).
"""

from __future__ import annotations

import sys

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views import defaults

from accord.core.db.unavailable import is_unavailable
from accord.core.middleware import UploadTooLarge, too_large_response, unavailable_response


def bad_request(request: HttpRequest, exception: Exception) -> HttpResponse:
    if isinstance(exception, UploadTooLarge):
        return too_large_response(request)
    return defaults.bad_request(request, exception)


def server_error(request: HttpRequest) -> HttpResponse:
    # Django calls this while handling the exception: it is still the current one.
    exception = sys.exc_info()[1]
    if is_unavailable(exception):
        return unavailable_response(request, exception)
    if request.path_info.startswith("/api/"):
        reference = getattr(request, "request_id", "")
        return JsonResponse(
            {
                "status": 500,
                "code": "server_error",
                "detail": "Something went wrong on our side; nothing was saved. "
                f"Reference {reference}.",
                "errors": [],
            },
            status=500,
        )
    return defaults.server_error(request)
