"""Simulation permissions for the shipped roles on existing databases."""

from django.db import migrations

from accord.accounts.migration_helpers import grant_to_roles

STAFF = (
    "project_manager",
    "quality_assurance",
    "subject_matter_expert",
    "operations",
    "executive",
    "business_development",
    "administrator",
)


def grant(apps, schema_editor):
    grant_to_roles(
        apps,
        schema_editor,
        "planning",
        {
            "view_simulation": (*STAFF, "sponsor_manager", "sponsor_contact"),
            "add_simulation": STAFF,
        },
    )


class Migration(migrations.Migration):
    dependencies = [("planning", "0006_simulation"), ("accounts", "0002_account_controls")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
