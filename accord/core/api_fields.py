"""The services name their fields as the pages do (``owner``, ``affected_tasks``); the
API's fields carry ``_id``/``_ids``. A service's refusal is answered with the API's names,
so that a 422 names the field the client sent."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from django.core.exceptions import ValidationError

from accord.core.concurrency import StaleEdit


@contextmanager
def api_field_names(names: Mapping[str, str]) -> Iterator[None]:
    try:
        yield
    except ValidationError as exc:
        if not hasattr(exc, "error_dict") or isinstance(exc, StaleEdit):
            raise
        raise ValidationError(
            {names.get(name, name): errors for name, errors in exc.message_dict.items()}
        ) from exc
