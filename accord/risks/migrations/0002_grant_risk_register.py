"""Risk register permissions for the shipped roles on existing databases."""

from django.db import migrations

from accord.accounts.migration_helpers import grant_to_roles

VIEWERS = (
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
        "risks",
        {
            "view_risk": VIEWERS,
            "add_risk": ("project_manager",),
            "change_risk": ("project_manager",),
        },
    )


class Migration(migrations.Migration):
    dependencies = [("risks", "0001_initial"), ("accounts", "0002_account_controls")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
