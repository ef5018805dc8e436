"""The OpenAPI document: one name per component, every error response, readable with a token.

Ninja asks pydantic for each model's JSON schema separately and pours the definitions of
all of them into one ``components/schemas`` dict. Pydantic names a definition after the
last part of its class's qualified name, and only keeps names apart within one call, so
``ChangeOrder.Status`` and ``Risk.Status`` both became ``Status`` and the last one
written won: a change order's ``"sent"`` was described with another record's states.
Here every component gets a name that no other class in the document claims, decided
over the whole document in two passes (the first collects the names each class would
like, the second hands them out).
"""

from __future__ import annotations

import copy
import re
import sys
from collections import Counter, defaultdict
from enum import Enum
from functools import wraps
from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse, JsonResponse
from ninja import NinjaAPI
from ninja.openapi.schema import REF_TEMPLATE, OpenAPISchema
from ninja.openapi.views import openapi_json
from ninja.schema import NinjaGenerateJsonSchema
from pydantic.json_schema import CoreModeRef, DefsRef

from accord.core.input import INT64_MAX, INT64_MIN

# The API's version: the path carries its major version (/api/v1/); docs/api-changelog.md
# says what each version changed.
API_VERSION = "1.2.0"

# Module names that say nothing about what a class belongs to.
_PLAIN_MODULES = {"accord", "api", "kinds", "models", "schemas", "selectors", "services"}


def _module_and_qualname(core_ref: str) -> tuple[str, str] | None:
    """``accord.changes.models.ChangeOrder.Status:1234`` -> the module and the qualified name
    (generic types, whose refs carry their arguments, keep pydantic's own naming)."""
    if "[" in core_ref:
        return None
    parts = core_ref.rsplit(":", 1)[0].split(".")
    for cut in range(len(parts) - 1, 0, -1):
        module = ".".join(parts[:cut])
        if module in sys.modules:
            return module, ".".join(parts[cut:])
    return None


def _camel(word: str) -> str:
    return "".join(piece[:1].upper() + piece[1:] for piece in word.split("_"))


def _app_prefix(module: str) -> str:
    """``accord.quality.capa_api`` -> ``Capa``; ``accord.meetings.schemas`` -> ``Meeting``."""
    words = []
    for part in module.split("."):
        for suffix in ("_api", "_schemas", "_models"):
            part = part.removesuffix(suffix)
        if part not in _PLAIN_MODULES:
            words.append(part)
    if not words:
        return ""
    word = words[-1]
    if word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return _camel(word)


def _is_bare_enum(module: str, qualname: str) -> bool:
    """A choices class of its own module named with one plain word (``Status``, ``Level``):
    its name alone does not say whose states it lists."""
    if not re.fullmatch(r"[A-Z][a-z]+", qualname):
        return False
    return isinstance(cls := getattr(sys.modules[module], qualname, None), type) and issubclass(
        cls, Enum
    )


class ComponentNames:
    """Names every component of one document so that no two classes share one.

    A class is named after its qualified name (``ChangeOrder.Status`` ->
    ``ChangeOrderStatus``), a module-level choices class with a one-word name after its
    module too (``Initiative`` + ``Status``); where two classes of the document would take
    the same name, both take their module's name in front (``Capa`` + ``SignIn``), and
    failing that their whole dotted path. Classes of the same module and name (ninja makes
    a ``Paged...`` class for each paginated operation) are one component. The choice
    depends on the whole document, not on which router came first, so adding a router
    never changes another class's name unless they clash.
    """

    def __init__(self) -> None:
        # For each rank of name (short, prefixed, full): the classes that would take it.
        self._claims: list[dict[str, list[str]]] = [defaultdict(list) for _ in range(3)]
        self._settled = False

    def settle(self) -> None:
        """End the first pass: from now on each class gets its final name."""
        self._settled = True

    def name_for(self, core_ref: str) -> str | None:
        split = _module_and_qualname(core_ref)
        if split is None:
            return None
        module, qualname = split
        identity = f"{module}.{qualname}"
        short = qualname.rsplit("<locals>.", 1)[-1].replace(".", "")
        prefix = _app_prefix(module)
        prefixed = short if short.startswith(prefix) else prefix + short
        if _is_bare_enum(module, qualname):
            short = prefixed
        full = identity.replace("<locals>.", "").replace(".", "_")
        choices = [short, prefixed, full]
        if not self._settled:
            for claims, choice in zip(self._claims, choices, strict=True):
                if identity not in claims[choice]:
                    claims[choice].append(identity)
            return short
        for claims, choice in zip(self._claims, choices, strict=True):
            if len(claims.get(choice, [identity])) == 1:
                return choice
        return full


