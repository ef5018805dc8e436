from django.contrib import admin

from accord.audit.models import AuditEvent


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    """Read-only: nobody, administrators included, edits or deletes audit events."""

    list_display = ["seq", "occurred_at", "actor_name", "action", "target_label"]
    list_filter = ["action", "channel"]
    search_fields = ["target_label", "actor_username", "actor_name", "action"]
    ordering = ["-seq"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
