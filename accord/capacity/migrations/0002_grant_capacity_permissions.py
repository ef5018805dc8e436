"""The capacity permissions for the shipped roles on existing databases: every staff member
reads resources and leveling runs; project managers run leveling; operations and
administrators keep the register and apply runs; executives run and apply them."""

from django.db import migrations

from accord.accounts.migration_helpers import grant_to_roles

STAFF = (
    "business_development",
    "project_manager",
    "subject_matter_expert",
    "quality_assurance",
    "operations",
    "executive",
    "administrator",
)


def grant(apps, schema_editor):
    grant_to_roles(
        apps,
        schema_editor,
        "capacity",
        {
            "view_resource": STAFF,
            "view_levelingrun": STAFF,
            "manage_resource": ("operations", "administrator"),
            "run_leveling": ("project_manager", "operations", "executive", "administrator"),
            "apply_leveling": ("operations", "executive", "administrator"),
        },
    )


class Migration(migrations.Migration):
    dependencies = [
        ("capacity", "0001_initial"),
        ("accounts", "0007_api_token_scopes"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
