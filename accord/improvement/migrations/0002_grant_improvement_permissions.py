"""Continuous improvement permissions for the shipped roles on existing databases."""

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
WORKERS = (
    "project_manager",
    "subject_matter_expert",
    "quality_assurance",
    "operations",
    "executive",
)
CHAMPIONS = ("quality_assurance", "operations", "executive")
REGISTER = ("quality_assurance", "executive", "administrator")


def grant(apps, schema_editor):
    grant_to_roles(
        apps,
        schema_editor,
        "improvement",
        {
            "view_initiative": (*STAFF, "sponsor_manager", "sponsor_contact"),
            "view_fivesaudit": STAFF,
            "view_capability": STAFF,
            "add_initiative": WORKERS,
            "change_initiative": WORKERS,
            "add_fivesaudit": WORKERS,
            "change_fivesaudit": WORKERS,
            "approve_initiative": CHAMPIONS,
            "add_capability": REGISTER,
            "change_capability": REGISTER,
        },
    )


class Migration(migrations.Migration):
    dependencies = [
        ("improvement", "0001_initial"),
        ("accounts", "0006_user_manager"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
