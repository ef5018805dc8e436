from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="ChangeOrderSignatureOut")



@_attrs_define
class ChangeOrderSignatureOut:
    """ 
        Attributes:
            content_hash (str): SHA-256 of the content signed
            meaning (str):
            printed_name (str):
            reason (str):
            record_version (int):
            signed_at (datetime.datetime):
     """

    content_hash: str
    meaning: str
    printed_name: str
    reason: str
    record_version: int
    signed_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        content_hash = self.content_hash

        meaning = self.meaning

        printed_name = self.printed_name

        reason = self.reason

        record_version = self.record_version

        signed_at = self.signed_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "content_hash": content_hash,
            "meaning": meaning,
            "printed_name": printed_name,
            "reason": reason,
            "record_version": record_version,
            "signed_at": signed_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content_hash = d.pop("content_hash")

        meaning = d.pop("meaning")

        printed_name = d.pop("printed_name")

        reason = d.pop("reason")

        record_version = d.pop("record_version")

        signed_at = datetime.datetime.fromisoformat(d.pop("signed_at"))




        change_order_signature_out = cls(
            content_hash=content_hash,
            meaning=meaning,
            printed_name=printed_name,
            reason=reason,
            record_version=record_version,
            signed_at=signed_at,
        )


        change_order_signature_out.additional_properties = d
        return change_order_signature_out

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
