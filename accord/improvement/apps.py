from django.apps import AppConfig


class ImprovementConfig(AppConfig):
    name = "accord.improvement"
    label = "improvement"
    verbose_name = "Continuous improvement"

    def ready(self) -> None:
        from accord.audit.registry import register
        from accord.improvement import search, selectors, variables  # noqa: F401

        register(
            self.get_model("Initiative"),
            visible_to=selectors.initiatives_visible_to,
            children=("improvement.deliverable", "improvement.stagegate"),
            # The money saved and where the baseline was read (other sponsors' delays
            # among them) stay the CDMO's own.
            internal_fields={
                "cost_saved",
                "baseline_delays",
                "baseline_sponsor",
                "baseline_method",
            },
        )
        register(
            self.get_model("Deliverable"),
            visible_to=selectors.deliverables_visible_to,
            label="Stage deliverable",
        )
        register(
            self.get_model("StageGate"), visible_to=selectors.gates_visible_to, label="Stage gate"
        )
        register(
            self.get_model("FiveSArea"),
            visible_to=selectors.five_s_areas_visible_to,
            label="5S area",
        )
        register(
            self.get_model("FiveSAudit"),
            visible_to=selectors.five_s_audits_visible_to,
            label="5S audit",
            children=("improvement.fivesaction",),
        )
        register(
            self.get_model("FiveSAction"),
            visible_to=selectors.five_s_actions_visible_to,
            label="5S action",
        )
        register(self.get_model("Capability"), visible_to=selectors.capabilities_visible_to)
        register(
            self.get_model("CapabilitySite"),
            visible_to=selectors.capability_sites_visible_to,
            label="Capability at a site",
        )
