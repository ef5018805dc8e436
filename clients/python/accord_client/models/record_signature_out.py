from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.signature_meaning import SignatureMeaning
from typing import cast
import datetime






T = TypeVar("T", bound="RecordSignatureOut")



@_attrs_define
class RecordSignatureOut:
    """ 
        Attributes:
            kind (str):
            meaning (SignatureMeaning):
            meaning_label (str):
            printed_name (str):
            signed_at (datetime.datetime):
            what (str):
     """

    kind: str
    meaning: SignatureMeaning
    meaning_label: str
    printed_name: str
    signed_at: datetime.datetime
    what: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        meaning = self.meaning.value

        meaning_label = self.meaning_label

        printed_name = self.printed_name

        signed_at = self.signed_at.isoformat()

        what = self.what


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "kind": kind,
            "meaning": meaning,
            "meaning_label": meaning_label,
            "printed_name": printed_name,
            "signed_at": signed_at,
            "what": what,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = d.pop("kind")

        meaning = SignatureMeaning(d.pop("meaning"))




        meaning_label = d.pop("meaning_label")

        printed_name = d.pop("printed_name")

        signed_at = datetime.datetime.fromisoformat(d.pop("signed_at"))




        what = d.pop("what")

        record_signature_out = cls(
            kind=kind,
            meaning=meaning,
            meaning_label=meaning_label,
            printed_name=printed_name,
            signed_at=signed_at,
            what=what,
        )


        record_signature_out.additional_properties = d
        return record_signature_out

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
