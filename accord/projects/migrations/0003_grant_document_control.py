"""Document control permissions for the shipped roles on existing databases."""

from django.db import migrations

from accord.accounts.migration_helpers import grant_to_roles


def grant(apps, schema_editor):
    grant_to_roles(
        apps,
        schema_editor,
        "projects",
        {
            "approve_projectdocument": ("quality_assurance",),
            "change_projectdocument": ("project_manager", "quality_assurance"),
        },
    )


class Migration(migrations.Migration):
    dependencies = [("projects", "0002_document_control"), ("accounts", "0002_account_controls")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