class _ModelWithGenerator:
    """A ninja parameter or body model whose JSON schema comes from the given generator
    (ninja hard-codes its own generator where it asks a model for its schema)."""

    def __init__(self, model: Any, generator: type[NinjaGenerateJsonSchema]) -> None:
        self._model = model
        self._generator = generator

    def model_json_schema(self, **kwargs: Any) -> dict:
        kwargs["schema_generator"] = self._generator
        return self._model.model_json_schema(**kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._model, name)


class AccordOpenAPISchema(OpenAPISchema):
    def __init__(self, api: NinjaAPI, path_prefix: str, names: ComponentNames) -> None:
        class NamedJsonSchema(NinjaGenerateJsonSchema):
            def get_defs_ref(self, core_mode_ref: CoreModeRef) -> DefsRef:
                defs_ref = super().get_defs_ref(core_mode_ref)
                name = names.name_for(core_mode_ref[0])
                if name:
                    # Pydantic takes the first choice that is unambiguous within one call.
                    mode = "Input" if core_mode_ref[1] == "validation" else "Output"
                    choices = [DefsRef(name), DefsRef(f"{name}{mode}")]
                    self._prioritized_defsref_choices[defs_ref][:0] = choices
                return defs_ref

        self.generator = NamedJsonSchema
        self.conflicts: list[str] = []
        super().__init__(api, path_prefix)

    def _wrap(self, model: Any) -> Any:
        if isinstance(model, _ModelWithGenerator):
            return model
        return _ModelWithGenerator(model, self.generator)

    def _extract_parameters(self, model: Any) -> list[dict]:
        return super()._extract_parameters(self._wrap(model))

    def _create_schema_from_model(self, model: Any, *args: Any, **kwargs: Any):
        return super()._create_schema_from_model(self._wrap(model), *args, **kwargs)

    def add_schema_definitions(self, definitions: dict) -> None:
        for name, definition in definitions.items():
            if name in self.schemas and self.schemas[name] != definition:
                self.conflicts.append(name)
        super().add_schema_definitions(definitions)


# Each error an operation may answer: when it applies, what it means, an example.
_ERRORS: dict[int, tuple[str, str, str]] = {
    401: (
        "not_authenticated",
        "No valid API token or session.",
        "Send a valid API token or session.",
    ),
    403: (
        "permission_denied",
        "Your roles do not allow this.",
        "You do not have permission to do this.",
    ),
    404: (
        "not_found",
        "It does not exist, or it is not yours to see.",
        "Not found.",
    ),
    409: (
        "conflict",
        "The record's state does not allow this (`conflict`), the body's `version` is "
        "stale (`stale_version`), or a request with the same `Idempotency-Key` is still "
        "running (`idempotency_in_progress`); nothing is written.",
        "This step is not allowed in the record's current state.",
    ),
    412: (
        "precondition_failed",
        "The `If-Match` ETag is no longer the record's; nothing is written.",
        "Someone changed this record since you read it.",
    ),
    413: ("payload_too_large", "The request body is too large.", "The request body is too large."),
    422: (
        "validation_error",
        "Bad input: each bad field or parameter is named in `errors`; nothing is written.",
        "The input is invalid.",
    ),
    428: (
        "precondition_required",
        "A write to an existing record named no version (neither `If-Match` nor a body `version`).",
        "Send the version you read.",
    ),
    429: (
        "rate_limited",
        "Too many requests from this token (or session) in the current window; retry after "
        "`Retry-After` seconds.",
        "Too many requests; retry in 12 seconds.",
    ),
}

