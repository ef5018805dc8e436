from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.policy_create_in_targets import PolicyCreateInTargets





T = TypeVar("T", bound="PolicyCreateIn")



@_attrs_define
class PolicyCreateIn:
    """ 
        Attributes:
            name (str):
            sponsor_id (int):
            targets (PolicyCreateInTargets): Each priority (critical, high, medium, low) with its four targets
            confirm_days (int | Unset):  Default: 5.
            reason (str | Unset):  Default: ''.
            version (int | None | Unset): The version you read (or send If-Match) when you change it
            warn_at_percent (int | Unset):  Default: 75.
     """

    name: str
    sponsor_id: int
    targets: PolicyCreateInTargets
    confirm_days: int | Unset = 5
    reason: str | Unset = ''
    version: int | None | Unset = UNSET
    warn_at_percent: int | Unset = 75





    def to_dict(self) -> dict[str, Any]:
        from ..models.policy_create_in_targets import PolicyCreateInTargets # noqa: PLC0415
        name = self.name

        sponsor_id = self.sponsor_id

        targets = self.targets.to_dict()

        confirm_days = self.confirm_days

        reason = self.reason

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        warn_at_percent = self.warn_at_percent


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "name": name,
            "sponsor_id": sponsor_id,
            "targets": targets,
        })
        if confirm_days is not UNSET:
            field_dict["confirm_days"] = confirm_days
        if reason is not UNSET:
            field_dict["reason"] = reason
        if version is not UNSET:
            field_dict["version"] = version
        if warn_at_percent is not UNSET:
            field_dict["warn_at_percent"] = warn_at_percent

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.policy_create_in_targets import PolicyCreateInTargets # noqa: PLC0415
        d = dict(src_dict)
        name = d.pop("name")

        sponsor_id = d.pop("sponsor_id")

        targets = PolicyCreateInTargets.from_dict(d.pop("targets"))




        confirm_days = d.pop("confirm_days", UNSET)

        reason = d.pop("reason", UNSET)

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        warn_at_percent = d.pop("warn_at_percent", UNSET)

        policy_create_in = cls(
            name=name,
            sponsor_id=sponsor_id,
            targets=targets,
            confirm_days=confirm_days,
            reason=reason,
            version=version,
            warn_at_percent=warn_at_percent,
        )

        return policy_create_in

