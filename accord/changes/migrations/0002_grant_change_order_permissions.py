"""Change order permissions for the shipped roles on existing databases."""

from django.db import migrations

from accord.accounts.migration_helpers import grant_to_roles

READERS = (
    "project_manager",
    "quality_assurance",
    "subject_matter_expert",
    "operations",
    "executive",
    "business_development",
    "sponsor_manager",
    "sponsor_contact",
)


def grant(apps, schema_editor):
    grant_to_roles(
        apps,
        schema_editor,
        "changes",
        {
            "view_changeorder": READERS,
            "add_changeorder": ("project_manager",),
            "change_changeorder": ("project_manager",),
            "send_changeorder": ("project_manager", "quality_assurance"),
            "accept_changeorder": ("sponsor_manager",),
        },
    )


class Migration(migrations.Migration):
    dependencies = [("changes", "0001_initial"), ("accounts", "0002_account_controls")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
