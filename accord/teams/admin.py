from django.contrib import admin

from accord.core.admin import ReadOnlyAdmin
from accord.teams.models import Deliverable, EscalationContact, RaciAssignment, SteeringMember


@admin.register(Deliverable)
class DeliverableAdmin(ReadOnlyAdmin):
    list_display = ["project", "number", "title", "department", "due_date"]
    list_filter = ["department"]
    search_fields = ["title", "project__code"]


@admin.register(RaciAssignment)
class RaciAssignmentAdmin(ReadOnlyAdmin):
    list_display = ["deliverable", "user", "role"]
    list_filter = ["role"]


@admin.register(SteeringMember)
class SteeringMemberAdmin(ReadOnlyAdmin):
    list_display = ["project", "user", "role"]


@admin.register(EscalationContact)
class EscalationContactAdmin(ReadOnlyAdmin):
    list_display = ["project", "matter", "level", "cdmo_contact", "sponsor_contact"]
    list_filter = ["matter"]