_TOO_SMALL = "Input should be greater than or equal to 1"
_WRITES = {"put", "patch", "delete", "post"}


def _body_properties(operation: dict, components: dict) -> set[str]:
    """The field names of an operation's JSON or form body (one ``$ref`` deep)."""
    names: set[str] = set()
    for media in operation.get("requestBody", {}).get("content", {}).values():
        schema = media.get("schema", {})
        ref = schema.get("$ref", "")
        if ref:
            schema = components.get(ref.rsplit("/", 1)[-1], {})
        names.update(schema.get("properties", {}))
    return names


def _errors_of(
    path: str, method: str, operation: dict, components: dict | None = None
) -> list[int]:
    has_id = "{" in path
    names_a_record = any(p["name"].endswith("_id") for p in operation.get("parameters", []))
    body = _body_properties(operation, components or {})
    # A body may name records too (``project_id``, ``person_ids``): one not found is a 404.
    names_a_record = names_a_record or any(name.endswith(("_id", "_ids")) for name in body)
    statuses = [401, 403]
    if has_id or names_a_record:
        statuses.append(404)
    # A write to an existing record: one with an id in the path, or a single settings
    # record written with its ``version`` in the body (PUT /survey-settings).
    if method in _WRITES and (has_id or "version" in body):
        statuses += [409, 412, 428]
    elif method == "post":
        statuses.append(409)  # a request with the same Idempotency-Key still running
    if "requestBody" in operation:
        statuses.append(413)
    if operation.get("parameters") or "requestBody" in operation:
        statuses.append(422)
    statuses.append(429)
    return sorted(statuses)


# The input boundary (accord.core.input) refuses these in any query or path text.
_NO_CONTROL_CHARACTERS = (
    "^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\ufffe\\uffff]*$"
)


def describe_input_boundary(document: dict) -> None:
    """Parameters say what the input boundary refuses: control characters in text, integers
    beyond 64 bits, so that a client (or a fuzzer) sending what the document allows is
    never refused."""
    for operations in document["paths"].values():
        for operation in operations.values():
            for parameter in operation.get("parameters", []):
                schema = parameter["schema"]
                for option in schema.get("anyOf", [schema]):
                    if option.get("type") == "string" and "enum" not in option:
                        option.setdefault("pattern", _NO_CONTROL_CHARACTERS)
                    elif option.get("type") == "integer":
                        option.setdefault("minimum", INT64_MIN)
                        option.setdefault("maximum", INT64_MAX)


IDEMPOTENCY_KEY_PARAMETER = {
    "name": "Idempotency-Key",
    "in": "header",
    "required": False,
    "description": (
        "Makes a retried POST safe: the same key with the same request answers the first "
        "answer again (with `Idempotent-Replayed: true`) and writes nothing twice; kept 24 "
        "hours, per user. The same key with another request is a 422; while the first is "
        "still running, a 409."
    ),
    "schema": {"type": "string", "minLength": 1, "maxLength": 255, "pattern": "^[ -~]+$"},
    "example": "5f0c7f5e-9a57-4c8e-9f1e-1c1d7d2b6a34",
}

_RETRY_AFTER = {
    "Retry-After": {
        "description": "Seconds to wait before the next request.",
        "schema": {"type": "integer", "minimum": 0},
    }
}


def title_components(document: dict) -> None:
    """A component's ``title`` is its name: pydantic titles a schema after its bare class
    name, so ``ChangeOrderStatus`` was titled ``Status`` like every other record's states,
    and client generators, which name classes after titles, saw them collide."""
    for name, schema in document.get("components", {}).get("schemas", {}).items():
        schema["title"] = name


