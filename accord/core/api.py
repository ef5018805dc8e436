"""API plumbing shared by every router: authentication, one error shape, pagination."""

from __future__ import annotations

import base64
import binascii
import logging
import math
from collections.abc import Iterator
from typing import Any

from django.core.exceptions import PermissionDenied, RequestDataTooBig
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import DatabaseError
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.http.multipartparser import MultiPartParserError
from ninja import Field, NinjaAPI, Schema
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError
from ninja.pagination import PaginationBase
from ninja.security import HttpBearer, django_auth
from pydantic import ConfigDict, field_validator
from pydantic_core import PydanticCustomError

from accord.core.concurrency import PreconditionRequired, StaleEdit, made_with_if_match
from accord.core.db.busy import BUSY_MESSAGE, is_busy, retry_after_seconds
from accord.core.db.unavailable import RETRY_AFTER_SECONDS as UNAVAILABLE_RETRY_AFTER
from accord.core.db.unavailable import UNAVAILABLE_MESSAGE, is_unavailable
from accord.core.errors import field_errors
from accord.core.idempotency import install_idempotency
from accord.core.input import INT64_MAX, text_problem
from accord.core.openapi import API_VERSION, AccordNinjaAPI, schema_readers
from accord.core.ratelimit import install_rate_limits
from accord.core.storage import install_storage_errors
from accord.core.workflow import TransitionNotAllowed

logger = logging.getLogger("accord.api")

_LOCATIONS = {"body", "query", "path", "form", "file", "header", "cookie"}


class InputSchema(Schema):
    """Base of every request body: unknown fields are an error, not silently dropped, and
    no text may carry NUL or other control characters (accord.core.input; tab and line
    breaks are allowed: the API cannot tell a one-line field from a multi-line one)."""

    model_config = ConfigDict(extra="forbid")

    @field_validator("*", mode="after")
    @classmethod
    def _no_control_characters(cls, value: Any) -> Any:
        for text in _strings(value):
            if problem := text_problem(text, multiline=True):
                raise PydanticCustomError("control_character", problem)
        return value


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list | tuple | set | frozenset):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)


class FieldError(Schema):
    field: str
    message: str


class ErrorOut(Schema):
    status: int
    code: str
    detail: str
    errors: list[FieldError] = []


class ApiTokenAuth(HttpBearer):
    """``Authorization: Bearer acc_...``: a per-user token made on the account page.

    The token's scope is checked here, for every endpoint: read-only tokens are refused
    unsafe methods, project-limited ones anything not part of a project (403)."""

    def authenticate(self, request: HttpRequest, token: str):
        from accord.accounts.services.tokens import api_token_authenticate, api_token_check

        user = api_token_authenticate(token)
        if user is not None:
            request.user = user
            request.api_token = user.api_token
            api_token_check(user, method=request.method, path=request.path)
        return user


def error_response(
    api: NinjaAPI, request: HttpRequest, status: int, code: str, detail: str, errors=()
) -> HttpResponse:
    body = {"status": status, "code": code, "detail": detail, "errors": list(errors)}
    return api.create_response(request, body, status=status)


def _field_name(loc: list[Any]) -> str:
    parts = [str(p) for p in loc if p not in _LOCATIONS]
    # Ninja nests the body under the parameter name ("payload"); it means nothing to a client.
    if len(parts) > 1 and parts[0] in {"payload", "filters", "pagination"}:
        parts = parts[1:]
    return ".".join(parts) or "body"


