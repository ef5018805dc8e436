from django.apps import AppConfig


class QualityConfig(AppConfig):
    name = "accord.quality"
    label = "quality"
    verbose_name = "GMP quality"

    def ready(self) -> None:
        from accord.audit.registry import register
        from accord.quality import selectors

        register(
            self.get_model("QualityAgreement"),
            visible_to=selectors.quality_agreements_visible_to,
            label="Quality agreement",
            children=(
                "quality.notificationterm",
                "quality.changeapprovalterm",
                "quality.qualitycontact",
            ),
        )
        for name, label in (
            ("NotificationTerm", "Deviation notification term"),
            ("ChangeApprovalTerm", "Change approval term"),
            ("QualityContact", "Quality contact"),
        ):
            register(
                self.get_model(name),
                visible_to=selectors.agreement_parts_visible_to(self.get_model(name)),
                label=label,
            )
