"""Kudos permissions for the shipped roles on existing databases."""

from django.db import migrations

from accord.accounts.migration_helpers import grant_to_roles

EVERYONE = (
    "business_development",
    "project_manager",
    "subject_matter_expert",
    "quality_assurance",
    "operations",
    "executive",
    "administrator",
    "sponsor_manager",
    "sponsor_contact",
)


def grant(apps, schema_editor):
    grant_to_roles(
        apps,
        schema_editor,
        "recognition",
        {"view_kudos": EVERYONE, "add_kudos": EVERYONE},
    )


class Migration(migrations.Migration):
    dependencies = [
        ("recognition", "0001_initial"),
        ("accounts", "0006_user_manager"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
