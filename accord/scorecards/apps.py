from django.apps import AppConfig


class ScorecardsConfig(AppConfig):
    name = "accord.scorecards"
    label = "scorecards"
    verbose_name = "Scorecards and business reviews"
