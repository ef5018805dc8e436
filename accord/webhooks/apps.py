from django.apps import AppConfig


class WebhooksConfig(AppConfig):
    name = "accord.webhooks"
    label = "webhooks"
    verbose_name = "Webhooks"

    def ready(self) -> None:
        from accord.audit.registry import register
        from accord.webhooks import selectors

        register(
            self.get_model("WebhookSubscription"),
            visible_to=selectors.subscriptions_visible_to,
            label="Webhook subscription",
        )
        register(
            self.get_model("WebhookDelivery"),
            visible_to=selectors.deliveries_visible_to,
            label="Webhook delivery",
        )
        register(
            self.get_model("WebhookAttempt"),
            visible_to=selectors.attempts_visible_to,
            label="Webhook delivery attempt",
        )
