"""Kudos in the Django admin, read only: they are given through the service."""

from django.contrib import admin

from accord.core.admin import ReadOnlyAdmin
from accord.recognition.models import Kudos


@admin.register(Kudos)
class KudosAdmin(ReadOnlyAdmin):
    list_display = ["given_at", "recipient", "giver", "sponsor", "category", "withdrawn_at"]
    list_filter = ["category", "sponsor"]
    search_fields = ["message", "recipient__last_name", "giver__last_name"]
    raw_id_fields = ["giver", "recipient", "sponsor", "project", "concern", "milestone", "meeting"]
