from django.apps import AppConfig


class ServiceConfig(AppConfig):
    name = "accord.service"
    label = "service"
    verbose_name = "Service to sponsors"

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from accord.audit.registry import register
        from accord.service import selectors
        from accord.service.services import sla_defaults_ensure

        post_migrate.connect(sla_defaults_ensure, sender=self)

        register(
            self.get_model("SlaPolicy"),
            visible_to=selectors.sla_policies_visible_to,
            label="SLA policy",
            children=("service.slatarget",),
        )
        register(
            self.get_model("SlaTarget"),
            visible_to=selectors.sla_targets_visible_to,
            label="SLA target",
        )
        register(
            self.get_model("Concern"),
            visible_to=selectors.concerns_visible_to,
            children=(
                "service.concernentry",
                "service.concernpause",
                "service.concernescalation",
                "service.concernattachment",
            ),
            # A note's audit event carries its text: staff only, as the note itself.
            internal_fields={"internal note"},
        )
        register(
            self.get_model("ConcernAttachment"),
            visible_to=selectors.concern_attachments_visible_to,
            label="Concern attachment",
        )
        register(
            self.get_model("ConcernEscalation"),
            visible_to=selectors.concern_escalations_visible_to,
            label="Concern escalation",
        )
        register(
            self.get_model("ConcernEntry"),
            visible_to=selectors.concern_entries_visible_to,
            label="Concern entry",
        )
        register(
            self.get_model("ConcernPause"),
            visible_to=selectors.concern_pauses_visible_to,
            label="Wait on the sponsor",
        )
        register(
            self.get_model("ServiceHours"),
            visible_to=selectors.service_hours_visible_to,
            label="Service hours",
        )
