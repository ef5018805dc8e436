from django.apps import AppConfig


class MeetingsConfig(AppConfig):
    name = "accord.meetings"
    label = "meetings"
    verbose_name = "Meetings"

    def ready(self) -> None:
        from accord.audit.registry import register
        from accord.meetings import selectors

        # Decisions and action items are audited with their meeting as parent, so the
        # meeting's history tells the whole story; internal notes stay the CDMO's own.
        register(
            self.get_model("Meeting"),
            visible_to=selectors.meetings_visible_to,
            internal_fields={"internal_notes"},
            children=("meetings.meetingdecision", "meetings.actionitem"),
        )
        register(
            self.get_model("MeetingDecision"),
            visible_to=selectors.decisions_visible_to,
            label="Meeting decision",
        )
        register(
            self.get_model("ActionItem"),
            visible_to=selectors.action_items_visible_to,
            label="Action item",
        )