def install_error_handlers(api: NinjaAPI) -> None:
    def validation(request, exc: NinjaValidationError):
        errors = [
            {
                "field": _field_name(list(e.get("loc", []))),
                "message": e.get("msg", "Invalid value."),
            }
            for e in exc.errors
        ]
        return error_response(
            api, request, 422, "validation_error", "The input is invalid.", errors
        )

    def service_validation(request, exc: DjangoValidationError):
        errors = [
            {"field": "body" if field == "__all__" else field, "message": message}
            for field, messages in field_errors(exc).items()
            for message in messages
        ]
        return error_response(
            api, request, 422, "validation_error", "The input is invalid.", errors
        )

    def permission(request, exc: PermissionDenied):
        detail = str(exc) or "You do not have permission to do this."
        return error_response(api, request, 403, "permission_denied", detail)

    def not_found(request, exc: Http404):
        return error_response(api, request, 404, "not_found", "Not found.")

    def authentication(request, exc: AuthenticationError):
        return error_response(
            api, request, 401, "not_authenticated", "Send a valid API token or session."
        )

    def http_error(request, exc: HttpError):
        if exc.status_code == 400 and str(exc.message).startswith("Cannot parse request body"):
            # Ninja's answer to a body that is not JSON: bad input, named like any other.
            return error_response(
                api,
                request,
                422,
                "validation_error",
                "The input is invalid.",
                [{"field": "body", "message": "Not a valid JSON body."}],
            )
        code = "conflict" if exc.status_code == 409 else "error"
        return error_response(api, request, exc.status_code, code, str(exc.message))

    def conflict(request, exc: TransitionNotAllowed):
        return error_response(api, request, 409, "conflict", str(exc))

    def stale(request, exc: StaleEdit):
        etag = f'"{exc.current_version}"'
        if made_with_if_match(request):
            response = error_response(
                api,
                request,
                412,
                "precondition_failed",
                exc.api_detail,
                [{"field": "If-Match", "message": f"The current ETag is {etag}."}],
            )
        else:
            response = error_response(
                api,
                request,
                409,
                "stale_version",
                exc.api_detail,
                [
                    {
                        "field": exc.field,
                        "message": f"The current {exc.field} is {exc.current_version}.",
                    }
                ],
            )
        response["ETag"] = etag
        return response

    def precondition_required(request, exc: PreconditionRequired):
        return error_response(
            api,
            request,
            428,
            "precondition_required",
            exc.detail,
            [{"field": "If-Match", "message": "Required (or version in the body)."}],
        )

    def too_big(request, exc: RequestDataTooBig):
        return error_response(
            api, request, 413, "payload_too_large", "The request body is too large."
        )

    def bad_multipart(request, exc: MultiPartParserError):
        # A body sent as multipart/form-data that is not (no boundary, a broken part): bad
        # input like any other, not a server error.
        return error_response(
            api,
            request,
            422,
            "validation_error",
            "The input is invalid.",
            [{"field": "body", "message": f"Not a valid multipart/form-data body: {exc}"}],
        )

    def server_error(request, exc: Exception):
        logger.exception("API error (request %s)", getattr(request, "request_id", "-"))
        reference = getattr(request, "request_id", "")
        return error_response(
            api,
            request,
            500,
            "server_error",
            f"Something went wrong on our side; nothing was saved. Reference {reference}.",
        )

    def database(request, exc: DatabaseError):
        if is_unavailable(exc):
            logger.warning(
                "Database unreachable (request %s): %s", getattr(request, "request_id", "-"), exc
            )
            response = error_response(api, request, 503, "unavailable", UNAVAILABLE_MESSAGE)
            response["Retry-After"] = str(UNAVAILABLE_RETRY_AFTER)
            return response
        if not is_busy(exc):
            return server_error(request, exc)
        logger.warning("Database busy (request %s): %s", getattr(request, "request_id", "-"), exc)
        response = error_response(api, request, 503, "busy", BUSY_MESSAGE)
        response["Retry-After"] = str(retry_after_seconds())
        return response

    api.add_exception_handler(NinjaValidationError, validation)
    api.add_exception_handler(DjangoValidationError, service_validation)
    api.add_exception_handler(StaleEdit, stale)
    api.add_exception_handler(PreconditionRequired, precondition_required)
    api.add_exception_handler(PermissionDenied, permission)
    api.add_exception_handler(Http404, not_found)
    api.add_exception_handler(AuthenticationError, authentication)
    api.add_exception_handler(HttpError, http_error)
    api.add_exception_handler(RequestDataTooBig, too_big)
    api.add_exception_handler(MultiPartParserError, bad_multipart)
    api.add_exception_handler(TransitionNotAllowed, conflict)
    api.add_exception_handler(DatabaseError, database)
    api.add_exception_handler(Exception, server_error)


# Far beyond any list Accord holds, and small enough that the offset fits the database.
MAX_PAGE = 1_000_000


