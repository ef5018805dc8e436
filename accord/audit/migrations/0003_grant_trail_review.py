"""Give the roles that review the audit trail its view permission on existing databases."""

from django.db import migrations

from accord.accounts.migration_helpers import grant_to_roles


def grant(apps, schema_editor):
    grant_to_roles(
        apps,
        schema_editor,
        "audit",
        {"view_auditevent": ("quality_assurance", "executive", "administrator")},
    )


class Migration(migrations.Migration):
    dependencies = [("audit", "0002_head_and_triggers"), ("accounts", "0001_initial")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
