from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.revision_summary_out import RevisionSummaryOut





T = TypeVar("T", bound="ProposalOut")



@_attrs_define
class ProposalOut:
    """ 
        Attributes:
            created_at (datetime.datetime):
            currency (str):
            id (int):
            number (str):
            owner_name (str):
            revisions (list[RevisionSummaryOut]): The revisions you may see, newest first (sponsor users: those sent)
            rfp_id (int):
            rfp_number (str):
            sponsor_id (int):
            title (str):
     """

    created_at: datetime.datetime
    currency: str
    id: int
    number: str
    owner_name: str
    revisions: list[RevisionSummaryOut]
    rfp_id: int
    rfp_number: str
    sponsor_id: int
    title: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.revision_summary_out import RevisionSummaryOut # noqa: PLC0415
        created_at = self.created_at.isoformat()

        currency = self.currency

        id = self.id

        number = self.number

        owner_name = self.owner_name

        revisions = []
        for revisions_item_data in self.revisions:
            revisions_item = revisions_item_data.to_dict()
            revisions.append(revisions_item)



        rfp_id = self.rfp_id

        rfp_number = self.rfp_number

        sponsor_id = self.sponsor_id

        title = self.title


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "created_at": created_at,
            "currency": currency,
            "id": id,
            "number": number,
            "owner_name": owner_name,
            "revisions": revisions,
            "rfp_id": rfp_id,
            "rfp_number": rfp_number,
            "sponsor_id": sponsor_id,
            "title": title,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.revision_summary_out import RevisionSummaryOut # noqa: PLC0415
        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        currency = d.pop("currency")

        id = d.pop("id")

        number = d.pop("number")

        owner_name = d.pop("owner_name")

        revisions = []
        _revisions = d.pop("revisions")
        for revisions_item_data in (_revisions):
            revisions_item = RevisionSummaryOut.from_dict(revisions_item_data)



            revisions.append(revisions_item)


        rfp_id = d.pop("rfp_id")

        rfp_number = d.pop("rfp_number")

        sponsor_id = d.pop("sponsor_id")

        title = d.pop("title")

        proposal_out = cls(
            created_at=created_at,
            currency=currency,
            id=id,
            number=number,
            owner_name=owner_name,
            revisions=revisions,
            rfp_id=rfp_id,
            rfp_number=rfp_number,
            sponsor_id=sponsor_id,
            title=title,
        )


        proposal_out.additional_properties = d
        return proposal_out

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
