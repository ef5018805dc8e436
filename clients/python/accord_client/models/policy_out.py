from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.target_out import TargetOut





T = TypeVar("T", bound="PolicyOut")



@_attrs_define
class PolicyOut:
    """ 
        Attributes:
            confirm_days (int):
            id (int):
            name (str):
            sponsor_id (int | None): Empty for the CDMO-wide policy
            sponsor_name (None | str):
            targets (list[TargetOut]):
            version (int):
            warn_at_percent (int):
     """

    confirm_days: int
    id: int
    name: str
    sponsor_id: int | None
    sponsor_name: None | str
    targets: list[TargetOut]
    version: int
    warn_at_percent: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.target_out import TargetOut # noqa: PLC0415
        confirm_days = self.confirm_days

        id = self.id

        name = self.name

        sponsor_id: int | None
        sponsor_id = self.sponsor_id

        sponsor_name: None | str
        sponsor_name = self.sponsor_name

        targets = []
        for targets_item_data in self.targets:
            targets_item = targets_item_data.to_dict()
            targets.append(targets_item)



        version = self.version

        warn_at_percent = self.warn_at_percent


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "confirm_days": confirm_days,
            "id": id,
            "name": name,
            "sponsor_id": sponsor_id,
            "sponsor_name": sponsor_name,
            "targets": targets,
            "version": version,
            "warn_at_percent": warn_at_percent,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.target_out import TargetOut # noqa: PLC0415
        d = dict(src_dict)
        confirm_days = d.pop("confirm_days")

        id = d.pop("id")

        name = d.pop("name")

        def _parse_sponsor_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        sponsor_id = _parse_sponsor_id(d.pop("sponsor_id"))


        def _parse_sponsor_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sponsor_name = _parse_sponsor_name(d.pop("sponsor_name"))


        targets = []
        _targets = d.pop("targets")
        for targets_item_data in (_targets):
            targets_item = TargetOut.from_dict(targets_item_data)



            targets.append(targets_item)


        version = d.pop("version")

        warn_at_percent = d.pop("warn_at_percent")

        policy_out = cls(
            confirm_days=confirm_days,
            id=id,
            name=name,
            sponsor_id=sponsor_id,
            sponsor_name=sponsor_name,
            targets=targets,
            version=version,
            warn_at_percent=warn_at_percent,
        )


        policy_out.additional_properties = d
        return policy_out

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
