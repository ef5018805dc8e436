"""The audit trail: append-only, hash-chained events.

An event never changes once written. The model refuses update and delete, its queryset
refuses bulk update and delete, the admin is read-only, no business table has a foreign
key into it, and database triggers (installed by migration on PostgreSQL and SQLite)
refuse UPDATE, DELETE and (on PostgreSQL) TRUNCATE.
"""

from __future__ import annotations

from django.db import models


class AuditImmutableError(Exception):
    """Somebody tried to change or remove an audit event."""


class AuditEventQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AuditImmutableError("Audit events are append-only; they cannot be updated.")

    def delete(self):
        raise AuditImmutableError("Audit events are append-only; they cannot be deleted.")


class AuditEvent(models.Model):
    seq = models.BigIntegerField(primary_key=True, help_text="Position in the chain, gap-free.")
    occurred_at = models.DateTimeField(help_text="Server time (UTC) when the event was written.")
    actor_id = models.BigIntegerField(null=True, blank=True)
    actor_username = models.CharField(max_length=150, blank=True)
    actor_name = models.CharField(max_length=300, blank=True)
    actor_org_id = models.BigIntegerField(null=True, blank=True)
    channel = models.CharField(max_length=16)
    request_id = models.CharField(max_length=64, blank=True)
    client_ip = models.CharField(max_length=64, blank=True)
    action = models.CharField(max_length=100)
    target_type = models.CharField(max_length=60)
    target_id = models.CharField(max_length=64)
    target_label = models.CharField(max_length=300)
    parent_type = models.CharField(max_length=60, blank=True)
    parent_id = models.CharField(max_length=64, blank=True)
    parent_label = models.CharField(max_length=300, blank=True)
    sponsor_id = models.BigIntegerField(
        null=True, blank=True, help_text="The sponsor whose record this is (tenant scope)."
    )
    changes = models.TextField(
        default="{}", help_text="Canonical JSON {field: [before, after]} as hashed."
    )
    reason = models.TextField(blank=True)
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64, unique=True)

    objects = AuditEventQuerySet.as_manager()

    class Meta:
        ordering = ["seq"]
        indexes = [
            models.Index(fields=["target_type", "target_id"], name="audit_target_idx"),
            models.Index(fields=["parent_type", "parent_id"], name="audit_parent_idx"),
            models.Index(fields=["occurred_at"], name="audit_time_idx"),
            models.Index(fields=["sponsor_id", "seq"], name="audit_sponsor_idx"),
            models.Index(fields=["action"], name="audit_action_idx"),
        ]

    def __str__(self) -> str:
        return f"#{self.seq} {self.action} {self.target_label}"

    def save(self, *args, **kwargs) -> None:
        if not self._state.adding:
            raise AuditImmutableError("Audit events are append-only; they cannot be updated.")
        kwargs["force_insert"] = True
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AuditImmutableError("Audit events are append-only; they cannot be deleted.")


class AuditChainHead(models.Model):
    """The last event's position and hash. Locking this one row serializes appends."""

    id = models.PositiveSmallIntegerField(primary_key=True, default=1)
    seq = models.BigIntegerField(default=0)
    hash = models.CharField(max_length=64)

    def __str__(self) -> str:
        return f"head #{self.seq}"
