from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "accord.audit"
    label = "audit"
    verbose_name = "Audit trail"

    def ready(self) -> None:
        from accord.audit import checks  # noqa: F401 - registers the system check
