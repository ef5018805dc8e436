"""The full-text index of deviations' numbers and titles (PostgreSQL only; see accord.search)."""

from django.db import migrations

from accord.search.operations import AddSearchIndex


class Migration(migrations.Migration):
    dependencies = [
        ("quality", "0005_grant_deviation_permissions"),
        ("search", "0001_full_text_indexes"),
    ]

    operations = [
        AddSearchIndex(
            model="quality.Deviation",
            name="search_quality_deviation_public",
            fields=[("number", "A"), ("title", "A")],
        ),
    ]
