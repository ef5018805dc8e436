"""Page forms answered once: a double click or a browser's retried POST saves nothing twice.

Every POST form of a page carries a hidden ``_submission`` field holding a random id made
when the page loaded (accord/static/accord/accord.js, which also disables the form's
buttons after its first submit). For a signed-in user's POST with that field:

1. The id is claimed before the view runs: a row (user, id) inserted and committed at
   once, so a second POST arriving meanwhile sees it and gets a 409 page ("still being
   saved") instead of running the view a second time.
2. A view that answers with a redirect (the form was saved) completes the row with the
   redirect's status and Location. Any other answer (the form shown again with its
   errors, a download) or an exception removes the row: the id is not used up, and the
   corrected form is sent again with it.
3. The same id again, from the same user, does not run the view: it answers 303 to the
   first answer's Location with the message "This form was already submitted; nothing
   was saved twice." Another user's id is theirs alone.

POSTs without the field (the API, sign-in, forms of other clients) run as before. Rows
are forgotten after ``KEEP_FOR`` (24 h) by a daily sweep
(accord.core.periodic); a page left open longer is answered as new.

The claim runs in ``process_view``, after CSRF's own check, with the messages of the
request available; the view's transaction is its own (``ATOMIC_REQUESTS`` is off), so
the claim commits before the work starts, as for the API's idempotency keys.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from django.contrib import messages
from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.http.multipartparser import MultiPartParserError
from django.template.loader import render_to_string
from django.utils import timezone

from accord.core.models import FormSubmission

FIELD = "_submission"
MAX_TOKEN_LENGTH = 64
REPLAY_MESSAGE = "This form was already submitted; nothing was saved twice."
# Longer than any request runs (statements stop after ACCORD_DB_STATEMENT_TIMEOUT_MS): a
# claim older than this belongs to a process that died, and the id may be used again.
STALE_CLAIM = dt.timedelta(minutes=10)
_REDIRECTS = (301, 302, 303, 307, 308)


KEEP_FOR = dt.timedelta(hours=24)


def form_submissions_purge() -> int:
    """Forget submission ids past their keeping time (a daily sweep); returns how many."""
    cutoff = timezone.now() - KEEP_FOR
    return FormSubmission.objects.filter(created_at__lt=cutoff).delete()[0]


class FormSubmissionMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            response = self.get_response(request)
        except BaseException:
            _release(request)
            raise
        claim: FormSubmission | None = getattr(request, "accord_submission", None)
        if claim is None:
            return response
        location = response.get("Location", "") if response.status_code in _REDIRECTS else ""
        if location:
            updated = FormSubmission.objects.filter(
                pk=claim.pk, claimed_at=claim.claimed_at
            ).update(response_status=response.status_code, location=location[:2000])
            if updated:
                return response
        _release(request)
        return response

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs):
        if (
            request.method != "POST"
            or request.path.startswith("/api/")  # the API has idempotency keys
            or not request.user.is_authenticated
        ):
            return None
        try:
            token = request.POST.get(FIELD, "")
        except MultiPartParserError:
            return None  # a malformed body: the view refuses it as it would without this
        if not token:
            return None
        if len(token) > MAX_TOKEN_LENGTH or not token.isprintable():
            return None  # not one of ours: the form runs as it would without the field
        return _claim(request, token)


def _claim(request: HttpRequest, token: str) -> HttpResponse | None:
    now = timezone.now()
    record = FormSubmission.objects.filter(user=request.user.pk, token=token).first()
    if record is not None and record.created_at < now - KEEP_FOR:
        FormSubmission.objects.filter(pk=record.pk, claimed_at=record.claimed_at).delete()
        record = None
    if record is None:
        record = FormSubmission(
            user_id=request.user.pk,
            token=token,
            path=request.path[:1000],
            claimed_at=now,
            created_at=now,
        )
        try:
            with transaction.atomic():
                record.save(force_insert=True)
        except IntegrityError:  # a concurrent POST with this id claimed it first
            return _in_progress(request)
        request.accord_submission = record
        return None
    if record.is_complete:
        messages.info(request, REPLAY_MESSAGE)
        return HttpResponseRedirect(record.location, status=303)
    if now - record.claimed_at < STALE_CLAIM:
        return _in_progress(request)
    # The POST holding the id stopped long ago (its process died): this one runs.
    taken = FormSubmission.objects.filter(
        pk=record.pk, claimed_at=record.claimed_at, response_status__isnull=True
    ).update(claimed_at=now)
    if not taken:
        return _in_progress(request)
    record.claimed_at = now
    request.accord_submission = record
    return None


def _in_progress(request: HttpRequest) -> HttpResponse:
    return HttpResponse(
        render_to_string("core/submission_in_progress.html", request=request), status=409
    )


def _release(request: HttpRequest) -> None:
    claim: FormSubmission | None = getattr(request, "accord_submission", None)
    if claim is not None:
        FormSubmission.objects.filter(
            pk=claim.pk, claimed_at=claim.claimed_at, response_status__isnull=True
        ).delete()
        request.accord_submission = None
