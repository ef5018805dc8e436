"""Scorecard permissions for the shipped roles on existing databases."""

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
        "scorecards",
        {
            "view_scorecard": (*STAFF, "sponsor_manager"),
            "view_scorecardtemplate": STAFF,
            "add_scorecardtemplate": ("executive", "administrator"),
            "change_scorecardtemplate": ("executive", "administrator"),
            "sign_scorecard": ("executive",),
        },
    )


class Migration(migrations.Migration):
    dependencies = [("scorecards", "0001_initial"), ("accounts", "0002_account_controls")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
