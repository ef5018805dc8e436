from django.urls import path

from accord.improvement.views import capabilities, fives, initiatives, pdf, portal

app_name = "improvement"

urlpatterns = [
    path("initiatives/", initiatives.initiative_list, name="list"),
    path("initiatives/export/<str:fmt>/", initiatives.initiative_export, name="export"),
    path("initiatives/new/", initiatives.initiative_create, name="create"),
    path("initiatives/<int:pk>/", initiatives.initiative_detail, name="detail"),
    path("initiatives/<int:pk>/pdf/", pdf.staff_pdf, name="pdf"),
    path("initiatives/<int:pk>/edit/", initiatives.initiative_edit, name="edit"),
    path("initiatives/<int:pk>/baseline/", initiatives.initiative_baseline, name="baseline"),
    path(
        "initiatives/<int:pk>/deliverables/<int:deliverable_pk>/",
        initiatives.deliverable_toggle,
        name="deliverable",
    ),
    path(
        "initiatives/<int:pk>/deliverables/add/",
        initiatives.deliverable_add,
        name="deliverable_add",
    ),
    path(
        "initiatives/<int:pk>/deliverables/<int:deliverable_pk>/remove/",
        initiatives.deliverable_remove,
        name="deliverable_remove",
    ),
    path("initiatives/<int:pk>/gate/", initiatives.initiative_gate, name="gate"),
    path("initiatives/<int:pk>/close/", initiatives.initiative_close, name="close"),
    path("initiatives/<int:pk>/cancel/", initiatives.initiative_cancel, name="cancel"),
    path("our-initiatives/", portal.portal_list, name="portal_list"),
    path("our-initiatives/<int:pk>/", portal.portal_detail, name="portal_detail"),
    path("our-initiatives/<int:pk>/pdf/", pdf.portal_pdf, name="portal_pdf"),
    path("5s/", fives.area_list, name="areas"),
    path("5s/export/<str:fmt>/", fives.audit_export, name="audit_export"),
    path("5s/areas/new/", fives.area_create, name="area_create"),
    path("5s/areas/<int:pk>/", fives.area_detail, name="area_detail"),
    path("5s/areas/<int:pk>/audit/", fives.audit_create, name="audit_create"),
    path("5s/audits/<int:pk>/", fives.audit_detail, name="audit_detail"),
    path("5s/audits/<int:pk>/actions/new/", fives.action_add, name="action_add"),
    path("5s/actions/<int:pk>/done/", fives.action_done, name="action_done"),
    path("technologies/", capabilities.capability_list, name="capabilities"),
    path(
        "technologies/export/<str:fmt>/", capabilities.capability_export, name="capability_export"
    ),
    path("technologies/new/", capabilities.capability_create, name="capability_create"),
    path("technologies/<int:pk>/", capabilities.capability_detail, name="capability_detail"),
]
