from django.apps import AppConfig


class ProposalsConfig(AppConfig):
    name = "accord.proposals"
    label = "proposals"
    verbose_name = "RFPs and proposals"

    def ready(self) -> None:
        from accord.audit.registry import register
        from accord.proposals import selectors

        # What a sponsor never reads in a history: pricing notes and what the reviews did.
        internal = {"internal_pricing_notes", "reviews_invalidated"}
        register(
            self.get_model("Rfp"),
            visible_to=selectors.rfps_visible_to,
            label="RFP",
            children=("proposals.proposal",),
        )
        register(
            self.get_model("Proposal"),
            visible_to=selectors.proposals_visible_to,
            internal_fields=internal,
            children=("proposals.proposalrevision",),
        )
        # Rows are audited with their revision as parent, so the revision's history tells
        # the whole story; assessments and reviews appear there for CDMO staff only.
        register(
            self.get_model("ProposalRevision"),
            visible_to=selectors.revisions_visible_to,
            label="Proposal revision",
            internal_fields=internal,
            # Drafting, price iterations and internal review stay inside the CDMO.
            sponsor_history_from="proposals.proposalrevision.send",
            children=(
                "proposals.scopeitem",
                "proposals.paymentmilestone",
                "proposals.complexityassessment",
                "proposals.proposalreview",
                "proposals.revisioncomment",
            ),
        )
        register(
            self.get_model("ScopeItem"),
            visible_to=selectors.scope_items_visible_to,
            label="Scope item",
            internal_fields=internal,
        )
        register(
            self.get_model("PaymentMilestone"),
            visible_to=selectors.milestones_visible_to,
            label="Payment milestone",
            internal_fields=internal,
        )
        register(
            self.get_model("ComplexityAssessment"),
            visible_to=selectors.assessments_visible_to,
            label="Complexity assessment",
        )
        register(
            self.get_model("ProposalReview"),
            visible_to=selectors.reviews_visible_to,
            label="Proposal review",
        )
        register(
            self.get_model("RevisionComment"),
            visible_to=selectors.comments_visible_to,
            label="Sponsor comment",
        )
        # Outcomes and postmortems: CDMO staff only; the RFP's own events say only the
        # new status (the reasons live on these rows).
        from accord.clients.health import register_signal_source
        from accord.proposals import outcomes

        register(
            self.get_model("RfpOutcome"),
            visible_to=outcomes.outcomes_visible_to,
            label="RFP outcome",
        )
        register(
            self.get_model("Postmortem"),
            visible_to=outcomes.postmortems_visible_to,
            label="Postmortem",
        )
        register_signal_source(outcomes.outcome_signals)
