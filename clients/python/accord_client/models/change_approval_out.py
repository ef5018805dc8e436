from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="ChangeApprovalOut")



@_attrs_define
class ChangeApprovalOut:
    """ 
        Attributes:
            comment (str):
            current (bool):
            decided_at (datetime.datetime | None):
            decided_by_name (None | str):
            decision (str):
            decision_label (str):
            id (int):
            products (str):
            requested_at (datetime.datetime):
            sponsor_id (int):
            sponsor_name (str):
            version (int):
     """

    comment: str
    current: bool
    decided_at: datetime.datetime | None
    decided_by_name: None | str
    decision: str
    decision_label: str
    id: int
    products: str
    requested_at: datetime.datetime
    sponsor_id: int
    sponsor_name: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        comment = self.comment

        current = self.current

        decided_at: None | str
        if isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

        decided_by_name: None | str
        decided_by_name = self.decided_by_name

        decision = self.decision

        decision_label = self.decision_label

        id = self.id

        products = self.products

        requested_at = self.requested_at.isoformat()

        sponsor_id = self.sponsor_id

        sponsor_name = self.sponsor_name

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "comment": comment,
            "current": current,
            "decided_at": decided_at,
            "decided_by_name": decided_by_name,
            "decision": decision,
            "decision_label": decision_label,
            "id": id,
            "products": products,
            "requested_at": requested_at,
            "sponsor_id": sponsor_id,
            "sponsor_name": sponsor_name,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        comment = d.pop("comment")

        current = d.pop("current")

        def _parse_decided_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_at_type_0 = datetime.datetime.fromisoformat(data)



                return decided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        decided_at = _parse_decided_at(d.pop("decided_at"))


        def _parse_decided_by_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decided_by_name = _parse_decided_by_name(d.pop("decided_by_name"))


        decision = d.pop("decision")

        decision_label = d.pop("decision_label")

        id = d.pop("id")

        products = d.pop("products")

        requested_at = datetime.datetime.fromisoformat(d.pop("requested_at"))




        sponsor_id = d.pop("sponsor_id")

        sponsor_name = d.pop("sponsor_name")

        version = d.pop("version")

        change_approval_out = cls(
            comment=comment,
            current=current,
            decided_at=decided_at,
            decided_by_name=decided_by_name,
            decision=decision,
            decision_label=decision_label,
            id=id,
            products=products,
            requested_at=requested_at,
            sponsor_id=sponsor_id,
            sponsor_name=sponsor_name,
            version=version,
        )


        change_approval_out.additional_properties = d
        return change_approval_out

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
