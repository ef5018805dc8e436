from django.contrib import admin

from accord.audit.models import AuditEvent
from accord.core.admin import ReadOnlyAdmin


@admin.register(AuditEvent)
class AuditEventAdmin(ReadOnlyAdmin):
    """Read-only: nobody, administrators included, edits or deletes audit events."""

    list_display = ["seq", "occurred_at", "actor_name", "action", "target_label"]
    list_filter = ["action", "channel"]
    search_fields = ["target_label", "actor_username", "actor_name", "action"]
    ordering = ["-seq"]
