from django.apps import AppConfig


class TeamsConfig(AppConfig):
    name = "accord.teams"
    label = "teams"
    verbose_name = "Teams"

    def ready(self) -> None:
        from accord.audit.registry import register
        from accord.teams import selectors

        register(
            self.get_model("Deliverable"),
            visible_to=selectors.deliverables_visible_to,
            label="SOW deliverable",
        )
        register(
            self.get_model("RaciAssignment"),
            visible_to=selectors.raci_visible_to,
            label="RACI assignment",
        )
        register(
            self.get_model("SteeringMember"),
            visible_to=selectors.steering_visible_to,
            label="Steering committee member",
        )
        register(
            self.get_model("EscalationContact"),
            visible_to=selectors.escalation_visible_to,
            label="Communication tree contact",
        )
