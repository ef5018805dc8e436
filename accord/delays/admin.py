from django.contrib import admin

from accord.core.admin import ReadOnlyAdmin
from accord.delays.models import Delay


@admin.register(Delay)
class DelayAdmin(ReadOnlyAdmin):
    list_display = ["project", "number", "title", "cause", "occurred_on", "days_lost"]
    list_filter = ["cause"]
    search_fields = ["title", "project__code"]
