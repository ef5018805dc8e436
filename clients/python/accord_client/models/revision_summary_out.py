from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.proposal_revision_status import ProposalRevisionStatus
from typing import cast
import datetime






T = TypeVar("T", bound="RevisionSummaryOut")



@_attrs_define
class RevisionSummaryOut:
    """ 
        Attributes:
            id (int):
            reference (str):
            sent_on (datetime.date | None):
            status (ProposalRevisionStatus):
            total (str):
     """

    id: int
    reference: str
    sent_on: datetime.date | None
    status: ProposalRevisionStatus
    total: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        reference = self.reference

        sent_on: None | str
        if isinstance(self.sent_on, datetime.date):
            sent_on = self.sent_on.isoformat()
        else:
            sent_on = self.sent_on

        status = self.status.value

        total = self.total


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "reference": reference,
            "sent_on": sent_on,
            "status": status,
            "total": total,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        reference = d.pop("reference")

        def _parse_sent_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sent_on_type_0 = datetime.date.fromisoformat(data)



                return sent_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        sent_on = _parse_sent_on(d.pop("sent_on"))


        status = ProposalRevisionStatus(d.pop("status"))




        total = d.pop("total")

        revision_summary_out = cls(
            id=id,
            reference=reference,
            sent_on=sent_on,
            status=status,
            total=total,
        )


        revision_summary_out.additional_properties = d
        return revision_summary_out

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
