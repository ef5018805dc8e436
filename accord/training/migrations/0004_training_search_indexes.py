"""The full-text indexes of training requirements and controlled documents (PostgreSQL
only; see accord.search)."""

from django.db import migrations

from accord.search.operations import AddSearchIndex


class Migration(migrations.Migration):
    dependencies = [
        ("training", "0003_periodic_retraining_by_accord"),
        ("search", "0001_full_text_indexes"),
    ]

    operations = [
        AddSearchIndex(
            model="training.Requirement",
            name="search_training_requirement_public",
            fields=[("code", "A"), ("title", "A"), ("description", "B")],
        ),
        AddSearchIndex(
            model="training.ControlledDocument",
            name="search_training_controlleddocument_public",
            fields=[("number", "A"), ("title", "A")],
        ),
    ]
