from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.results_filters_trigger import ResultsFiltersTrigger
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ResultsFilters")



@_attrs_define
class ResultsFilters:
    """ 
        Attributes:
            answered_from (datetime.date | None | Unset):
            answered_to (datetime.date | None | Unset):
            owner_id (int | None | Unset): Whose service: a staff user's id
            project_id (int | None | Unset):
            sponsor_id (int | None | Unset):
            trigger (ResultsFiltersTrigger | Unset):  Default: ResultsFiltersTrigger.VALUE_0.
     """

    answered_from: datetime.date | None | Unset = UNSET
    answered_to: datetime.date | None | Unset = UNSET
    owner_id: int | None | Unset = UNSET
    project_id: int | None | Unset = UNSET
    sponsor_id: int | None | Unset = UNSET
    trigger: ResultsFiltersTrigger | Unset = ResultsFiltersTrigger.VALUE_0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        answered_from: None | str | Unset
        if isinstance(self.answered_from, Unset):
            answered_from = UNSET
        elif isinstance(self.answered_from, datetime.date):
            answered_from = self.answered_from.isoformat()
        else:
            answered_from = self.answered_from

        answered_to: None | str | Unset
        if isinstance(self.answered_to, Unset):
            answered_to = UNSET
        elif isinstance(self.answered_to, datetime.date):
            answered_to = self.answered_to.isoformat()
        else:
            answered_to = self.answered_to

        owner_id: int | None | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = self.owner_id

        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        sponsor_id: int | None | Unset
        if isinstance(self.sponsor_id, Unset):
            sponsor_id = UNSET
        else:
            sponsor_id = self.sponsor_id

        trigger: str | Unset = UNSET
        if not isinstance(self.trigger, Unset):
            trigger = self.trigger.value



        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if answered_from is not UNSET:
            field_dict["answered_from"] = answered_from
        if answered_to is not UNSET:
            field_dict["answered_to"] = answered_to
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if sponsor_id is not UNSET:
            field_dict["sponsor_id"] = sponsor_id
        if trigger is not UNSET:
            field_dict["trigger"] = trigger

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_answered_from(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                answered_from_type_0 = datetime.date.fromisoformat(data)



                return answered_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        answered_from = _parse_answered_from(d.pop("answered_from", UNSET))


        def _parse_answered_to(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                answered_to_type_0 = datetime.date.fromisoformat(data)



                return answered_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        answered_to = _parse_answered_to(d.pop("answered_to", UNSET))


        def _parse_owner_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        owner_id = _parse_owner_id(d.pop("owner_id", UNSET))


        def _parse_project_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        project_id = _parse_project_id(d.pop("project_id", UNSET))


        def _parse_sponsor_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sponsor_id = _parse_sponsor_id(d.pop("sponsor_id", UNSET))


        _trigger = d.pop("trigger", UNSET)
        trigger: ResultsFiltersTrigger | Unset
        if isinstance(_trigger,  Unset):
            trigger = UNSET
        else:
            trigger = ResultsFiltersTrigger(_trigger)




        results_filters = cls(
            answered_from=answered_from,
            answered_to=answered_to,
            owner_id=owner_id,
            project_id=project_id,
            sponsor_id=sponsor_id,
            trigger=trigger,
        )


        results_filters.additional_properties = d
        return results_filters

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
