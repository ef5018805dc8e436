from django.urls import path

from accord.training.views import (
    assignments,
    catalog,
    home,
    matrix,
    ojt,
    people,
    records,
    setup,
)

app_name = "training"

urlpatterns = [
    path("", home.training_home, name="home"),
    path("matrix/", matrix.matrix_page, name="matrix"),
    path("matrix/export.<str:fmt>", matrix.matrix_export, name="matrix_export"),
    path("people/<int:pk>/", people.person_record, name="person"),
    path("people/<int:pk>/transcript.pdf", people.person_transcript, name="person_transcript"),
    path("people/<int:pk>/job-roles/new/", people.job_role_assign, name="job_role_assign"),
    path(
        "people/<int:pk>/job-roles/<int:holding_pk>/end/",
        people.job_role_end,
        name="job_role_end",
    ),
    path("assignments/", assignments.assignment_list, name="assignments"),
    path("assignments/export.<str:fmt>", assignments.assignment_export, name="assignments_export"),
    path("assignments/new/", assignments.assign, name="assign"),
    path("assignments/<int:pk>/", home.assignment_detail, name="assignment"),
    path("assignments/<int:pk>/sign/", home.assignment_sign, name="assignment_sign"),
    path("assignments/<int:pk>/course/", home.assignment_course, name="assignment_course"),
    path("assignments/<int:pk>/cancel/", assignments.assignment_cancel, name="assignment_cancel"),
    path("assignments/<int:pk>/quiz/", home.quiz_start, name="quiz_start"),
    path("assignments/<int:pk>/quiz/<int:attempt_pk>/", home.quiz, name="quiz"),
    path("requirements/<int:pk>/", records.requirement_detail, name="requirement"),
    path("curricula/<int:pk>/", records.curriculum_detail, name="curriculum"),
    path(
        "curricula/<int:pk>/effectiveness/",
        records.effectiveness_review,
        name="effectiveness_review",
    ),
    path("job-roles/<int:pk>/", records.job_role_detail, name="job_role"),
    path("competencies/<int:pk>/", records.competency_detail, name="competency"),
    path("competencies/assess/", records.competency_record, name="competency_record"),
    path("documents/<int:pk>/", records.document_detail, name="document"),
    path("documents/<int:pk>/new-version/", records.document_version, name="document_version"),
    path("ojt/", ojt.ojt_list, name="ojt_list"),
    path("ojt/export.<str:fmt>", ojt.ojt_export, name="ojt_export"),
    path("ojt/new/", ojt.ojt_start, name="ojt_start"),
    path("ojt/<int:pk>/", ojt.ojt_detail, name="ojt"),
    path("ojt/<int:pk>/sign/", ojt.ojt_sign, name="ojt_sign"),
    path("ojt/<int:pk>/assess/", ojt.ojt_assess, name="ojt_assess"),
]

# The lists of what people must know (catalog) and their set-up forms (setup).
_PATHS = {
    "requirements": ("requirements", "requirement"),
    "curricula": ("curricula", "curriculum"),
    "job_roles": ("job-roles", "job_role"),
    "competencies": ("competencies", "competency"),
    "documents": ("documents", "document"),
}
for key, (prefix, single) in _PATHS.items():
    urlpatterns += [
        path(f"{prefix}/", catalog.catalog_list(key), name=key),
        path(f"{prefix}/export.<str:fmt>", catalog.catalog_export(key), name=f"{key}_export"),
        path(f"{prefix}/new/", setup.create_view(single), name=f"{single}_create"),
    ]
    if single != "document":  # a document's identity does not change; its versions do
        urlpatterns.append(
            path(f"{prefix}/<int:pk>/edit/", setup.edit_view(single), name=f"{single}_edit")
        )
