"""Service-level permissions for the shipped roles on existing databases."""

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
SETTERS = ("executive", "administrator")


def grant(apps, schema_editor):
    grant_to_roles(
        apps,
        schema_editor,
        "service",
        {
            "view_slapolicy": (*STAFF, "sponsor_manager", "sponsor_contact"),
            "view_servicehours": STAFF,
            "add_slapolicy": SETTERS,
            "change_slapolicy": SETTERS,
            "delete_slapolicy": SETTERS,
            "change_servicehours": ("operations", "administrator"),
            "view_concern": (*STAFF, "sponsor_manager", "sponsor_contact"),
            "add_concern": (*STAFF, "sponsor_manager", "sponsor_contact"),
            "change_concern": STAFF,
            "confirm_concern": ("sponsor_manager", "sponsor_contact"),
            "assign_concern": ("project_manager", "executive", "administrator"),
        },
    )


class Migration(migrations.Migration):
    dependencies = [
        ("service", "0001_initial"),
        ("accounts", "0005_signin_lock_per_source"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
