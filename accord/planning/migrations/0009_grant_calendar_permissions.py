"""Site calendar permissions for the shipped roles on existing databases: every staff
role reads the site calendars; project managers and operations (the planners) edit them."""

from django.db import migrations

from accord.accounts.migration_helpers import grant_to_roles

STAFF = (
    "project_manager",
    "quality_assurance",
    "subject_matter_expert",
    "operations",
    "executive",
    "business_development",
    "administrator",
)


def grant(apps, schema_editor):
    grant_to_roles(
        apps,
        schema_editor,
        "planning",
        {"view_holiday": STAFF, "manage_calendar": ("project_manager", "operations")},
    )


class Migration(migrations.Migration):
    dependencies = [("planning", "0008_site_calendars"), ("accounts", "0004_site_holiday_region")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
