"""Projects and their documents in the search (see ``accord.search.registry``)."""

from django.urls import reverse

from accord.projects.models import Project, ProjectDocument
from accord.projects.selectors import documents_visible_to, projects_visible_to
from accord.search.registry import SearchField, SearchType, register

register(
    SearchType(
        key="projects",
        label="Projects",
        model=Project,
        visible_to=projects_visible_to,
        fields=(
            SearchField("code", "A"),
            SearchField("title", "A"),
            SearchField("molecule", "A"),
            SearchField("description", "B"),
            SearchField("health_reason", "C"),
        ),
        title_field="title",
        reference=lambda project: project.code,
        context=lambda project: (
            f"{project.sponsor.name} · {project.get_phase_display()} · "
            f"{project.get_status_display()}"
        ),
        url=lambda project, user: reverse("projects:detail", args=[project.pk]),
        icon="bi-kanban",
        order=10,
    )
)

register(
    SearchType(
        key="documents",
        label="Documents",
        model=ProjectDocument,
        visible_to=documents_visible_to,
        fields=(SearchField("title", "A"), SearchField("original_name", "B")),
        title_field="title",
        context=lambda document: (
            f"{document.project.code} · {document.get_status_display()} · "
            f"{document.get_visibility_display()}"
        ),
        url=lambda document, user: reverse("projects:document_detail", args=[document.pk]),
        date_field="uploaded_at",
        icon="bi-paperclip",
        order=90,
    )
)
