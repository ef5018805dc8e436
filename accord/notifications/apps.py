from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "accord.notifications"
    label = "notifications"
    verbose_name = "Notifications"

    def ready(self) -> None:
        from accord.audit.registry import register
        from accord.core.jobs import job_finished
        from accord.notifications import receivers, selectors

        # A person's notifications, e-mails and preferences are theirs alone: so is their
        # history.
        register(self.get_model("Notification"), visible_to=selectors.notifications_visible_to)
        register(
            self.get_model("EmailDelivery"),
            visible_to=selectors.email_deliveries_visible_to,
            label="E-mail",
        )
        register(
            self.get_model("NotificationPreference"),
            visible_to=selectors.preferences_visible_to,
        )
        job_finished.connect(receivers.job_finished_notify, dispatch_uid="notifications.job")
