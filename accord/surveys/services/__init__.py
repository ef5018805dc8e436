"""Every write of the surveys app: sending (``sending``), answering (``answering``) and
running them (``managing``). Each one audits itself in its transaction."""

from accord.surveys.services.answering import COMMENT_MAX, FOLLOW_UP_DAYS, survey_answer
from accord.surveys.services.managing import (
    close_survey,
    invitation_remind,
    survey_close,
    survey_settings_save,
)
from accord.surveys.services.sending import (
    csat_send_for_concern,
    csat_send_for_milestone,
    nps_send_for_project,
    nps_send_quarterly,
    sponsors_to_ask_quarterly,
)

__all__ = [
    "COMMENT_MAX",
    "FOLLOW_UP_DAYS",
    "close_survey",
    "csat_send_for_concern",
    "csat_send_for_milestone",
    "invitation_remind",
    "nps_send_for_project",
    "nps_send_quarterly",
    "sponsors_to_ask_quarterly",
    "survey_answer",
    "survey_close",
    "survey_settings_save",
]
