"""The input boundary: which characters and numbers Accord accepts from outside.

Text never carries NUL or other control characters: PostgreSQL cannot store a NUL at all,
spreadsheet and PDF writers refuse control characters, and none of them is anything a
person means to type. Tab, carriage return and line feed are allowed in multi-line text
only (a textarea, any string of the API). Integers in query strings and URL paths must
fit the database's 64-bit integers. One rule, applied in three places:

* every form of Accord (``StyledFormMixin`` gives each text field the validator below):
  an error on the field, the user's input kept;
* every request body of the API (``accord.core.api.InputSchema``): 422 naming the field;
* every query string and path (:class:`InputBoundaryMiddleware`): a friendly 400 page,
  or on the API a 422 in its error shape naming the parameter.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import cache

from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils.deconstruct import deconstructible

# C0 controls but tab, LF and CR; DEL and the C1 controls; lone surrogates (not text:
# they cannot even be encoded); the two non-characters U+FFFE and U+FFFF.
_NEVER = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_NEVER_OR_LINE_BREAK = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_LINE_BREAKS = {"\t": "a tab", "\n": "a line break", "\r": "a line break"}

INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
_INTEGER = re.compile(r"[+-]?\d+")


def _name(character: str) -> str:
    code = f"U+{ord(character):04X}"
    try:
        return f"{code} {unicodedata.name(character)}"
    except ValueError:
        return code


def text_problem(text: str, *, multiline: bool) -> str | None:
    """Why ``text`` cannot be accepted, in words for the person who typed it; else None."""
    found = (_NEVER if multiline else _NEVER_OR_LINE_BREAK).search(text)
    if found is None:
        return None
    character = found.group()
    if character in _LINE_BREAKS:
        return f"This field takes one line of text: remove {_LINE_BREAKS[character]}."
    return (
        f"Remove the invisible control character {_name(character)}: "
        "Accord cannot store it (it often comes from copying out of another program)."
    )


@deconstructible
class ControlCharacterValidator:
    """The form side of the rule; ``multiline`` for textareas."""

    code = "control_character"

    def __init__(self, *, multiline: bool) -> None:
        self.multiline = multiline

    def __call__(self, value: object) -> None:
        if isinstance(value, str) and (problem := text_problem(value, multiline=self.multiline)):
            raise ValidationError(problem, code=self.code)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ControlCharacterValidator) and self.multiline == other.multiline

    def __hash__(self) -> int:
        return hash(self.multiline)


def integer_problem(value: str) -> str | None:
    """Why an integer parameter cannot be accepted (it does not fit the database)."""
    if _INTEGER.fullmatch(value.strip()) and not INT64_MIN <= int(value) <= INT64_MAX:
        return "This number is too large."
    return None


def query_pk(value: str) -> int | None:
    """A primary key given in a query parameter, or ``None`` when it is not a whole number
    the database can hold (a filter on a 30-digit id matches nothing; it is no error)."""
    value = (value or "").strip()
    if not value.isdigit() or integer_problem(value):
        return None
    return int(value)


# --------------------------------------------------------------------------- requests


def _query_problems(request: HttpRequest) -> list[tuple[str, str]]:
    problems = []
    if problem := text_problem(request.path, multiline=False):
        problems.append(("path", problem))
    for key, values in request.GET.lists():
        if problem := text_problem(key, multiline=True):
            problems.append(("query", problem))
            continue
        for value in values:
            if problem := text_problem(value, multiline=True):
                problems.append((key, problem))
                break
    return problems


@cache
def _api_integer_parameters() -> list[tuple[re.Pattern, str, frozenset[str]]]:
    """(path pattern, method, names of integer parameters) for every API operation."""
    from accord.api import api

    operations = []
    for path, methods in api.get_openapi_schema()["paths"].items():
        pattern = re.compile(
            "^" + re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(path)) + "/?$"
        )
        for method, operation in methods.items():
            names = frozenset(
                parameter["name"]
                for parameter in operation.get("parameters", [])
                if _is_integer(parameter.get("schema", {}))
            )
            operations.append((pattern, method.upper(), names))
    return operations


def _is_integer(schema: dict) -> bool:
    options = schema.get("anyOf", [schema])
    return any(option.get("type") == "integer" for option in options)


def _api_integer_problems(request: HttpRequest) -> list[tuple[str, str]]:
    for pattern, method, names in _api_integer_parameters():
        if method != request.method or not (match := pattern.match(request.path_info)):
            continue
        values = {**match.groupdict(), **{n: v for n, v in request.GET.items() if n in names}}
        return [
            (name, problem)
            for name, value in values.items()
            if name in names and (problem := integer_problem(value))
        ]
    return []


def bad_query_response(request: HttpRequest, problems: Iterable[tuple[str, str]]) -> HttpResponse:
    problems = list(problems)
    if request.path_info.startswith("/api/"):
        return JsonResponse(
            {
                "status": 422,
                "code": "validation_error",
                "detail": "The input is invalid.",
                "errors": [{"field": name, "message": message} for name, message in problems],
            },
            status=422,
        )
    return HttpResponse(render_to_string("core/bad_query.html", {"problems": problems}), status=400)


class InputBoundaryMiddleware:
    """Refuse a query string or path that carries control characters, and on the API an
    integer parameter too large for the database, before any view sees it."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        problems = _query_problems(request)
        if not problems and request.path_info.startswith("/api/"):
            problems = _api_integer_problems(request)
        if problems:
            return bad_query_response(request, problems)
        return self.get_response(request)
