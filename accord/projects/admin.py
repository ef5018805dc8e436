from django.contrib import admin

from accord.core.admin import ReadOnlyAdmin
from accord.projects.models import Project, ProjectDocument


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
