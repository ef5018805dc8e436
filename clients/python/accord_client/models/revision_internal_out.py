from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.proposal_revision_status import ProposalRevisionStatus
from typing import cast

if TYPE_CHECKING:
  from ..models.proposal_assessment_out import ProposalAssessmentOut
  from ..models.proposal_review_out import ProposalReviewOut





T = TypeVar("T", bound="RevisionInternalOut")



@_attrs_define
class RevisionInternalOut:
    """ 
        Attributes:
            assessment (None | ProposalAssessmentOut):
            id (int):
            internal_pricing_notes (str):
            missing_reviews (list[str]):
            reference (str):
            required_reviews (list[str]):
            reviews (list[ProposalReviewOut]):
            sponsor_feedback (str):
            status (ProposalRevisionStatus):
     """

    assessment: None | ProposalAssessmentOut
    id: int
    internal_pricing_notes: str
    missing_reviews: list[str]
    reference: str
    required_reviews: list[str]
    reviews: list[ProposalReviewOut]
    sponsor_feedback: str
    status: ProposalRevisionStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.proposal_assessment_out import ProposalAssessmentOut # noqa: PLC0415
        from ..models.proposal_review_out import ProposalReviewOut # noqa: PLC0415
        assessment: dict[str, Any] | None
        if isinstance(self.assessment, ProposalAssessmentOut):
            assessment = self.assessment.to_dict()
        else:
            assessment = self.assessment

        id = self.id

        internal_pricing_notes = self.internal_pricing_notes

        missing_reviews = self.missing_reviews



        reference = self.reference

        required_reviews = self.required_reviews



        reviews = []
        for reviews_item_data in self.reviews:
            reviews_item = reviews_item_data.to_dict()
            reviews.append(reviews_item)



        sponsor_feedback = self.sponsor_feedback

        status = self.status.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "assessment": assessment,
            "id": id,
            "internal_pricing_notes": internal_pricing_notes,
            "missing_reviews": missing_reviews,
            "reference": reference,
            "required_reviews": required_reviews,
            "reviews": reviews,
            "sponsor_feedback": sponsor_feedback,
            "status": status,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.proposal_assessment_out import ProposalAssessmentOut # noqa: PLC0415
        from ..models.proposal_review_out import ProposalReviewOut # noqa: PLC0415
        d = dict(src_dict)
        def _parse_assessment(data: object) -> None | ProposalAssessmentOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                assessment_type_0 = ProposalAssessmentOut.from_dict(data)



                return assessment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProposalAssessmentOut, data)

        assessment = _parse_assessment(d.pop("assessment"))


        id = d.pop("id")

        internal_pricing_notes = d.pop("internal_pricing_notes")

        missing_reviews = cast(list[str], d.pop("missing_reviews"))


        reference = d.pop("reference")

        required_reviews = cast(list[str], d.pop("required_reviews"))


        reviews = []
        _reviews = d.pop("reviews")
        for reviews_item_data in (_reviews):
            reviews_item = ProposalReviewOut.from_dict(reviews_item_data)



            reviews.append(reviews_item)


        sponsor_feedback = d.pop("sponsor_feedback")

        status = ProposalRevisionStatus(d.pop("status"))




        revision_internal_out = cls(
            assessment=assessment,
            id=id,
            internal_pricing_notes=internal_pricing_notes,
            missing_reviews=missing_reviews,
            reference=reference,
            required_reviews=required_reviews,
            reviews=reviews,
            sponsor_feedback=sponsor_feedback,
            status=status,
        )


        revision_internal_out.additional_properties = d
        return revision_internal_out

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
