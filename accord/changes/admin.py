from django.contrib import admin

from accord.changes.models import ChangeOrder
from accord.core.admin import ReadOnlyAdmin


@admin.register(ChangeOrder)
class ChangeOrderAdmin(ReadOnlyAdmin):
    list_display = ["project", "number", "title", "status", "price_change", "currency"]
    list_filter = ["status", "currency"]
    search_fields = ["title", "project__code", "sow_reference"]
