"""The webhook permission for the shipped roles on existing databases: administrators
keep the CDMO's subscriptions, sponsor managers their company's."""

from django.db import migrations

from accord.accounts.migration_helpers import grant_to_roles


def grant(apps, schema_editor):
    grant_to_roles(
        apps,
        schema_editor,
        "webhooks",
        {"manage_webhooks": ("administrator", "sponsor_manager")},
    )


class Migration(migrations.Migration):
    dependencies = [
        ("webhooks", "0001_initial"),
        ("accounts", "0006_user_manager"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
