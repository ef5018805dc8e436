"""Every document uploaded before file versions were kept gets its file as version 1
(the same stored file: nothing is copied)."""

from django.db import migrations


def first_versions(apps, schema_editor):
    Document = apps.get_model("projects", "ProjectDocument")
    Version = apps.get_model("projects", "ProjectDocumentVersion")
    for document in Document.objects.filter(file_versions__isnull=True).iterator():
        version = Version.objects.create(
            document=document,
            number=1,
            file=document.file.name,
            original_name=document.original_name,
            content_type=document.content_type,
            size_bytes=document.size_bytes,
            sha256=document.sha256,
            uploaded_by_id=document.uploaded_by_id,
        )
        # The version was uploaded with the document, not now.
        Version.objects.filter(pk=version.pk).update(uploaded_at=document.uploaded_at)


class Migration(migrations.Migration):
    dependencies = [("projects", "0010_document_file_versions")]

    operations = [migrations.RunPython(first_versions, migrations.RunPython.noop)]
