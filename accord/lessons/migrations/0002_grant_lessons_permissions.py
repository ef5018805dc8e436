"""Lessons permissions for the shipped roles on existing databases, and the full-text
index of lessons (PostgreSQL only)."""

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
CURATORS = ("project_manager", "quality_assurance", "executive")


def grant(apps, schema_editor):
    grant_to_roles(
        apps,
        schema_editor,
        "lessons",
        {
            "view_lesson": STAFF,
            "add_lesson": STAFF,
            "change_lesson": CURATORS,
            "publish_lesson": CURATORS,
        },
    )


class Migration(migrations.Migration):
    dependencies = [
        ("lessons", "0001_initial"),
        ("accounts", "0006_user_manager"),
        ("search", "0001_full_text_indexes"),
    ]

    operations = [
        migrations.RunPython(grant, migrations.RunPython.noop),
        AddSearchIndex(
            model="lessons.Lesson",
            name="search_lessons_lesson_public",
            fields=[
                ("number", "A"),
                ("title", "A"),
                ("recommendation", "B"),
                ("what_happened", "C"),
            ],
        ),
    ]
