from django.urls import path

from accord.qbr import views

app_name = "qbr"

urlpatterns = [
    path("business-reviews/", views.review_list, name="list"),
    path("business-reviews/export/<str:fmt>/", views.review_export, name="export"),
    path("business-reviews/prepare/", views.review_prepare, name="prepare"),
    path("business-reviews/<int:pk>/", views.review_detail, name="detail"),
    path("business-reviews/<int:pk>/edit/", views.review_edit, name="edit"),
    path("business-reviews/<int:pk>/regenerate/", views.review_regenerate, name="regenerate"),
    path("business-reviews/<int:pk>/publish/", views.review_publish, name="publish"),
    path("business-reviews/<int:pk>/pdf/", views.review_pdf, name="pdf"),
    path("business-reviews/<int:pk>/comment/", views.review_comment, name="comment"),
    path(
        "business-reviews/<int:pk>/comments/<int:comment_id>/edit/",
        views.comment_edit,
        name="comment_edit",
    ),
    path(
        "business-reviews/<int:pk>/comments/<int:comment_id>/withdraw/",
        views.comment_withdraw,
        name="comment_withdraw",
    ),
]
