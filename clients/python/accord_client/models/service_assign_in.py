from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.service_priority import ServicePriority
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ServiceAssignIn")



@_attrs_define
class ServiceAssignIn:
    """ 
        Attributes:
            reason (str):
            owner_id (int | None | Unset): The new owner (CDMO staff serving concerns)
            priority (None | ServicePriority | Unset): A new priority (assigners only)
            version (int | None | Unset): The version you read (or If-Match)
     """

    reason: str
    owner_id: int | None | Unset = UNSET
    priority: None | ServicePriority | Unset = UNSET
    version: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        owner_id: int | None | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = self.owner_id

        priority: None | str | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        elif isinstance(self.priority, ServicePriority):
            priority = self.priority.value
        else:
            priority = self.priority

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "reason": reason,
        })
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if priority is not UNSET:
            field_dict["priority"] = priority
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason")

        def _parse_owner_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        owner_id = _parse_owner_id(d.pop("owner_id", UNSET))


        def _parse_priority(data: object) -> None | ServicePriority | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                priority_type_0 = ServicePriority(data)



                return priority_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServicePriority | Unset, data)

        priority = _parse_priority(d.pop("priority", UNSET))


        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        service_assign_in = cls(
            reason=reason,
            owner_id=owner_id,
            priority=priority,
            version=version,
        )

        return service_assign_in

