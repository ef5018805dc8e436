from django.apps import AppConfig


class ScorecardsConfig(AppConfig):
    name = "accord.scorecards"
    label = "scorecards"
    verbose_name = "Scorecards and business reviews"

    def ready(self) -> None:
        from accord.audit.registry import register
        from accord.scorecards import selectors

        register(
            self.get_model("ScorecardTemplate"),
            visible_to=selectors.templates_visible_to,
            label="Scorecard template",
        )
        register(
            self.get_model("Criterion"),
            visible_to=selectors.criteria_visible_to,
            label="Scorecard criterion",
        )
        register(
            self.get_model("StandingBand"),
            visible_to=selectors.bands_visible_to,
            label="Scorecard standing",
        )
        register(
            self.get_model("Scorecard"),
            visible_to=selectors.scorecards_visible_to,
            label="Scorecard",
        )
        from accord.scorecards.figures import register_figures

        register_figures()
