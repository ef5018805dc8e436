from django.apps import AppConfig


class RecognitionConfig(AppConfig):
    name = "accord.recognition"
    label = "recognition"
    verbose_name = "Recognition"

    def ready(self) -> None:
        from accord.audit.registry import register
        from accord.recognition import selectors

        register(self.get_model("Kudos"), visible_to=selectors.kudos_visible_to, label="Kudos")
