from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.action_item_filters_status import ActionItemFiltersStatus





T = TypeVar("T", bound="ActionItemFilters")



@_attrs_define
class ActionItemFilters:
    """ 
        Attributes:
            mine (bool | Unset): Only the items you own Default: False.
            project_id (int | None | Unset):
            q (None | str | Unset): Action, meeting title or project
            status (ActionItemFiltersStatus | Unset): open, overdue (open and past due), done, any
     """

    mine: bool | Unset = False
    project_id: int | None | Unset = UNSET
    q: None | str | Unset = UNSET
    status: ActionItemFiltersStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.action_item_filters_status import ActionItemFiltersStatus # noqa: PLC0415
        mine = self.mine

        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        q: None | str | Unset
        if isinstance(self.q, Unset):
            q = UNSET
        else:
            q = self.q

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if mine is not UNSET:
            field_dict["mine"] = mine
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if q is not UNSET:
            field_dict["q"] = q
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action_item_filters_status import ActionItemFiltersStatus # noqa: PLC0415
        d = dict(src_dict)
        mine = d.pop("mine", UNSET)

        def _parse_project_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        project_id = _parse_project_id(d.pop("project_id", UNSET))


        def _parse_q(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        q = _parse_q(d.pop("q", UNSET))


        _status = d.pop("status", UNSET)
        status: ActionItemFiltersStatus | Unset
        if isinstance(_status,  Unset):
            status = UNSET
        else:
            status = ActionItemFiltersStatus.from_dict(_status)




        action_item_filters = cls(
            mine=mine,
            project_id=project_id,
            q=q,
            status=status,
        )


        action_item_filters.additional_properties = d
        return action_item_filters

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
