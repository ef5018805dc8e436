from django.apps import AppConfig


class LessonsConfig(AppConfig):
    name = "accord.lessons"
    label = "lessons"
    verbose_name = "Lessons learned"

    def ready(self) -> None:
        from accord.audit.registry import register
        from accord.lessons import search, selectors  # noqa: F401  (search registers itself)
        from accord.lessons.services.reviews import closing_check
        from accord.lessons.variables import VARIABLES
        from accord.projects.services import register_status_change
        from accord.scorecards.variables import register as register_variable

        register(self.get_model("Lesson"), visible_to=selectors.lessons_visible_to)
        register(
            self.get_model("LessonsReview"),
            visible_to=selectors.reviews_visible_to,
            label="Lessons review",
        )
        register(
            self.get_model("LessonApplication"),
            visible_to=selectors.applications_visible_to,
            label="Lesson application",
        )
        # A project is completed or cancelled only with its lessons review submitted.
        register_status_change(closing_check)
        register_variable(*VARIABLES)
