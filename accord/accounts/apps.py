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

        from accord.accounts import selectors
        from accord.audit.registry import register

        register(self.get_model("Organization"), visible_to=selectors.organizations_visible_to)
        register(self.get_model("Site"), visible_to=selectors.sites_visible_to)
        register(self.get_model("Role"), visible_to=selectors.roles_visible_to)
        register(self.get_model("User"), visible_to=selectors.users_visible_to, label="Person")
        register(self.get_model("ApiToken"), visible_to=selectors.api_tokens_of, label="API token")
