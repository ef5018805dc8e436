from django.urls import path

from accord.lessons.views import library, reviews

app_name = "lessons"

urlpatterns = [
    path("", library.library, name="library"),
    path("export/<str:fmt>/", library.library_export, name="export"),
    path("<int:pk>/", library.lesson_detail, name="detail"),
    path("<int:pk>/edit/", library.lesson_edit, name="edit"),
    path("<int:pk>/publish/", library.lesson_publish, name="publish"),
    path("<int:pk>/curriculum/", library.lesson_curriculum, name="curriculum"),
    path("<int:pk>/apply/<str:target>/<int:target_pk>/", library.lesson_apply, name="apply"),
    path("from/<str:kind>/<int:source_pk>/", library.lesson_from_source, name="from_source"),
    path("reviews/", reviews.review_list, name="reviews"),
    path("reviews/export/<str:fmt>/", reviews.review_export, name="review_export"),
    path("projects/<int:pk>/review/", reviews.review_page, name="review"),
    path("projects/<int:pk>/review/pdf/", reviews.review_pdf, name="review_pdf"),
    path("projects/<int:pk>/review/start/", reviews.review_start, name="review_start"),
    path("projects/<int:pk>/review/edit/", reviews.review_edit, name="review_edit"),
    path("projects/<int:pk>/review/findings/new/", reviews.review_finding, name="review_finding"),
    path("projects/<int:pk>/review/submit/", reviews.review_submit, name="review_submit"),
]
