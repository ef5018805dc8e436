from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.capabilitie_qualification import CapabilitieQualification
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="CapabilitySiteIn")



@_attrs_define
class CapabilitySiteIn:
    """ 
        Attributes:
            status (CapabilitieQualification):
            evidence (str | Unset): The qualification report Default: ''.
            qualified_on (datetime.date | None | Unset):
            version (int | None | Unset): Or send `If-Match` (an existing entry)
     """

    status: CapabilitieQualification
    evidence: str | Unset = ''
    qualified_on: datetime.date | None | Unset = UNSET
    version: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        evidence = self.evidence

        qualified_on: None | str | Unset
        if isinstance(self.qualified_on, Unset):
            qualified_on = UNSET
        elif isinstance(self.qualified_on, datetime.date):
            qualified_on = self.qualified_on.isoformat()
        else:
            qualified_on = self.qualified_on

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "status": status,
        })
        if evidence is not UNSET:
            field_dict["evidence"] = evidence
        if qualified_on is not UNSET:
            field_dict["qualified_on"] = qualified_on
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = CapabilitieQualification(d.pop("status"))




        evidence = d.pop("evidence", UNSET)

        def _parse_qualified_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                qualified_on_type_0 = datetime.date.fromisoformat(data)



                return qualified_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        qualified_on = _parse_qualified_on(d.pop("qualified_on", UNSET))


        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        capability_site_in = cls(
            status=status,
            evidence=evidence,
            qualified_on=qualified_on,
            version=version,
        )

        return capability_site_in

