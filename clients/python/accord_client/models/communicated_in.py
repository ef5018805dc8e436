from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.delay_informed_how import DelayInformedHow
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="CommunicatedIn")



@_attrs_define
class CommunicatedIn:
    """ 
        Attributes:
            how (DelayInformedHow):
            informed_by_id (int): The CDMO person who told the sponsor
            informed_on (datetime.date): When the sponsor was told (not in the future)
            reason (str | Unset): Required to correct an earlier record Default: ''.
            version (int | None | Unset): The version you read (or If-Match)
     """

    how: DelayInformedHow
    informed_by_id: int
    informed_on: datetime.date
    reason: str | Unset = ''
    version: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        how = self.how.value

        informed_by_id = self.informed_by_id

        informed_on = self.informed_on.isoformat()

        reason = self.reason

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "how": how,
            "informed_by_id": informed_by_id,
            "informed_on": informed_on,
        })
        if reason is not UNSET:
            field_dict["reason"] = reason
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        how = DelayInformedHow(d.pop("how"))




        informed_by_id = d.pop("informed_by_id")

        informed_on = datetime.date.fromisoformat(d.pop("informed_on"))




        reason = d.pop("reason", UNSET)

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        communicated_in = cls(
            how=how,
            informed_by_id=informed_by_id,
            informed_on=informed_on,
            reason=reason,
            version=version,
        )

        return communicated_in

