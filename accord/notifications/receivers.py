"""Listeners of signals that other parts of Accord send (never used for audit)."""

from __future__ import annotations

from django.db import transaction
from django.utils.http import url_has_allowed_host_and_scheme

from accord.notifications.services import Message, deliver


def job_finished_notify(
    sender, *, job_name: str, requested_by, ok: bool, error: str = "", url: str = "", **kwargs
) -> None:
    """Tell the person who asked for a background job that it finished or failed."""
    if requested_by is None or not getattr(requested_by, "pk", None):
        return
    safe_url = url if url and url_has_allowed_host_and_scheme(url, allowed_hosts=None) else ""
    if ok:
        title, body = f"{job_name} finished", "It ran to the end without an error."
    else:
        reason = (error or "no reason was given").strip()
        title = f"{job_name} failed"
        body = f"It stopped with this error: {reason[:400]}"
    with transaction.atomic():
        deliver([Message("job_finished", requested_by, None, title, body, safe_url)])
