"""Business review permissions for the shipped roles on existing databases, and the
full-text index of the reviews' narrative (PostgreSQL only)."""

from django.db import migrations

from accord.accounts.migration_helpers import grant_to_roles
from accord.search.operations import AddSearchIndex

STAFF = (
    "business_development",
    "project_manager",
    "subject_matter_expert",
    "quality_assurance",
    "operations",
    "executive",
    "administrator",
)
ACCOUNT_TEAM = ("business_development", "project_manager", "executive")
PUBLISHERS = ("business_development", "executive")
SPONSORS = ("sponsor_manager", "sponsor_contact")


def grant(apps, schema_editor):
    grant_to_roles(
        apps,
        schema_editor,
        "qbr",
        {
            "view_businessreview": STAFF + SPONSORS,
            "add_businessreview": ACCOUNT_TEAM,
            "change_businessreview": ACCOUNT_TEAM,
            "publish_businessreview": PUBLISHERS,
            "comment_businessreview": ACCOUNT_TEAM + SPONSORS,
        },
    )


class Migration(migrations.Migration):
    dependencies = [
        ("qbr", "0001_initial"),
        ("accounts", "0006_user_manager"),
        ("search", "0001_full_text_indexes"),
    ]

    operations = [
        migrations.RunPython(grant, migrations.RunPython.noop),
        AddSearchIndex(
            model="qbr.BusinessReview",
            name="search_qbr_businessreview_public",
            fields=[("summary", "B"), ("highlights", "C"), ("issues", "C"), ("outlook", "C")],
        ),
    ]
