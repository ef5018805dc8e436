from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.task_filters_sort import TaskFiltersSort
from ..models.task_filters_status_type_0 import TaskFiltersStatusType0
from ..models.task_kind import TaskKind
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="TaskFilters")



@_attrs_define
class TaskFilters:
    """ 
        Attributes:
            critical (bool | None | Unset): Only critical tasks (true) or the others
            kind (None | TaskKind | Unset):
            milestone (bool | None | Unset): Only milestones and decision points
            q (None | str | Unset): In the name, WBS or department
            sort (TaskFiltersSort | Unset): As the plan page sorts Default: TaskFiltersSort.WBS.
            status (None | TaskFiltersStatusType0 | Unset): By progress: no actual start, started, finished
     """

    critical: bool | None | Unset = UNSET
    kind: None | TaskKind | Unset = UNSET
    milestone: bool | None | Unset = UNSET
    q: None | str | Unset = UNSET
    sort: TaskFiltersSort | Unset = TaskFiltersSort.WBS
    status: None | TaskFiltersStatusType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        critical: bool | None | Unset
        if isinstance(self.critical, Unset):
            critical = UNSET
        else:
            critical = self.critical

        kind: None | str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        elif isinstance(self.kind, TaskKind):
            kind = self.kind.value
        else:
            kind = self.kind

        milestone: bool | None | Unset
        if isinstance(self.milestone, Unset):
            milestone = UNSET
        else:
            milestone = self.milestone

        q: None | str | Unset
        if isinstance(self.q, Unset):
            q = UNSET
        else:
            q = self.q

        sort: str | Unset = UNSET
        if not isinstance(self.sort, Unset):
            sort = self.sort.value


        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, TaskFiltersStatusType0):
            status = self.status.value
        else:
            status = self.status


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if critical is not UNSET:
            field_dict["critical"] = critical
        if kind is not UNSET:
            field_dict["kind"] = kind
        if milestone is not UNSET:
            field_dict["milestone"] = milestone
        if q is not UNSET:
            field_dict["q"] = q
        if sort is not UNSET:
            field_dict["sort"] = sort
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_critical(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        critical = _parse_critical(d.pop("critical", UNSET))


        def _parse_kind(data: object) -> None | TaskKind | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = TaskKind(data)



                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskKind | Unset, data)

        kind = _parse_kind(d.pop("kind", UNSET))


        def _parse_milestone(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        milestone = _parse_milestone(d.pop("milestone", UNSET))


        def _parse_q(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        q = _parse_q(d.pop("q", UNSET))


        _sort = d.pop("sort", UNSET)
        sort: TaskFiltersSort | Unset
        if isinstance(_sort,  Unset):
            sort = UNSET
        else:
            sort = TaskFiltersSort(_sort)




        def _parse_status(data: object) -> None | TaskFiltersStatusType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = TaskFiltersStatusType0(data)



                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskFiltersStatusType0 | Unset, data)

        status = _parse_status(d.pop("status", UNSET))


        task_filters = cls(
            critical=critical,
            kind=kind,
            milestone=milestone,
            q=q,
            sort=sort,
            status=status,
        )


        task_filters.additional_properties = d
        return task_filters

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
