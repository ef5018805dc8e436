from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.rung_in import RungIn





T = TypeVar("T", bound="LadderIn")



@_attrs_define
class LadderIn:
    """ 
        Attributes:
            levels (list[RungIn]): Level 1 first; empty removes
            reason (str | Unset):  Default: ''.
            token (None | str | Unset): Or send `If-Match`
     """

    levels: list[RungIn]
    reason: str | Unset = ''
    token: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.rung_in import RungIn # noqa: PLC0415
        levels = []
        for levels_item_data in self.levels:
            levels_item = levels_item_data.to_dict()
            levels.append(levels_item)



        reason = self.reason

        token: None | str | Unset
        if isinstance(self.token, Unset):
            token = UNSET
        else:
            token = self.token


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "levels": levels,
        })
        if reason is not UNSET:
            field_dict["reason"] = reason
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rung_in import RungIn # noqa: PLC0415
        d = dict(src_dict)
        levels = []
        _levels = d.pop("levels")
        for levels_item_data in (_levels):
            levels_item = RungIn.from_dict(levels_item_data)



            levels.append(levels_item)


        reason = d.pop("reason", UNSET)

        def _parse_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        token = _parse_token(d.pop("token", UNSET))


        ladder_in = cls(
            levels=levels,
            reason=reason,
            token=token,
        )

        return ladder_in

