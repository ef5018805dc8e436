from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.follow_up_filters_status import FollowUpFiltersStatus
from ..types import UNSET, Unset






T = TypeVar("T", bound="FollowUpFilters")



@_attrs_define
class FollowUpFilters:
    """ 
        Attributes:
            status (FollowUpFiltersStatus | Unset): open (default), overdue (open and past due), done or all Default:
                FollowUpFiltersStatus.OPEN.
     """

    status: FollowUpFiltersStatus | Unset = FollowUpFiltersStatus.OPEN
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value



        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: FollowUpFiltersStatus | Unset
        if isinstance(_status,  Unset):
            status = UNSET
        else:
            status = FollowUpFiltersStatus(_status)




        follow_up_filters = cls(
            status=status,
        )


        follow_up_filters.additional_properties = d
        return follow_up_filters

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
