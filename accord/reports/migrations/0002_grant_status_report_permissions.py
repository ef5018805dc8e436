"""Status report permissions for the shipped roles on existing databases."""

from django.db import migrations

from accord.accounts.migration_helpers import grant_to_roles

READERS = (
    "project_manager",
    "quality_assurance",
    "subject_matter_expert",
    "operations",
    "executive",
    "business_development",
    "administrator",
    "sponsor_manager",
    "sponsor_contact",
)


def grant(apps, schema_editor):
    grant_to_roles(
        apps,
        schema_editor,
        "reports",
        {
            "view_statusreport": READERS,
            "add_statusreport": ("project_manager",),
            "change_statusreport": ("project_manager",),
            "publish_statusreport": ("project_manager",),
        },
    )


class Migration(migrations.Migration):
    dependencies = [("reports", "0001_initial"), ("accounts", "0002_account_controls")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
