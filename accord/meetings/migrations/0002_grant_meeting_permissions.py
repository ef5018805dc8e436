"""Meeting permissions for the shipped roles on existing databases."""

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
        "meetings",
        {
            "view_meeting": READERS,
            # Readers may mark done the action items they own.
            "close_actionitem": READERS,
            "add_meeting": ("project_manager",),
            "change_meeting": ("project_manager",),
            "add_actionitem": ("project_manager",),
            "change_actionitem": ("project_manager",),
        },
    )


class Migration(migrations.Migration):
    dependencies = [("meetings", "0001_initial"), ("accounts", "0002_account_controls")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
