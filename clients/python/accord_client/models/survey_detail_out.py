from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.answer_out import AnswerOut
  from ..models.choice_out import ChoiceOut





T = TypeVar("T", bound="SurveyDetailOut")



@_attrs_define
class SurveyDetailOut:
    """ 
        Attributes:
            answered_by_me (bool):
            answers (list[AnswerOut]): The answers you may see
            asked_me (bool): The survey was sent to you
            can_answer (bool): Open, sent to you, and not answered yet
            categories (list[ChoiceOut]): The six ratings of a relationship survey
            closed_at (datetime.datetime | None):
            closes_at (datetime.datetime):
            id (int):
            kind (str): csat (1 to 5) or nps (0 to 10)
            kind_label (str):
            project_code (None | str):
            question (str):
            reasons (list[ChoiceOut]): The reasons a low score may give
            sent_at (datetime.datetime):
            sponsor_id (int):
            sponsor_name (str):
            state (str):
            state_label (str):
            title (str):
            trigger (str): concern, milestone, quarterly or project_closed
            trigger_label (str):
     """

    answered_by_me: bool
    answers: list[AnswerOut]
    asked_me: bool
    can_answer: bool
    categories: list[ChoiceOut]
    closed_at: datetime.datetime | None
    closes_at: datetime.datetime
    id: int
    kind: str
    kind_label: str
    project_code: None | str
    question: str
    reasons: list[ChoiceOut]
    sent_at: datetime.datetime
    sponsor_id: int
    sponsor_name: str
    state: str
    state_label: str
    title: str
    trigger: str
    trigger_label: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.answer_out import AnswerOut # noqa: PLC0415
        from ..models.choice_out import ChoiceOut # noqa: PLC0415
        answered_by_me = self.answered_by_me

        answers = []
        for answers_item_data in self.answers:
            answers_item = answers_item_data.to_dict()
            answers.append(answers_item)



        asked_me = self.asked_me

        can_answer = self.can_answer

        categories = []
        for categories_item_data in self.categories:
            categories_item = categories_item_data.to_dict()
            categories.append(categories_item)



        closed_at: None | str
        if isinstance(self.closed_at, datetime.datetime):
            closed_at = self.closed_at.isoformat()
        else:
            closed_at = self.closed_at

        closes_at = self.closes_at.isoformat()

        id = self.id

        kind = self.kind

        kind_label = self.kind_label

        project_code: None | str
        project_code = self.project_code

        question = self.question

        reasons = []
        for reasons_item_data in self.reasons:
            reasons_item = reasons_item_data.to_dict()
            reasons.append(reasons_item)



        sent_at = self.sent_at.isoformat()

        sponsor_id = self.sponsor_id

        sponsor_name = self.sponsor_name

        state = self.state

        state_label = self.state_label

        title = self.title

        trigger = self.trigger

        trigger_label = self.trigger_label


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "answered_by_me": answered_by_me,
            "answers": answers,
            "asked_me": asked_me,
            "can_answer": can_answer,
            "categories": categories,
            "closed_at": closed_at,
            "closes_at": closes_at,
            "id": id,
            "kind": kind,
            "kind_label": kind_label,
            "project_code": project_code,
            "question": question,
            "reasons": reasons,
            "sent_at": sent_at,
            "sponsor_id": sponsor_id,
            "sponsor_name": sponsor_name,
            "state": state,
            "state_label": state_label,
            "title": title,
            "trigger": trigger,
            "trigger_label": trigger_label,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.answer_out import AnswerOut # noqa: PLC0415
        from ..models.choice_out import ChoiceOut # noqa: PLC0415
        d = dict(src_dict)
        answered_by_me = d.pop("answered_by_me")

        answers = []
        _answers = d.pop("answers")
        for answers_item_data in (_answers):
            answers_item = AnswerOut.from_dict(answers_item_data)



            answers.append(answers_item)


        asked_me = d.pop("asked_me")

        can_answer = d.pop("can_answer")

        categories = []
        _categories = d.pop("categories")
        for categories_item_data in (_categories):
            categories_item = ChoiceOut.from_dict(categories_item_data)



            categories.append(categories_item)


        def _parse_closed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_at_type_0 = datetime.datetime.fromisoformat(data)



                return closed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        closed_at = _parse_closed_at(d.pop("closed_at"))


        closes_at = datetime.datetime.fromisoformat(d.pop("closes_at"))




        id = d.pop("id")

        kind = d.pop("kind")

        kind_label = d.pop("kind_label")

        def _parse_project_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        project_code = _parse_project_code(d.pop("project_code"))


        question = d.pop("question")

        reasons = []
        _reasons = d.pop("reasons")
        for reasons_item_data in (_reasons):
            reasons_item = ChoiceOut.from_dict(reasons_item_data)



            reasons.append(reasons_item)


        sent_at = datetime.datetime.fromisoformat(d.pop("sent_at"))




        sponsor_id = d.pop("sponsor_id")

        sponsor_name = d.pop("sponsor_name")

        state = d.pop("state")

        state_label = d.pop("state_label")

        title = d.pop("title")

        trigger = d.pop("trigger")

        trigger_label = d.pop("trigger_label")

        survey_detail_out = cls(
            answered_by_me=answered_by_me,
            answers=answers,
            asked_me=asked_me,
            can_answer=can_answer,
            categories=categories,
            closed_at=closed_at,
            closes_at=closes_at,
            id=id,
            kind=kind,
            kind_label=kind_label,
            project_code=project_code,
            question=question,
            reasons=reasons,
            sent_at=sent_at,
            sponsor_id=sponsor_id,
            sponsor_name=sponsor_name,
            state=state,
            state_label=state_label,
            title=title,
            trigger=trigger,
            trigger_label=trigger_label,
        )


        survey_detail_out.additional_properties = d
        return survey_detail_out

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
