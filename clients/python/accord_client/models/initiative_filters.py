from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.initiative_method import InitiativeMethod
from ..models.initiative_stage import InitiativeStage
from ..models.initiative_status import InitiativeStatus
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="InitiativeFilters")



@_attrs_define
class InitiativeFilters:
    """ 
        Attributes:
            method (InitiativeMethod | None | Unset):
            q (None | str | Unset):
            stage (InitiativeStage | None | Unset):
            status (InitiativeStatus | None | Unset):
     """

    method: InitiativeMethod | None | Unset = UNSET
    q: None | str | Unset = UNSET
    stage: InitiativeStage | None | Unset = UNSET
    status: InitiativeStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        method: None | str | Unset
        if isinstance(self.method, Unset):
            method = UNSET
        elif isinstance(self.method, InitiativeMethod):
            method = self.method.value
        else:
            method = self.method

        q: None | str | Unset
        if isinstance(self.q, Unset):
            q = UNSET
        else:
            q = self.q

        stage: None | str | Unset
        if isinstance(self.stage, Unset):
            stage = UNSET
        elif isinstance(self.stage, InitiativeStage):
            stage = self.stage.value
        else:
            stage = self.stage

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, InitiativeStatus):
            status = self.status.value
        else:
            status = self.status


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if method is not UNSET:
            field_dict["method"] = method
        if q is not UNSET:
            field_dict["q"] = q
        if stage is not UNSET:
            field_dict["stage"] = stage
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_method(data: object) -> InitiativeMethod | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                method_type_0 = InitiativeMethod(data)



                return method_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InitiativeMethod | None | Unset, data)

        method = _parse_method(d.pop("method", UNSET))


        def _parse_q(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        q = _parse_q(d.pop("q", UNSET))


        def _parse_stage(data: object) -> InitiativeStage | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                stage_type_0 = InitiativeStage(data)



                return stage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InitiativeStage | None | Unset, data)

        stage = _parse_stage(d.pop("stage", UNSET))


        def _parse_status(data: object) -> InitiativeStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = InitiativeStatus(data)



                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InitiativeStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))


        initiative_filters = cls(
            method=method,
            q=q,
            stage=stage,
            status=status,
        )


        initiative_filters.additional_properties = d
        return initiative_filters

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
