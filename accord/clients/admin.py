from django.contrib import admin

from accord.clients.models import FollowUp, Interaction, KeyContact, SponsorProfile
from accord.core.admin import ReadOnlyAdmin


@admin.register(SponsorProfile)
class SponsorProfileAdmin(ReadOnlyAdmin):
    list_display = ["sponsor", "communication_cadence", "is_trendsetter", "updated_at"]
    list_filter = ["is_trendsetter", "communication_cadence"]
    search_fields = ["sponsor__name"]


@admin.register(KeyContact)
class KeyContactAdmin(ReadOnlyAdmin):
    list_display = ["name", "sponsor", "decision_role", "is_primary", "is_active"]
    list_filter = ["decision_role", "is_active"]
    search_fields = ["name", "sponsor__name"]


@admin.register(Interaction)
class InteractionAdmin(ReadOnlyAdmin):
    list_display = ["occurred_on", "sponsor", "kind", "subject", "is_concern"]
    list_filter = ["kind", "is_concern"]
    search_fields = ["subject", "sponsor__name"]


@admin.register(FollowUp)
class FollowUpAdmin(ReadOnlyAdmin):
    list_display = ["description", "sponsor", "owner", "due_on", "is_done"]
    list_filter = ["is_done"]
    search_fields = ["description", "sponsor__name"]
