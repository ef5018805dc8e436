"""Errors shared by services, pages and the API.

Services raise Django's ``ValidationError`` (with a field -> messages dict when a field
is to blame) and ``PermissionDenied``; pages put the messages next to their fields and
the API turns them into its single error shape.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError

from accord.core.concurrency import StaleEdit, refuse_on_form


def field_errors(error: ValidationError) -> dict[str, list[str]]:
    """A ``ValidationError`` as ``{field: [messages]}``; errors of no field go under ``__all__``."""
    if hasattr(error, "error_dict"):
        return {
            field: [str(m) for e in errors for m in e.messages]
            for field, errors in error.error_dict.items()
        }
    return {"__all__": [str(m) for m in error.messages]}


def apply_to_form(form, error: ValidationError) -> None:
    """Attach a service's ``ValidationError`` to a bound form, field by field."""
    if isinstance(error, StaleEdit):
        refuse_on_form(form, error)
        return
    for field, messages in field_errors(error).items():
        target = field if field in form.fields else None
        for message in messages:
            form.add_error(target, message)


def apply_to_forms(error: ValidationError, *forms) -> None:
    """Like ``apply_to_form`` for a page with several forms: each field's messages go to
    the form that has the field; messages of no field go to the first form."""
    if isinstance(error, StaleEdit):
        refuse_on_form(forms[0], error)
        return
    for field, messages in field_errors(error).items():
        owner = next((f for f in forms if field in f.fields), forms[0])
        target = field if field in owner.fields else None
        for message in messages:
            owner.add_error(target, message)
