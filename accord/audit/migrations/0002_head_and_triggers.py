from django.db import migrations

from accord.audit import triggers
from accord.audit.chain import GENESIS


def create_head(apps, schema_editor):
    AuditChainHead = apps.get_model("audit", "AuditChainHead")
    AuditChainHead.objects.using(schema_editor.connection.alias).get_or_create(
        pk=1, defaults={"seq": 0, "hash": GENESIS}
    )


def install_triggers(apps, schema_editor):
    triggers.install(schema_editor.connection)


def remove_triggers(apps, schema_editor):
    triggers.remove(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [("audit", "0001_initial")]

    operations = [
        migrations.RunPython(create_head, migrations.RunPython.noop),
        migrations.RunPython(install_triggers, remove_triggers),
    ]
