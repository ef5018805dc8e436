import logging
import time
import uuid
from collections.abc import Callable

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.core.files.uploadhandler import FileUploadHandler
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.loader import render_to_string

from accord.core import context
from accord.core.db.busy import BUSY_MESSAGE, is_busy, retry_after_seconds
from accord.core.db.unavailable import RETRY_AFTER_SECONDS, UNAVAILABLE_MESSAGE, is_unavailable
from accord.core.logging import current_request

logger = logging.getLogger("accord.busy")
access_logger = logging.getLogger("accord.access")
upload_logger = logging.getLogger("accord.uploads")

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
        started = time.monotonic()
        serving = current_request.set(request)
        try:
            with context.acting(
                via=via, request=request.request_id, ip=request.META.get("REMOTE_ADDR", "")
            ):
                response = self.get_response(request)
            response["X-Request-ID"] = request.request_id
            # The access log: one line per request, this one (docs/deployment.md).
            access_logger.info(
                "%s %s %s",
                request.method,
                request.path,
                response.status_code,
                extra={
                    "status": response.status_code,
                    "duration_ms": round((time.monotonic() - started) * 1000, 1),
                },
            )
        finally:
            current_request.reset(serving)
        return response


class HealthCheckMiddleware:
    """Answer ``/healthz`` and ``/readyz`` (accord.core.health) before the session,
    authentication, host and HTTPS checks: a probe never touches a session, and a load
    balancer may probe a node by its address over plain HTTP."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        from accord.core import health

        self.get_response = get_response
        self.views = {"/healthz": health.healthz, "/readyz": health.readyz}

    def __call__(self, request: HttpRequest) -> HttpResponse:
        view = self.views.get(request.path_info)
        if view is not None and request.method in ("GET", "HEAD"):
            return view(request)
        return self.get_response(request)


# A multipart body holds the file and, around it, its boundaries, headers and the form's
# other fields: this much more than the file itself is allowed.
UPLOAD_MARGIN_BYTES = 1024 * 1024


def upload_limit_bytes() -> int:
    return settings.ACCORD_MAX_UPLOAD_MB * 1024 * 1024 + UPLOAD_MARGIN_BYTES


class UploadTooLarge(RequestDataTooBig):
    """A request body larger than ACCORD_MAX_UPLOAD_MB allows."""


def too_large_response(request: HttpRequest) -> HttpResponse:
    limit = settings.ACCORD_MAX_UPLOAD_MB
    detail = f"The upload is too large: files may be at most {limit} MB."
    if request.path_info.startswith("/api/"):
        response = JsonResponse(
            {
                "status": 413,
                "code": "payload_too_large",
                "detail": detail,
                "errors": [{"field": "body", "message": f"At most {limit} MB."}],
            },
            status=413,
        )
    else:
        response = HttpResponse(render_to_string("413.html", {"message": detail}), status=413)
    # The body was not read: the connection cannot carry another request.
    response["Connection"] = "close"
    return response


class UploadLimitMiddleware:
    """Refuse a body larger than uploads may be (ACCORD_MAX_UPLOAD_MB and a margin for a
    multipart form's own bytes) from its ``Content-Length``, before reading any of it:
    413, a friendly page or the API's error shape naming the limit. A body sent without a
    length is stopped by :class:`UploadLimitHandler` once it passes the limit."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > upload_limit_bytes():
            upload_logger.warning("Refused a body of %d bytes (over the upload limit).", length)
            return too_large_response(request)
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if isinstance(exception, UploadTooLarge):
            return too_large_response(request)
        return None


class UploadLimitHandler(FileUploadHandler):
    """First of the upload handlers: counts a multipart body's file bytes as they arrive
    and stops the request once they pass the limit, whatever the headers said."""

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes:
        if start + len(raw_data) > upload_limit_bytes():
            raise UploadTooLarge(f"An upload passed {settings.ACCORD_MAX_UPLOAD_MB} MB.")
        return raw_data

    def file_complete(self, file_size: int) -> None:
        return None


class BusyMiddleware:
    """A page whose database work ran past its lock or statement limit answers "busy, try
    again" (503, in the product's look), not a server error. The transaction was rolled
    back before the exception got here, so nothing was saved. The API answers the same
    in its error shape (accord.core.api). A database that cannot be reached at all
    answers "temporarily unavailable" the same way (here for views; before the view, in
    a session or authentication middleware, accord.core.error_views does)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if is_unavailable(exception):
            return unavailable_response(request, exception)
        if not is_busy(exception):
            return None
        logger.warning(
            "Database busy (request %s): %s", getattr(request, "request_id", "-"), exception
        )
        response = HttpResponse(render_to_string("503.html", {"message": BUSY_MESSAGE}), status=503)
        response["Retry-After"] = str(retry_after_seconds())
        return response


def unavailable_response(request: HttpRequest, exception: BaseException) -> HttpResponse:
    """503 "temporarily unavailable": a page, or the API's error shape. No detail of the
    failure is shown; the log keeps it."""
    logger.warning(
        "Database unreachable (request %s): %s", getattr(request, "request_id", "-"), exception
    )
    if request.path_info.startswith("/api/"):
        response = JsonResponse(
            {"status": 503, "code": "unavailable", "detail": UNAVAILABLE_MESSAGE, "errors": []},
            status=503,
        )
    else:
        response = HttpResponse(
            render_to_string(
                "503.html",
                {"title": "Temporarily unavailable", "message": UNAVAILABLE_MESSAGE},
            ),
            status=503,
        )
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response
