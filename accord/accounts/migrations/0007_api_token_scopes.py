"""Token scopes. Tokens made before scopes existed could write: they become read-write
so that no current integration breaks; tokens made from now on default to read-only."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0006_user_manager"),
        ("projects", "0009_membership_version"),
    ]

    operations = [
        migrations.AddField(
            model_name="apitoken",
            name="scope",
            field=models.CharField(
                choices=[("read_only", "Read-only"), ("read_write", "Read and write")],
                default="read_write",
                max_length=16,
            ),
        ),
        migrations.AlterField(
            model_name="apitoken",
            name="scope",
            field=models.CharField(
                choices=[("read_only", "Read-only"), ("read_write", "Read and write")],
                default="read_only",
                max_length=16,
            ),
        ),
        migrations.AddField(
            model_name="apitoken",
            name="projects",
            field=models.ManyToManyField(
                blank=True,
                help_text="If any, the token sees only these projects; none means all the user sees.",
                related_name="api_tokens",
                to="projects.project",
            ),
        ),
    ]
