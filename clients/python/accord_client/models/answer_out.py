from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.answer_out_ratings import AnswerOutRatings





T = TypeVar("T", bound="AnswerOut")



@_attrs_define
class AnswerOut:
    """ 
        Attributes:
            answered_at (datetime.datetime):
            channel_label (str):
            comment (str):
            id (int):
            meaning (str): e.g. Satisfied, or Promoter
            ratings (AnswerOutRatings): Relationship surveys: capabilities, quality, reliability, expertise, compatibility
                and service, 1 to 5 (null: could not say)
            reason (str):
            reason_label (str):
            respondent_name (str):
            score (int):
     """

    answered_at: datetime.datetime
    channel_label: str
    comment: str
    id: int
    meaning: str
    ratings: AnswerOutRatings
    reason: str
    reason_label: str
    respondent_name: str
    score: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.answer_out_ratings import AnswerOutRatings # noqa: PLC0415
        answered_at = self.answered_at.isoformat()

        channel_label = self.channel_label

        comment = self.comment

        id = self.id

        meaning = self.meaning

        ratings = self.ratings.to_dict()

        reason = self.reason

        reason_label = self.reason_label

        respondent_name = self.respondent_name

        score = self.score


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "answered_at": answered_at,
            "channel_label": channel_label,
            "comment": comment,
            "id": id,
            "meaning": meaning,
            "ratings": ratings,
            "reason": reason,
            "reason_label": reason_label,
            "respondent_name": respondent_name,
            "score": score,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.answer_out_ratings import AnswerOutRatings # noqa: PLC0415
        d = dict(src_dict)
        answered_at = datetime.datetime.fromisoformat(d.pop("answered_at"))




        channel_label = d.pop("channel_label")

        comment = d.pop("comment")

        id = d.pop("id")

        meaning = d.pop("meaning")

        ratings = AnswerOutRatings.from_dict(d.pop("ratings"))




        reason = d.pop("reason")

        reason_label = d.pop("reason_label")

        respondent_name = d.pop("respondent_name")

        score = d.pop("score")

        answer_out = cls(
            answered_at=answered_at,
            channel_label=channel_label,
            comment=comment,
            id=id,
            meaning=meaning,
            ratings=ratings,
            reason=reason,
            reason_label=reason_label,
            respondent_name=respondent_name,
            score=score,
        )


        answer_out.additional_properties = d
        return answer_out

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
