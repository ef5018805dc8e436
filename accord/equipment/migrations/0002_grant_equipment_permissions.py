"""Equipment permissions for the shipped roles on existing databases, and the full-text
index of equipment numbers and names (PostgreSQL only)."""

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
KEEPERS = ("subject_matter_expert", "quality_assurance", "operations")


def grant(apps, schema_editor):
    grant_to_roles(
        apps,
        schema_editor,
        "equipment",
        {
            "view_equipment": STAFF,
            "manage_equipment": KEEPERS,
            "approve_qualification": ("quality_assurance",),
        },
    )


class Migration(migrations.Migration):
    dependencies = [
        ("equipment", "0001_initial"),
        ("accounts", "0006_user_manager"),
        ("search", "0001_full_text_indexes"),
    ]

    operations = [
        migrations.RunPython(grant, migrations.RunPython.noop),
        AddSearchIndex(
            model="equipment.Equipment",
            name="search_equipment_equipment_public",
            fields=[
                ("code", "A"),
                ("name", "A"),
                ("serial_number", "B"),
                ("manufacturer", "C"),
                ("location", "C"),
            ],
        ),
    ]
