from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.signature_out import SignatureOut





T = TypeVar("T", bound="ProposalReviewOut")



@_attrs_define
class ProposalReviewOut:
    """ 
        Attributes:
            decision (str):
            invalidated_at (datetime.datetime | None):
            invalidation_reason (str):
            kind (str):
            reason (str):
            reviewer_name (str):
            signatures (list[SignatureOut]):
            signed_at (datetime.datetime):
     """

    decision: str
    invalidated_at: datetime.datetime | None
    invalidation_reason: str
    kind: str
    reason: str
    reviewer_name: str
    signatures: list[SignatureOut]
    signed_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.signature_out import SignatureOut # noqa: PLC0415
        decision = self.decision

        invalidated_at: None | str
        if isinstance(self.invalidated_at, datetime.datetime):
            invalidated_at = self.invalidated_at.isoformat()
        else:
            invalidated_at = self.invalidated_at

        invalidation_reason = self.invalidation_reason

        kind = self.kind

        reason = self.reason

        reviewer_name = self.reviewer_name

        signatures = []
        for signatures_item_data in self.signatures:
            signatures_item = signatures_item_data.to_dict()
            signatures.append(signatures_item)



        signed_at = self.signed_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "decision": decision,
            "invalidated_at": invalidated_at,
            "invalidation_reason": invalidation_reason,
            "kind": kind,
            "reason": reason,
            "reviewer_name": reviewer_name,
            "signatures": signatures,
            "signed_at": signed_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.signature_out import SignatureOut # noqa: PLC0415
        d = dict(src_dict)
        decision = d.pop("decision")

        def _parse_invalidated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                invalidated_at_type_0 = datetime.datetime.fromisoformat(data)



                return invalidated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        invalidated_at = _parse_invalidated_at(d.pop("invalidated_at"))


        invalidation_reason = d.pop("invalidation_reason")

        kind = d.pop("kind")

        reason = d.pop("reason")

        reviewer_name = d.pop("reviewer_name")

        signatures = []
        _signatures = d.pop("signatures")
        for signatures_item_data in (_signatures):
            signatures_item = SignatureOut.from_dict(signatures_item_data)



            signatures.append(signatures_item)


        signed_at = datetime.datetime.fromisoformat(d.pop("signed_at"))




        proposal_review_out = cls(
            decision=decision,
            invalidated_at=invalidated_at,
            invalidation_reason=invalidation_reason,
            kind=kind,
            reason=reason,
            reviewer_name=reviewer_name,
            signatures=signatures,
            signed_at=signed_at,
        )


        proposal_review_out.additional_properties = d
        return proposal_review_out

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
