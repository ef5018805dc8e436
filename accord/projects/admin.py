from django.contrib import admin

from accord.projects.models import Project, ProjectDocument


class ReadOnlyAdmin(admin.ModelAdmin):
    """Projects are written through their pages and services; the admin only shows them."""

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Project)
class ProjectAdmin(ReadOnlyAdmin):
    list_display = ["code", "title", "sponsor", "phase", "status", "site"]
    list_filter = ["status", "phase", "site", "sponsor"]
    search_fields = ["code", "title", "molecule"]


@admin.register(ProjectDocument)
class ProjectDocumentAdmin(ReadOnlyAdmin):
    list_display = ["title", "project", "visibility", "uploaded_by", "uploaded_at"]
    list_filter = ["visibility"]
    exclude = ["file"]
