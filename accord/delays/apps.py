from django.apps import AppConfig


class DelaysConfig(AppConfig):
    name = "accord.delays"
    label = "delays"
    verbose_name = "Delays"

    def ready(self) -> None:
        from accord.audit.registry import register
        from accord.delays import selectors

        # Internal notes are the CDMO's own reading of a delay; a sponsor's view of the
        # history shows that they changed, never what they say.
        register(
            self.get_model("Delay"),
            visible_to=selectors.delays_visible_to,
            internal_fields={"internal_notes"},
        )