class PageNumberPagination(PaginationBase):
    """``?page=2&page_size=50``; the response says how many items and pages there are.

    For walking a large list to its end (a data warehouse pulling everything), ``?cursor=``
    (empty to start) pages by id instead: each answer's ``next_cursor`` continues after
    its last item, so records added or removed meanwhile neither repeat nor shift the walk
    (``page``/``pages`` then count the pages walked so far and in all). Page numbers follow
    the list's own order; the cursor walks it in the order records were made."""

    class Input(Schema):
        page: int = Field(1, ge=1, le=MAX_PAGE, description="1-based page number")
        page_size: int = Field(50, ge=1, le=200, description="Items per page (at most 200)")
        cursor: str | None = Field(
            None,
            max_length=200,
            description=(
                "Walk the list by id instead of by page: empty to start, then each answer's "
                "`next_cursor`. Takes precedence over `page`."
            ),
        )

    class Output(Schema):
        items: list[Any]
        count: int
        page: int
        page_size: int
        pages: int
        next_cursor: str | None = Field(
            None,
            description="With `cursor`: the cursor of the next page (none after the last).",
        )

    items_attribute = "items"

    def paginate_queryset(self, queryset: QuerySet, pagination: Input, **params: Any) -> dict:
        count = queryset.count()
        size = pagination.page_size
        pages = max(1, math.ceil(count / size))
        if pagination.cursor is not None:
            after, page = decode_cursor(pagination.cursor)
            if isinstance(queryset, QuerySet):
                rows = list(queryset.order_by("pk").filter(pk__gt=after)[: size + 1])
            else:  # rows put in an order the database cannot compute (see concern_api)
                rows = sorted((row for row in queryset if _row_id(row) > after), key=_row_id)
                rows = rows[: size + 1]
            more = len(rows) > size
            rows = rows[:size]
            return {
                "items": rows,
                "count": count,
                "page": page,
                "page_size": size,
                "pages": pages,
                "next_cursor": encode_cursor(_row_id(rows[-1]), page + 1) if more else None,
            }
        offset = (pagination.page - 1) * size
        return {
            "items": queryset[offset : offset + size],
            "count": count,
            "page": pagination.page,
            "page_size": size,
            "pages": pages,
            "next_cursor": None,
        }


def _row_id(row: Any) -> int:
    return row["id"] if isinstance(row, dict) else row.pk


def encode_cursor(after: int, page: int) -> str:
    """An opaque cursor: the last id seen and the number of the page it leads to."""
    return base64.urlsafe_b64encode(f"{after}:{page}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[int, int]:
    """(last id seen, page number) of a cursor; empty is the start. A cursor this API did
    not make is a 422 naming ``cursor``."""
    if not cursor:
        return 0, 1
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode("ascii")
        after, page = (int(part) for part in text.split(":"))
    except (ValueError, UnicodeDecodeError, binascii.Error):
        after = page = -1
    if not (0 <= after <= INT64_MAX and 1 <= page <= MAX_PAGE):
        raise DjangoValidationError(
            {"cursor": ["Not a cursor this API made; start with an empty one."]}
        )
    return after, page


def build_api() -> NinjaAPI:
    api = AccordNinjaAPI(
        title="Accord API",
        version=API_VERSION,
        description=(
            "Accord's REST API, version 1 under `/api/v1/` (what each release changed: "
            "docs/api-changelog.md). Authenticate with `Authorization: Bearer <token>` "
            "(make a token on your account page) or a browser session; this document is "
            "readable with either. Every list is paginated (`page`, `page_size`, or "
            "`cursor` to walk a large list by id) and filterable; errors share one shape, "
            "`ErrorOut`: `{status, code, detail, errors: [{field, message}]}`, and every "
            "operation lists the ones it may answer. A POST may carry an `Idempotency-Key`; "
            "over the rate limit the answer is 429 with `Retry-After`. A record's detail "
            "carries its version as `ETag`; a write to an existing record sends it back as "
            "`If-Match` (or `version` in the body): a stale one answers 412 (409 for the "
            "body's version), none at all 428."
        ),
        auth=[ApiTokenAuth(), django_auth],
        docs_decorator=schema_readers,
        urls_namespace="api-1.0.0",
        error_schema=ErrorOut,
    )
    install_error_handlers(api)
    install_storage_errors(api)
    install_idempotency(api)  # first: stored answers hold no counts; replays get fresh ones
    install_rate_limits(api)
    return api
