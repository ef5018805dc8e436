from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "accord.reports"
    label = "reports"
    verbose_name = "Status reports"

    def ready(self) -> None:
        from accord.audit.registry import register
        from accord.reports import selectors

        # A sponsor reaches a report only once it is published; the draft wording that
        # led to it is the CDMO's working copy, so its history shows that the texts
        # changed, never what the drafts said.
        register(
            self.get_model("StatusReport"),
            visible_to=selectors.status_reports_visible_to,
            label="Status report",
            internal_fields={"summary", "decisions_needed"},
        )
