from django.apps import AppConfig


class RisksConfig(AppConfig):
    name = "accord.risks"
    label = "risks"
    verbose_name = "Project risks"

    def ready(self) -> None:
        from accord.audit.registry import register
        from accord.risks import selectors

        # No internal fields: a sponsor only ever reaches a risk that is shared in full,
        # so its history is shared in full too (the selector decides, not a redaction).
        register(
            self.get_model("Risk"),
            visible_to=selectors.risks_visible_to,
            children=("risks.riskreview",),
        )
        register(
            self.get_model("RiskReview"),
            visible_to=selectors.risk_reviews_visible_to,
            label="Risk review",
        )
