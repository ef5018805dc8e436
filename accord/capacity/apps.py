from django.apps import AppConfig


class CapacityConfig(AppConfig):
    name = "accord.capacity"
    label = "capacity"
    verbose_name = "Capacity"

    def ready(self) -> None:
        from accord.audit.registry import register
        from accord.capacity import selectors

        register(
            self.get_model("Resource"),
            visible_to=selectors.resources_visible_to,
            label="Resource",
            children=("capacity.availability",),
        )
        register(
            self.get_model("Availability"),
            visible_to=selectors.availability_visible_to,
            label="Availability change",
        )
        register(
            self.get_model("TaskDemand"),
            visible_to=selectors.demands_visible_to,
            label="Resource demand",
        )
        register(
            self.get_model("LevelingRun"),
            visible_to=selectors.runs_visible_to,
            label="Leveling run",
            children=("capacity.levelingmove", "capacity.levelingoutcome"),
        )
        register(
            self.get_model("LevelingMove"),
            visible_to=selectors.moves_visible_to,
            label="Leveling move",
        )
        register(
            self.get_model("CapacityCheck"),
            visible_to=selectors.checks_visible_to,
            label="Capacity check",
        )
        register(
            self.get_model("LevelingOutcome"),
            visible_to=selectors.outcomes_visible_to,
            label="Leveling outcome",
        )
