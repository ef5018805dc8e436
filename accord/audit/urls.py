from django.urls import path, register_converter

from accord.audit import views


class TypeLabelConverter:
    regex = r"[a-z_]+\.[a-z_]+"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(TypeLabelConverter, "typelabel")

app_name = "audit"

urlpatterns = [
    path("", views.trail, name="trail"),
    path("export.<str:fmt>", views.trail_export, name="trail_export"),
    path("<typelabel:type_label>/<str:object_id>/", views.history, name="history"),
    path(
        "<typelabel:type_label>/<str:object_id>/export.<str:fmt>",
        views.history_export,
        name="history_export",
    ),
]
