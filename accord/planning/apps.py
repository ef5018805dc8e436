from django.apps import AppConfig


class PlanningConfig(AppConfig):
    name = "accord.planning"
    label = "planning"
    verbose_name = "Project plans"

    def ready(self) -> None:
        from accord.audit.registry import register
        from accord.planning import selectors

        register(
            self.get_model("Task"),
            visible_to=selectors.tasks_visible_to,
            children=("planning.taskassignment", "planning.taskskill"),
        )
        register(
            self.get_model("Dependency"),
            visible_to=selectors.dependencies_visible_to,
            label="Task dependency",
        )
        register(
            self.get_model("Holiday"),
            visible_to=selectors.holidays_visible_to,
            label="Site holiday",
        )
        register(
            self.get_model("ExtraWorkingDay"),
            visible_to=selectors.extra_working_days_visible_to,
            label="Site extra working day",
        )
        register(
            self.get_model("ProjectCalendarException"),
            visible_to=selectors.calendar_exceptions_visible_to,
            label="Project calendar day",
        )
        register(self.get_model("Baseline"), visible_to=selectors.baselines_visible_to)
        register(
            self.get_model("BaselineTask"),
            visible_to=selectors.baseline_items_visible_to,
            label="Baseline task",
        )
        register(self.get_model("Decision"), visible_to=selectors.decisions_visible_to)
        register(
            self.get_model("CalendarFeed"),
            visible_to=selectors.feeds_visible_to,
            label="Milestone calendar feed",
        )
        register(
            self.get_model("Simulation"),
            visible_to=selectors.simulations_visible_to,
            label="Schedule risk simulation",
        )
        register(
            self.get_model("TaskSkill"),
            visible_to=selectors.task_skills_visible_to,
            label="Task competency",
        )
        register(
            self.get_model("TaskAssignment"),
            visible_to=selectors.task_assignments_visible_to,
            label="Task assignment",
        )
