from django.contrib import admin

from accord.core.admin import ReadOnlyAdmin
from accord.meetings.models import ActionItem, Meeting, MeetingDecision


@admin.register(Meeting)
class MeetingAdmin(ReadOnlyAdmin):
    list_display = ["project", "number", "title", "kind", "held_on", "shared_with_sponsor"]
    list_filter = ["kind", "shared_with_sponsor"]
    search_fields = ["title", "project__code"]


@admin.register(MeetingDecision)
class MeetingDecisionAdmin(ReadOnlyAdmin):
    list_display = ["meeting", "decided_by", "created_at"]
    search_fields = ["text", "meeting__project__code"]


@admin.register(ActionItem)
class ActionItemAdmin(ReadOnlyAdmin):
    list_display = ["project", "number", "owner", "due_on", "status", "done_on"]
    list_filter = ["status"]
    search_fields = ["description", "project__code"]
