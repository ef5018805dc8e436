"""Accord's own record of each background job: what the task library cannot tell a person.

The queue itself (django-q2, see docs/operations.md) carries a message per delivery; this
row carries the job: its name, who asked for it, the page it works on, its status, how many
times it was started, the heartbeat of the run in progress and the error of the last one.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models


class Job(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        DONE = "done", "Done"
        FAILED = "failed", "Failed"

    name = models.CharField(max_length=200)
    func = models.CharField("function", max_length=200)
    args = models.JSONField("arguments", default=list, blank=True)
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    url = models.CharField(max_length=500, blank=True)
    # The SCHEDULE entry that started it (accord.core.periodic), empty when a person asked.
    periodic = models.CharField(max_length=100, blank=True)
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.QUEUED)
    attempts = models.PositiveSmallIntegerField(default=0)
    max_attempts = models.PositiveSmallIntegerField(default=3)
    # A job waiting to be tried again after a failed attempt is not sent before this.
    retry_at = models.DateTimeField(null=True, blank=True)
    worker = models.CharField(max_length=120, blank=True)  # host:pid of the running attempt
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["status", "heartbeat_at"], name="job_status_idx"),
            models.Index(fields=["periodic", "-created_at"], name="job_periodic_idx"),
            models.Index(fields=["-created_at"], name="job_recent_idx"),
        ]
        permissions = [("retry_job", "Can retry a failed background job")]

    def __str__(self) -> str:
        return self.name

    @property
    def is_finished(self) -> bool:
        return self.status in (self.Status.DONE, self.Status.FAILED)

    @property
    def duration(self):
        if self.started_at and self.finished_at:
            return self.finished_at - self.started_at
        return None


class IdempotencyKey(models.Model):
    """A POST made with an ``Idempotency-Key`` header and the response it got, so that a
    retry with the same key answers the same and writes nothing again (accord.core.idempotency).

    The row is claimed (committed) before the work starts; the response is written in the
    work's own transaction, so a committed write always has its stored response.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    key = models.CharField(max_length=255)
    method = models.CharField(max_length=10)
    path = models.CharField(max_length=1000)
    body_sha256 = models.CharField("SHA-256 of the body", max_length=64)
    # The attempt holding the key: a retry that takes over a stale claim changes it, and
    # the attempt it replaced then cannot store its response (it rolls back instead).
    claim = models.CharField(max_length=32)
    claimed_at = models.DateTimeField()
    response_status = models.PositiveSmallIntegerField(null=True, blank=True)
    response_body = models.BinaryField(null=True, blank=True)
    response_content_type = models.CharField(max_length=200, blank=True)
    response_headers = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField()
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "key"], name="idempotency_key_per_user"),
        ]
        indexes = [models.Index(fields=["created_at"], name="idempotency_created_idx")]

    def __str__(self) -> str:
        return f"{self.method} {self.path} ({self.key})"

    @property
    def is_complete(self) -> bool:
        return self.response_status is not None


class ApiRateCounter(models.Model):
    """Requests counted in the current fixed window, one row per client (accord.core.ratelimit).

    Every node counts in the same row with one UPSERT, so the limit holds across nodes.
    """

    bucket = models.CharField(max_length=100, primary_key=True)
    window_start = models.BigIntegerField()  # Unix time of the window's start
    hits = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return self.bucket


class FormSubmission(models.Model):
    """A page form's POST, by the random ``_submission`` id its page gave it, and where it
    sent the browser (accord.core.submissions): the same POST again is not run twice.

    The row is claimed (committed) before the view runs; a view that answers with a
    redirect completes it, any other answer (a form re-shown with its errors) removes it.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    token = models.CharField(max_length=64)
    path = models.CharField(max_length=1000)
    claimed_at = models.DateTimeField()
    response_status = models.PositiveSmallIntegerField(null=True, blank=True)
    location = models.CharField(max_length=2000, blank=True)
    created_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "token"], name="form_submission_per_user"),
        ]
        indexes = [models.Index(fields=["created_at"], name="form_submission_created_idx")]

    def __str__(self) -> str:
        return f"POST {self.path} ({self.token})"

    @property
    def is_complete(self) -> bool:
        return self.response_status is not None
