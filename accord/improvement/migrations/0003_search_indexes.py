"""The full-text indexes of initiatives and capabilities (PostgreSQL only; see
accord.search)."""

from django.db import migrations

from accord.search.operations import AddSearchIndex


class Migration(migrations.Migration):
    dependencies = [
        ("improvement", "0002_grant_improvement_permissions"),
        ("search", "0001_full_text_indexes"),
    ]

    operations = [
        AddSearchIndex(
            model="improvement.Initiative",
            name="search_improvement_initiative_public",
            fields=[
                ("code", "A"),
                ("title", "A"),
                ("problem_statement", "B"),
                ("before", "C"),
                ("after", "C"),
            ],
        ),
        AddSearchIndex(
            model="improvement.Capability",
            name="search_improvement_capability_public",
            fields=[("name", "A"), ("description", "B")],
        ),
    ]
