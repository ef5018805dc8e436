from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.seat_in import SeatIn





T = TypeVar("T", bound="SteeringIn")



@_attrs_define
class SteeringIn:
    """ 
        Attributes:
            members (list[SeatIn]):
            reason (str | Unset):  Default: ''.
            token (None | str | Unset): Or send `If-Match`
     """

    members: list[SeatIn]
    reason: str | Unset = ''
    token: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.seat_in import SeatIn # noqa: PLC0415
        members = []
        for members_item_data in self.members:
            members_item = members_item_data.to_dict()
            members.append(members_item)



        reason = self.reason

        token: None | str | Unset
        if isinstance(self.token, Unset):
            token = UNSET
        else:
            token = self.token


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "members": members,
        })
        if reason is not UNSET:
            field_dict["reason"] = reason
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.seat_in import SeatIn # noqa: PLC0415
        d = dict(src_dict)
        members = []
        _members = d.pop("members")
        for members_item_data in (_members):
            members_item = SeatIn.from_dict(members_item_data)



            members.append(members_item)


        reason = d.pop("reason", UNSET)

        def _parse_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        token = _parse_token(d.pop("token", UNSET))


        steering_in = cls(
            members=members,
            reason=reason,
            token=token,
        )

        return steering_in

