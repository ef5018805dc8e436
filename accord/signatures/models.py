"""21 CFR Part 11 electronic signatures.

A signature is permanently linked to one record: its type, id and version, and a SHA-256
of a canonical snapshot of the content signed (11.70). It carries the signer's printed
name, the UTC time and the meaning (11.50). It never changes and is never deleted.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models


class Meaning(models.TextChoices):
    AUTHORED = "authored", "Authored"
    REVIEWED = "reviewed", "Reviewed"
    APPROVED = "approved", "Approved"
    REJECTED = "rejected", "Rejected"
    VERIFIED = "verified", "Verified"
    DECIDED = "decided", "Decided"
    ACCEPTED = "accepted", "Accepted"
    TRAINED = "trained", "Trained: read and understood"
    OVERRIDE = "override", "Override of the qualification gate"


class SignatureImmutableError(Exception):
    pass


class SignatureQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise SignatureImmutableError("Signatures cannot be changed.")

    def delete(self):
        raise SignatureImmutableError("Signatures cannot be removed.")


class Signature(models.Model):
    record_type = models.CharField(max_length=60)
    record_id = models.BigIntegerField()
    record_version = models.PositiveIntegerField()
    content_hash = models.CharField(max_length=64)
    meaning = models.CharField(max_length=16, choices=Meaning.choices)
    signer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="signatures"
    )
    printed_name = models.CharField(max_length=300)
    username = models.CharField(max_length=150)
    signed_at = models.DateTimeField()
    reason = models.TextField(blank=True)
    transition = models.CharField(max_length=40, blank=True)
    full_credentials = models.BooleanField(
        default=True, help_text="User id and password entered (not password alone)."
    )
    sponsor_id = models.BigIntegerField(null=True, blank=True)

    objects = SignatureQuerySet.as_manager()

    class Meta:
        ordering = ["signed_at", "pk"]
        indexes = [models.Index(fields=["record_type", "record_id"], name="signature_record_idx")]

    def __str__(self) -> str:
        return f"{self.get_meaning_display()} by {self.printed_name}"

    def save(self, *args, **kwargs) -> None:
        if not self._state.adding:
            raise SignatureImmutableError("Signatures cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise SignatureImmutableError("Signatures cannot be removed.")

    @property
    def audit_sponsor_id(self) -> int | None:
        return self.sponsor_id
