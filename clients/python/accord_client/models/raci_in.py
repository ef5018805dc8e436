from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.raci_in_assignments import RaciInAssignments





T = TypeVar("T", bound="RaciIn")



@_attrs_define
class RaciIn:
    """ 
        Attributes:
            assignments (RaciInAssignments): Team members' user ids to R, A, C or I: exactly one A, one R or more
            reason (str | Unset):  Default: ''.
            token (None | str | Unset): Or send `If-Match`
     """

    assignments: RaciInAssignments
    reason: str | Unset = ''
    token: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.raci_in_assignments import RaciInAssignments # noqa: PLC0415
        assignments = self.assignments.to_dict()

        reason = self.reason

        token: None | str | Unset
        if isinstance(self.token, Unset):
            token = UNSET
        else:
            token = self.token


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "assignments": assignments,
        })
        if reason is not UNSET:
            field_dict["reason"] = reason
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.raci_in_assignments import RaciInAssignments # noqa: PLC0415
        d = dict(src_dict)
        assignments = RaciInAssignments.from_dict(d.pop("assignments"))




        reason = d.pop("reason", UNSET)

        def _parse_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        token = _parse_token(d.pop("token", UNSET))


        raci_in = cls(
            assignments=assignments,
            reason=reason,
            token=token,
        )

        return raci_in

