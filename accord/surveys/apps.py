from django.apps import AppConfig


class SurveysConfig(AppConfig):
    name = "accord.surveys"
    label = "surveys"
    verbose_name = "Sponsor satisfaction surveys"

    def ready(self) -> None:
        from accord.audit.registry import register
        from accord.surveys import selectors

        register(
            self.get_model("Survey"),
            visible_to=selectors.surveys_visible_to,
            children=("surveys.surveyinvitation", "surveys.surveyresponse"),
            # Its history shows its answers' events: their follow-up stays the CDMO's.
            internal_fields=frozenset({"follow_up"}),
        )
        register(
            self.get_model("SurveyInvitation"),
            visible_to=selectors.invitations_visible_to,
            label="Survey invitation",
        )
        register(
            self.get_model("SurveyResponse"),
            visible_to=selectors.responses_visible_to,
            label="Survey answer",
            # The follow-up opened for a low score is the CDMO's own business.
            internal_fields=frozenset({"follow_up"}),
        )
        register(
            self.get_model("SurveySettings"),
            visible_to=selectors.survey_settings_visible_to,
            label="Survey settings",
        )
