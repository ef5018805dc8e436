from django.apps import AppConfig


class ChangesConfig(AppConfig):
    name = "accord.changes"
    label = "changes"
    verbose_name = "Change orders"

    def ready(self) -> None:
        from accord.audit.registry import register
        from accord.changes import selectors

        # Adding or removing a plan edit is audited on its change order, with the list of
        # edits before and after, so the change order's history tells the whole story.
        register(
            self.get_model("ChangeOrder"),
            visible_to=selectors.change_orders_visible_to,
            children=("changes.changeorderplanedit",),
            # Drafting and internal review (price iterations) stay inside the CDMO.
            sponsor_history_from="changes.changeorder.send",
        )
        register(
            self.get_model("ChangeOrderPlanEdit"),
            visible_to=selectors.plan_edits_visible_to,
            label="Change order plan edit",
        )