def document_conventions(document: dict) -> None:
    """What applies to every operation without each saying it: POSTs take an
    ``Idempotency-Key`` header (accord.core.idempotency)."""
    for operations in document["paths"].values():
        post = operations.get("post")
        if post is not None:
            parameters = post.setdefault("parameters", [])
            if not any(p["name"] == "Idempotency-Key" for p in parameters):
                parameters.append(copy.deepcopy(IDEMPOTENCY_KEY_PARAMETER))


def document_errors(document: dict, error_schema: type) -> None:
    """Every operation lists the errors it may answer, all in the one error shape."""
    schema = error_schema.model_json_schema(ref_template=REF_TEMPLATE)
    components = document.setdefault("components", {}).setdefault("schemas", {})
    components.update(schema.pop("$defs", {}))
    components[error_schema.__name__] = schema
    ref = {"$ref": REF_TEMPLATE.format(model=error_schema.__name__)}
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            responses = operation.setdefault("responses", {})
            declared = {int(status) for status in responses}
            for status in _errors_of(path, method, operation, components):
                if status in declared:
                    continue
                code, when, detail = _ERRORS[status]
                example = {"status": status, "code": code, "detail": detail, "errors": []}
                if status == 422:
                    example["errors"] = [
                        {"field": "page", "message": "Input should be greater than or equal to 1"}
                    ]
                responses[status] = {
                    "description": f"{when} (`{code}`)",
                    "content": {"application/json": {"schema": ref, "example": example}},
                }
                if status == 429:
                    responses[status]["headers"] = copy.deepcopy(_RETRY_AFTER)


def _app_of(module: str) -> str:
    """``accord.training.api`` -> ``training``, ``accord.quality.capa_api`` -> ``capa``."""
    parts = module.split(".")
    last = parts[-1].removesuffix("_api")
    if last in _PLAIN_MODULES and len(parts) > 1:
        return parts[-2]
    return last


class AccordNinjaAPI(NinjaAPI):
    """Ninja with the document built once per process, named and completed as above."""

    def __init__(self, *args: Any, error_schema: type, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.error_schema = error_schema
        self._documents: dict[str, dict] = {}
        self.openapi_conflicts: list[str] = []

    def get_openapi_operation_id(self, operation: Any) -> str:
        """The view's name (``list_projects``), so that a generated client reads well;
        where two views share a name, their module's name in front (``capa_add_action``).
        """
        if not hasattr(self, "_view_name_counts"):
            self._view_name_counts = Counter(
                op.view_func.__name__
                for _, router in self._routers
                for view in router.path_operations.values()
                for op in view.operations
            )
        name = operation.view_func.__name__
        if self._view_name_counts[name] <= 1:
            return name
        return f"{_app_of(operation.view_func.__module__)}_{name}"

    def get_openapi_schema(
        self, *, path_prefix: str | None = None, path_params: dict | None = None
    ) -> dict:
        if path_prefix is None:
            path_prefix = self.get_root_path(path_params or {})
        if path_prefix not in self._documents:
            names = ComponentNames()
            AccordOpenAPISchema(self, path_prefix, names)
            names.settle()
            document = AccordOpenAPISchema(self, path_prefix, names)
            self.openapi_conflicts = document.conflicts
            plain = dict(document)
            document_conventions(plain)
            title_components(plain)
            describe_input_boundary(plain)
            document_errors(plain, self.error_schema)
            self._documents[path_prefix] = plain
        return copy.deepcopy(self._documents[path_prefix])


def schema_readers(view):
    """``openapi.json`` for a session or a valid API token (401 in the error shape
    otherwise, so that API tools can load it); the docs page for a session only."""
    serves_document = getattr(view, "func", None) is openapi_json

    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.user.is_authenticated:
            return view(request, *args, **kwargs)
        if not serves_document:
            return redirect_to_login(request.get_full_path())
        from accord.core.api import ApiTokenAuth

        if ApiTokenAuth()(request) is not None:
            return view(request, *args, **kwargs)
        code, _, detail = _ERRORS[401]
        response = JsonResponse(
            {"status": 401, "code": code, "detail": detail, "errors": []}, status=401
        )
        response["WWW-Authenticate"] = "Bearer"
        return response

    return wrapper
