from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.answers_in_answers import AnswersInAnswers





T = TypeVar("T", bound="AnswersIn")



@_attrs_define
class AnswersIn:
    """ 
        Attributes:
            answers (AnswersInAnswers): Question id → the chosen answer's index in the bank
     """

    answers: AnswersInAnswers





    def to_dict(self) -> dict[str, Any]:
        from ..models.answers_in_answers import AnswersInAnswers # noqa: PLC0415
        answers = self.answers.to_dict()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "answers": answers,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.answers_in_answers import AnswersInAnswers # noqa: PLC0415
        d = dict(src_dict)
        answers = AnswersInAnswers.from_dict(d.pop("answers"))




        answers_in = cls(
            answers=answers,
        )

        return answers_in

