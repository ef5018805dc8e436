"""Change control permissions for the shipped roles on existing databases, and the
full-text index of change controls' titles (PostgreSQL only)."""

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
WORKERS = ("project_manager", "subject_matter_expert", "quality_assurance", "operations")
SPONSORS = ("sponsor_manager", "sponsor_contact")


def grant(apps, schema_editor):
    grant_to_roles(
        apps,
        schema_editor,
        "quality",
        {
            "view_changecontrol": (*STAFF, *SPONSORS),
            "add_changecontrol": WORKERS,
            "change_changecontrol": WORKERS,
            "approve_changecontrol": ("quality_assurance",),
            "decide_changecontrol": ("sponsor_manager",),
        },
    )


class Migration(migrations.Migration):
    dependencies = [
        ("quality", "0009_change_control"),
        ("accounts", "0006_user_manager"),
        ("search", "0001_full_text_indexes"),
    ]

    operations = [
        migrations.RunPython(grant, migrations.RunPython.noop),
        AddSearchIndex(
            model="quality.ChangeControl",
            name="search_quality_changecontrol_public",
            fields=[("title", "A")],
        ),
    ]
