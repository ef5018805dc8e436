"""Sponsors' survey answers in the search (see ``accord.search.registry``): what they
wrote in their comments. CDMO staff only, like the results pages."""

from django.urls import reverse

from accord.search.registry import SearchField, SearchType, day, register
from accord.surveys.models import SurveyResponse
from accord.surveys.selectors import responses_visible_to

register(
    SearchType(
        key="survey_answers",
        label="Survey answers",
        model=SurveyResponse,
        visible_to=responses_visible_to,
        fields=(SearchField("comment", "B"),),
        title=lambda answer: f"{answer.survey.title}: {answer.score_label}",
        context=lambda answer: (
            f"{answer.survey.sponsor.name} · {answer.respondent.printed_name} · "
            f"{day(answer.answered_at)}"
        ),
        url=lambda answer, user: reverse("surveys:detail", args=[answer.survey_id]),
        date_field="answered_at",
        icon="bi-ui-checks",
        staff_only=True,
        order=64,
    )
)
