from django.urls import path

from accord.scorecards import portal_views, views

app_name = "scorecards"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("sites/<int:key>/", views.dashboard, {"kind": "site"}, name="site"),
    path("sponsors/<int:key>/", views.dashboard, {"kind": "sponsor"}, name="sponsor"),
    path("all/", views.scorecard_list, name="list"),
    path("all/export.<str:fmt>", views.scorecard_export, name="export"),
    path("<int:pk>/", views.scorecard_detail, name="detail"),
    path("<int:pk>/pdf/", views.scorecard_pdf, name="pdf"),
    path("<int:pk>/sign/", views.scorecard_sign, name="sign"),
    path("templates/", views.template_list, name="templates"),
    path("templates/new/", views.template_create, name="template_create"),
    path("templates/<int:pk>/", views.template_detail, name="template"),
    path("templates/<int:pk>/edit/", views.template_edit, name="template_edit"),
    path("ours/", portal_views.portal, name="portal"),
    path("ours/<int:pk>/", portal_views.portal_detail, name="portal_detail"),
    path("ours/<int:pk>/pdf/", portal_views.portal_pdf, name="portal_pdf"),
]
