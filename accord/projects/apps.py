from django.apps import AppConfig


class ProjectsConfig(AppConfig):
    name = "accord.projects"
    label = "projects"
    verbose_name = "Projects"

    def ready(self) -> None:
        from accord.audit.registry import register
        from accord.projects import selectors

        register(
            self.get_model("Project"),
            visible_to=selectors.projects_visible_to,
            children=(
                "projects.projectdocument",
                "projects.projectmembership",
                "delays.delay",
                "risks.risk",
                "changes.changeorder",
                "reports.statusreport",
                "teams.deliverable",
                "teams.raciassignment",
                "planning.task",
                "planning.dependency",
                "planning.baseline",
                "planning.decision",
            ),
        )
        register(
            self.get_model("ProjectDocument"),
            visible_to=selectors.documents_visible_to,
            label="Document",
        )
        register(
            self.get_model("ProjectDocumentVersion"),
            visible_to=selectors.document_versions_visible_to,
            label="Document file version",
        )
        register(
            self.get_model("ProjectMembership"),
            visible_to=selectors.memberships_visible_to,
            label="Team membership",
        )
