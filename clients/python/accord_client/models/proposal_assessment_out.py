from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.complexity_assessment_level import ComplexityAssessmentLevel
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.proposal_assessment_out_factors import ProposalAssessmentOutFactors





T = TypeVar("T", bound="ProposalAssessmentOut")



@_attrs_define
class ProposalAssessmentOut:
    """ 
        Attributes:
            assessed_at (datetime.datetime):
            assessed_by_name (str):
            factors (ProposalAssessmentOutFactors):
            level (ComplexityAssessmentLevel):
            rationale (str):
            score (int):
     """

    assessed_at: datetime.datetime
    assessed_by_name: str
    factors: ProposalAssessmentOutFactors
    level: ComplexityAssessmentLevel
    rationale: str
    score: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.proposal_assessment_out_factors import ProposalAssessmentOutFactors # noqa: PLC0415
        assessed_at = self.assessed_at.isoformat()

        assessed_by_name = self.assessed_by_name

        factors = self.factors.to_dict()

        level = self.level.value

        rationale = self.rationale

        score = self.score


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "assessed_at": assessed_at,
            "assessed_by_name": assessed_by_name,
            "factors": factors,
            "level": level,
            "rationale": rationale,
            "score": score,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.proposal_assessment_out_factors import ProposalAssessmentOutFactors # noqa: PLC0415
        d = dict(src_dict)
        assessed_at = datetime.datetime.fromisoformat(d.pop("assessed_at"))




        assessed_by_name = d.pop("assessed_by_name")

        factors = ProposalAssessmentOutFactors.from_dict(d.pop("factors"))




        level = ComplexityAssessmentLevel(d.pop("level"))




        rationale = d.pop("rationale")

        score = d.pop("score")

        proposal_assessment_out = cls(
            assessed_at=assessed_at,
            assessed_by_name=assessed_by_name,
            factors=factors,
            level=level,
            rationale=rationale,
            score=score,
        )


        proposal_assessment_out.additional_properties = d
        return proposal_assessment_out

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
