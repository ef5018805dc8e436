"""RFP and proposal permissions for the shipped roles on existing databases."""

from django.db import migrations

from accord.accounts.migration_helpers import grant_to_roles

STAFF_READERS = (
    "business_development",
    "project_manager",
    "subject_matter_expert",
    "quality_assurance",
    "executive",
)
SPONSORS = ("sponsor_manager", "sponsor_contact")
REVIEWERS = ("subject_matter_expert", "quality_assurance", "executive")


def grant(apps, schema_editor):
    grant_to_roles(
        apps,
        schema_editor,
        "proposals",
        {
            "view_rfp": (*STAFF_READERS, *SPONSORS),
            "add_rfp": ("business_development", *SPONSORS),
            "change_rfp": ("business_development",),
            "view_proposal": (*STAFF_READERS, *SPONSORS),
            "add_proposal": ("business_development",),
            "change_proposal": ("business_development",),
            "send_proposalrevision": ("business_development",),
            "review_proposalrevision": REVIEWERS,
            "view_revisioncomment": (*STAFF_READERS, *SPONSORS),
            "add_revisioncomment": SPONSORS,
        },
    )


class Migration(migrations.Migration):
    dependencies = [("proposals", "0001_initial"), ("accounts", "0002_account_controls")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
