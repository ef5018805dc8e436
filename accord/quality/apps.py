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
        register(self.get_model("Batch"), visible_to=selectors.batches_visible_to, label="Batch")
        register(
            self.get_model("Deviation"),
            visible_to=selectors.deviations_visible_to,
            label="Deviation",
            # A sponsor reads a deviation's history from the notice that told it.
            sponsor_history_from="quality.deviation.sponsor_notified",
            # The CDMO's own working of the deviation; the sponsor reads its outcome on
            # the deviation's page (the summary once sent, the findings once approved).
            internal_fields={
                "rationale",
                "impact_assessment",
                "capa_required",
                "capa_rationale",
                "recurrence_checked",
                "linked to",
                "justification",
                "team",
                "method",
                "analysis",
                "root_cause_category",
                "root_cause",
                "product_impact",
                "conclusion",
            },
            children=(
                "quality.investigation",
                "quality.deviationrequest",
                "quality.sponsornotice",
                "quality.recurrencelink",
            ),
        )
        for name, label in (
            ("Investigation", "Investigation"),
            ("DeviationRequest", "Deviation request"),
            ("SponsorNotice", "Notice to the sponsor"),
            ("RecurrenceLink", "Recurrence link"),
        ):
            register(
                self.get_model(name),
                visible_to=selectors.deviation_parts_visible_to(self.get_model(name)),
                label=label,
            )
        register(
            self.get_model("OtherBatchAssessment"),
            visible_to=selectors.deviation_parts_visible_to(
                self.get_model("OtherBatchAssessment"), "investigation__deviation"
            ),
            label="Other batch assessed",
        )
        register(
            self.get_model("Capa"),
            visible_to=selectors.capas_visible_to,
            label="CAPA",
            children=("quality.capaaction", "quality.effectivenesscheck"),
        )
        register(
            self.get_model("CapaAction"),
            visible_to=selectors.capa_actions_visible_to,
            label="CAPA action",
        )
        register(
            self.get_model("EffectivenessCheck"),
            visible_to=selectors.effectiveness_checks_visible_to,
            label="Effectiveness check",
        )
        register(
            self.get_model("ChangeControl"),
            visible_to=selectors.change_controls_visible_to,
            label="Change control",
            # A sponsor reads a change's history from QA's plan approval on, without what
            # names other sponsors or the CDMO's internal risk rationale.
            sponsor_history_from="quality.change_control.plan_approved",
            internal_fields=frozenset(
                {"projects", "products", "sponsors_asked", "superseded", "risk_assessment"}
            ),
            children=(
                "quality.impactassessment",
                "quality.sponsorapproval",
                "quality.implementationaction",
                "quality.changereview",
            ),
        )
        for name, label, visible_to in (
            ("ImpactAssessment", "Impact assessment", selectors.impact_assessments_visible_to),
            ("SponsorApproval", "Sponsor approval", selectors.sponsor_approvals_visible_to),
            (
                "ImplementationAction",
                "Implementation action",
                selectors.implementation_actions_visible_to,
            ),
            ("ChangeReview", "Effectiveness review", selectors.change_reviews_visible_to),
        ):
            register(self.get_model(name), visible_to=visible_to, label=label)
        # The sponsor's quality page lists the changes waiting for its signature.
        from accord.quality.change_work import changes_waiting_on_sponsor
        from accord.quality.portal_views import register_changes_waiting

        register_changes_waiting(changes_waiting_on_sponsor)
