from django.contrib import admin


class ReadOnlyAdmin(admin.ModelAdmin):
    """Shown in the Django admin, never written there: writes go through the services."""

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
