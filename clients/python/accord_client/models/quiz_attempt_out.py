from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.quiz_question_out import QuizQuestionOut





T = TypeVar("T", bound="QuizAttemptOut")



@_attrs_define
class QuizAttemptOut:
    """ 
        Attributes:
            assignment_id (int):
            id (int):
            number (int):
            pass_mark (int | None):
            passed (bool | None):
            questions (list[QuizQuestionOut]):
            score (int | None): Percent right, once submitted
            started_at (datetime.datetime):
            submitted_at (datetime.datetime | None):
     """

    assignment_id: int
    id: int
    number: int
    pass_mark: int | None
    passed: bool | None
    questions: list[QuizQuestionOut]
    score: int | None
    started_at: datetime.datetime
    submitted_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.quiz_question_out import QuizQuestionOut # noqa: PLC0415
        assignment_id = self.assignment_id

        id = self.id

        number = self.number

        pass_mark: int | None
        pass_mark = self.pass_mark

        passed: bool | None
        passed = self.passed

        questions = []
        for questions_item_data in self.questions:
            questions_item = questions_item_data.to_dict()
            questions.append(questions_item)



        score: int | None
        score = self.score

        started_at = self.started_at.isoformat()

        submitted_at: None | str
        if isinstance(self.submitted_at, datetime.datetime):
            submitted_at = self.submitted_at.isoformat()
        else:
            submitted_at = self.submitted_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "assignment_id": assignment_id,
            "id": id,
            "number": number,
            "pass_mark": pass_mark,
            "passed": passed,
            "questions": questions,
            "score": score,
            "started_at": started_at,
            "submitted_at": submitted_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.quiz_question_out import QuizQuestionOut # noqa: PLC0415
        d = dict(src_dict)
        assignment_id = d.pop("assignment_id")

        id = d.pop("id")

        number = d.pop("number")

        def _parse_pass_mark(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        pass_mark = _parse_pass_mark(d.pop("pass_mark"))


        def _parse_passed(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        passed = _parse_passed(d.pop("passed"))


        questions = []
        _questions = d.pop("questions")
        for questions_item_data in (_questions):
            questions_item = QuizQuestionOut.from_dict(questions_item_data)



            questions.append(questions_item)


        def _parse_score(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        score = _parse_score(d.pop("score"))


        started_at = datetime.datetime.fromisoformat(d.pop("started_at"))




        def _parse_submitted_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submitted_at_type_0 = datetime.datetime.fromisoformat(data)



                return submitted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        submitted_at = _parse_submitted_at(d.pop("submitted_at"))


        quiz_attempt_out = cls(
            assignment_id=assignment_id,
            id=id,
            number=number,
            pass_mark=pass_mark,
            passed=passed,
            questions=questions,
            score=score,
            started_at=started_at,
            submitted_at=submitted_at,
        )


        quiz_attempt_out.additional_properties = d
        return quiz_attempt_out

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
