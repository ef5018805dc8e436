"""Quality agreement permissions for the shipped roles on existing databases."""

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
        "quality",
        {
            "view_qualityagreement": (*STAFF, "sponsor_manager", "sponsor_contact"),
            "add_qualityagreement": ("quality_assurance", "administrator"),
            "change_qualityagreement": ("quality_assurance", "administrator"),
            "approve_qualityagreement": ("quality_assurance",),
        },
    )


class Migration(migrations.Migration):
    dependencies = [
        ("quality", "0001_initial"),
        ("accounts", "0006_user_manager"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
