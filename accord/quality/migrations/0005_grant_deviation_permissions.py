"""Batch, deviation and CAPA permissions for the shipped roles on existing databases."""

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
WORKERS = ("project_manager", "subject_matter_expert", "quality_assurance", "operations")
SPONSORS = ("sponsor_manager", "sponsor_contact")


def grant(apps, schema_editor):
    grant_to_roles(
        apps,
        schema_editor,
        "quality",
        {
            "view_batch": (*STAFF, *SPONSORS),
            "view_deviation": (*STAFF, *SPONSORS),
            "view_capa": (*STAFF, *SPONSORS),
            "add_deviation": STAFF,
            "add_batch": WORKERS,
            "change_batch": WORKERS,
            "change_deviation": WORKERS,
            "add_capa": WORKERS,
            "change_capa": WORKERS,
            "approve_deviation": ("quality_assurance",),
            "approve_capa": ("quality_assurance",),
        },
    )


class Migration(migrations.Migration):
    dependencies = [
        ("quality", "0004_deviations_capa"),
        ("accounts", "0006_user_manager"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
