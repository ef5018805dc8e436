import logging
import uuid
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string

from accord.core import context
from accord.core.db.busy import BUSY_MESSAGE, is_busy, retry_after_seconds

logger = logging.getLogger("accord.busy")

_MAX_INCOMING_ID = 64


class RequestIdMiddleware:
    """Give every request an id, echoed in ``X-Request-ID`` and kept for audit events.

    An incoming id from a proxy is kept only if it is short and plain; otherwise a new
    one is made, so a client cannot inject arbitrary text into the audit trail. The
    channel (pages or API) is set here too. The client address is taken from
    ``REMOTE_ADDR`` only: a trusted proxy must set it (requirements ID-8, WEB-9).
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        incoming = request.headers.get("X-Request-ID", "")
        if incoming and len(incoming) <= _MAX_INCOMING_ID and incoming.replace("-", "").isalnum():
            request.request_id = incoming
        else:
            request.request_id = uuid.uuid4().hex
        via = context.API if request.path.startswith("/api/") else context.UI
        with context.acting(
            via=via, request=request.request_id, ip=request.META.get("REMOTE_ADDR", "")
        ):
            response = self.get_response(request)
        response["X-Request-ID"] = request.request_id
        return response


class BusyMiddleware:
    """A page whose database work ran past its lock or statement limit answers "busy, try
    again" (503, in the product's look), not a server error. The transaction was rolled
    back before the exception got here, so nothing was saved. The API answers the same
    in its error shape (accord.core.api)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not is_busy(exception):
            return None
        logger.warning(
            "Database busy (request %s): %s", getattr(request, "request_id", "-"), exception
        )
        response = HttpResponse(render_to_string("503.html", {"message": BUSY_MESSAGE}), status=503)
        response["Retry-After"] = str(retry_after_seconds())
        return response
