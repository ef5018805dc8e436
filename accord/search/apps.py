from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules


class SearchConfig(AppConfig):
    name = "accord.search"
    label = "search"
    verbose_name = "Search"

    def ready(self) -> None:
        # Each app declares its searchable types in its own ``search.py`` (the way the
        # admin finds ``admin.py``): importing the module registers them.
        autodiscover_modules("search")
