"""The full-text index of survey answers' comments (PostgreSQL only; see accord.search)."""

from django.db import migrations

from accord.search.operations import AddSearchIndex


class Migration(migrations.Migration):
    dependencies = [
        ("surveys", "0001_initial"),
        ("search", "0001_full_text_indexes"),
    ]

    operations = [
        AddSearchIndex(
            model="surveys.SurveyResponse",
            name="search_surveys_surveyresponse_public",
            fields=[("comment", "B")],
        ),
    ]
