from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.person_ref import PersonRef





T = TypeVar("T", bound="RiskReviewOut")



@_attrs_define
class RiskReviewOut:
    """ 
        Attributes:
            comment (str):
            id (int):
            impact (int):
            impact_before (int):
            likelihood (int):
            likelihood_before (int):
            next_review_date (datetime.date):
            reviewed_at (datetime.datetime):
            reviewed_by (PersonRef):
            risk_id (int):
            score (int):
            score_before (int):
     """

    comment: str
    id: int
    impact: int
    impact_before: int
    likelihood: int
    likelihood_before: int
    next_review_date: datetime.date
    reviewed_at: datetime.datetime
    reviewed_by: PersonRef
    risk_id: int
    score: int
    score_before: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.person_ref import PersonRef # noqa: PLC0415
        comment = self.comment

        id = self.id

        impact = self.impact

        impact_before = self.impact_before

        likelihood = self.likelihood

        likelihood_before = self.likelihood_before

        next_review_date = self.next_review_date.isoformat()

        reviewed_at = self.reviewed_at.isoformat()

        reviewed_by = self.reviewed_by.to_dict()

        risk_id = self.risk_id

        score = self.score

        score_before = self.score_before


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "comment": comment,
            "id": id,
            "impact": impact,
            "impact_before": impact_before,
            "likelihood": likelihood,
            "likelihood_before": likelihood_before,
            "next_review_date": next_review_date,
            "reviewed_at": reviewed_at,
            "reviewed_by": reviewed_by,
            "risk_id": risk_id,
            "score": score,
            "score_before": score_before,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.person_ref import PersonRef # noqa: PLC0415
        d = dict(src_dict)
        comment = d.pop("comment")

        id = d.pop("id")

        impact = d.pop("impact")

        impact_before = d.pop("impact_before")

        likelihood = d.pop("likelihood")

        likelihood_before = d.pop("likelihood_before")

        next_review_date = datetime.date.fromisoformat(d.pop("next_review_date"))




        reviewed_at = datetime.datetime.fromisoformat(d.pop("reviewed_at"))




        reviewed_by = PersonRef.from_dict(d.pop("reviewed_by"))




        risk_id = d.pop("risk_id")

        score = d.pop("score")

        score_before = d.pop("score_before")

        risk_review_out = cls(
            comment=comment,
            id=id,
            impact=impact,
            impact_before=impact_before,
            likelihood=likelihood,
            likelihood_before=likelihood_before,
            next_review_date=next_review_date,
            reviewed_at=reviewed_at,
            reviewed_by=reviewed_by,
            risk_id=risk_id,
            score=score,
            score_before=score_before,
        )


        risk_review_out.additional_properties = d
        return risk_review_out

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
