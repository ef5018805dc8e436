from django.apps import AppConfig


class ClientsConfig(AppConfig):
    name = "accord.clients"
    label = "clients"
    verbose_name = "Sponsor relationships"

    def ready(self) -> None:
        from accord.audit.registry import register
        from accord.clients import selectors

        register(
            self.get_model("SponsorProfile"),
            visible_to=selectors.sponsor_profiles_visible_to,
            label="Sponsor profile",
        )
        register(
            self.get_model("KeyContact"),
            visible_to=selectors.key_contacts_visible_to,
            label="Key contact",
        )
        # Rapport notes are the CDMO's private reading of the sponsor's people; a history
        # shown to a sponsor user says that they changed, never what they say.
        register(
            self.get_model("Interaction"),
            visible_to=selectors.interactions_visible_to,
            internal_fields={"rapport_notes"},
            children=("clients.followup",),
        )
        register(
            self.get_model("FollowUp"),
            visible_to=selectors.followups_visible_to,
            label="Follow-up",
        )
