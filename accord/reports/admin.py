from django.contrib import admin

from accord.core.admin import ReadOnlyAdmin
from accord.reports.models import StatusReport


@admin.register(StatusReport)
class StatusReportAdmin(ReadOnlyAdmin):
    list_display = ["project", "number", "period_start", "period_end", "status", "published_at"]
    list_filter = ["status"]
    search_fields = ["project__code"]
