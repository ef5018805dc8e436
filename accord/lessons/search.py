"""Lessons in the search (see ``accord.search.registry``): CDMO staff find a lesson by its
number, title, what happened or its recommendation; sponsor users never."""

from django.urls import reverse

from accord.lessons.models import Lesson
from accord.lessons.selectors import lessons_visible_to
from accord.search.registry import SearchField, SearchType, register

register(
    SearchType(
        key="library_lessons",
        label="Lessons (library)",
        model=Lesson,
        visible_to=lessons_visible_to,
        fields=(
            SearchField("number", "A"),
            SearchField("title", "A"),
            SearchField("recommendation", "B"),
            SearchField("what_happened", "C"),
        ),
        title_field="title",
        reference=lambda lesson: lesson.number,
        context=lambda lesson: (
            f"{lesson.get_source_kind_display()} · {lesson.get_cause_display()} · "
            f"{lesson.get_status_display()}"
        ),
        url=lambda lesson, user: reverse("lessons:detail", args=[lesson.pk]),
        date_field="recorded_at",
        icon="bi-lightbulb",
        staff_only=True,
        order=76,
    )
)
