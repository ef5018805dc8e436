from django.urls import include, path

app_name = "capacity"

urlpatterns = [
    path("", include("accord.capacity.load_urls")),
    path("resources/", include("accord.capacity.register_urls")),
    path("leveling/", include("accord.capacity.leveling_urls")),
    path("proposals/", include("accord.capacity.proposal_urls")),
]
