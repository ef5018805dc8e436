from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.concern_entry_how import ConcernEntryHow
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ServiceContactIn")



@_attrs_define
class ServiceContactIn:
    """ 
        Attributes:
            containment (str): What was done at once to stop the harm
            how (ConcernEntryHow):
            summary (str): What was discussed and agreed
            version (int | None | Unset): The version you read (or If-Match)
     """

    containment: str
    how: ConcernEntryHow
    summary: str
    version: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        containment = self.containment

        how = self.how.value

        summary = self.summary

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "containment": containment,
            "how": how,
            "summary": summary,
        })
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        containment = d.pop("containment")

        how = ConcernEntryHow(d.pop("how"))




        summary = d.pop("summary")

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        service_contact_in = cls(
            containment=containment,
            how=how,
            summary=summary,
            version=version,
        )

        return service_contact_in

