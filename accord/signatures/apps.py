from django.apps import AppConfig


class SignaturesConfig(AppConfig):
    name = "accord.signatures"
    label = "signatures"
    verbose_name = "Electronic signatures"

    def ready(self) -> None:
        from accord.audit.registry import register
        from accord.signatures.selectors import signatures_visible_to

        register(self.get_model("Signature"), visible_to=signatures_visible_to)
