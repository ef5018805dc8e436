import uuid
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

_MAX_INCOMING_ID = 64


class RequestIdMiddleware:
    """Give every request an id, echoed in ``X-Request-ID`` and kept for audit events.

    An incoming id from a proxy is kept only if it is short and plain; otherwise a new
    one is made, so a client cannot inject arbitrary text into the audit trail.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        incoming = request.headers.get("X-Request-ID", "")
        if incoming and len(incoming) <= _MAX_INCOMING_ID and incoming.replace("-", "").isalnum():
            request.request_id = incoming
        else:
            request.request_id = uuid.uuid4().hex
        response = self.get_response(request)
        response["X-Request-ID"] = request.request_id
        return response
