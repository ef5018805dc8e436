from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.publication_status import PublicationStatus
from typing import cast
import datetime






T = TypeVar("T", bound="BusinessReviewOut")



@_attrs_define
class BusinessReviewOut:
    """ 
        Attributes:
            id (int):
            published_at (datetime.datetime | None):
            published_by (None | str):
            quarter (str): Q3 2026
            quarter_start (datetime.date):
            reference (str):
            sponsor_id (int):
            sponsor_name (str):
            status (PublicationStatus):
     """

    id: int
    published_at: datetime.datetime | None
    published_by: None | str
    quarter: str
    quarter_start: datetime.date
    reference: str
    sponsor_id: int
    sponsor_name: str
    status: PublicationStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        published_by: None | str
        published_by = self.published_by

        quarter = self.quarter

        quarter_start = self.quarter_start.isoformat()

        reference = self.reference

        sponsor_id = self.sponsor_id

        sponsor_name = self.sponsor_name

        status = self.status.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "published_at": published_at,
            "published_by": published_by,
            "quarter": quarter,
            "quarter_start": quarter_start,
            "reference": reference,
            "sponsor_id": sponsor_id,
            "sponsor_name": sponsor_name,
            "status": status,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_published_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)



                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        published_at = _parse_published_at(d.pop("published_at"))


        def _parse_published_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        published_by = _parse_published_by(d.pop("published_by"))


        quarter = d.pop("quarter")

        quarter_start = datetime.date.fromisoformat(d.pop("quarter_start"))




        reference = d.pop("reference")

        sponsor_id = d.pop("sponsor_id")

        sponsor_name = d.pop("sponsor_name")

        status = PublicationStatus(d.pop("status"))




        business_review_out = cls(
            id=id,
            published_at=published_at,
            published_by=published_by,
            quarter=quarter,
            quarter_start=quarter_start,
            reference=reference,
            sponsor_id=sponsor_id,
            sponsor_name=sponsor_name,
            status=status,
        )


        business_review_out.additional_properties = d
        return business_review_out

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
