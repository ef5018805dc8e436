from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "accord.accounts"
    label = "accounts"
    verbose_name = "Organizations and people"

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from accord.accounts.roles import roles_ensure_defaults

        # Roles are reference data: created after every migrate (and after the test
        # runner's flush), never by hand.
        post_migrate.connect(roles_ensure_defaults, sender=self)
