from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.level_out import LevelOut





T = TypeVar("T", bound="MatterOut")



@_attrs_define
class MatterOut:
    """ 
        Attributes:
            label (str):
            levels (list[LevelOut]):
            matter (str):
            token (str): Send it back (or If-Match) when you set this ladder
     """

    label: str
    levels: list[LevelOut]
    matter: str
    token: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.level_out import LevelOut # noqa: PLC0415
        label = self.label

        levels = []
        for levels_item_data in self.levels:
            levels_item = levels_item_data.to_dict()
            levels.append(levels_item)



        matter = self.matter

        token = self.token


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "label": label,
            "levels": levels,
            "matter": matter,
            "token": token,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.level_out import LevelOut # noqa: PLC0415
        d = dict(src_dict)
        label = d.pop("label")

        levels = []
        _levels = d.pop("levels")
        for levels_item_data in (_levels):
            levels_item = LevelOut.from_dict(levels_item_data)



            levels.append(levels_item)


        matter = d.pop("matter")

        token = d.pop("token")

        matter_out = cls(
            label=label,
            levels=levels,
            matter=matter,
            token=token,
        )


        matter_out.additional_properties = d
        return matter_out

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
