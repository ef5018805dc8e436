"""Survey permissions for the shipped roles on existing databases."""

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
SPONSORS = ("sponsor_manager", "sponsor_contact")
RUNNERS = ("executive", "administrator")


def grant(apps, schema_editor):
    grant_to_roles(
        apps,
        schema_editor,
        "surveys",
        {
            "view_survey": (*STAFF, *SPONSORS),
            "view_surveyresponse": (*STAFF, *SPONSORS),
            "view_surveysettings": STAFF,
            "answer_survey": SPONSORS,
            "change_surveysettings": RUNNERS,
            "close_survey": RUNNERS,
        },
    )


class Migration(migrations.Migration):
    dependencies = [
        ("surveys", "0002_full_text_index"),
        ("accounts", "0005_signin_lock_per_source"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
