"""The full-text index of kudos for the search, on PostgreSQL only (nothing on SQLite)."""

from django.db import migrations

from accord.search.operations import AddSearchIndex


class Migration(migrations.Migration):
    dependencies = [
        ("recognition", "0002_grant_recognition_permissions"),
        ("search", "0001_full_text_indexes"),
    ]

    operations = [
        AddSearchIndex(
            model="recognition.Kudos",
            name="search_recognition_kudos_public",
            fields=[("message", "B")],
        ),
    ]
