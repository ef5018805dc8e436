"""Training permissions for the shipped roles on existing databases."""

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
KEEPERS = ("quality_assurance", "operations")


def grant(apps, schema_editor):
    grant_to_roles(
        apps,
        schema_editor,
        "training",
        {
            "view_assignment": STAFF,
            "manage_training": KEEPERS,
            "assess_competency": (*KEEPERS, "subject_matter_expert"),
            "override_gate": KEEPERS,
        },
    )


class Migration(migrations.Migration):
    dependencies = [
        ("training", "0001_initial"),
        ("accounts", "0006_user_manager"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
