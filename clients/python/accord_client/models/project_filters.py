from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.project_phase import ProjectPhase
from ..models.project_status import ProjectStatus
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ProjectFilters")



@_attrs_define
class ProjectFilters:
    """ 
        Attributes:
            phase (None | ProjectPhase | Unset):
            q (str | Unset): Code, title, molecule or sponsor contains Default: ''.
            site_id (int | None | Unset):
            sponsor_id (int | None | Unset):
            status (None | ProjectStatus | Unset):
     """

    phase: None | ProjectPhase | Unset = UNSET
    q: str | Unset = ''
    site_id: int | None | Unset = UNSET
    sponsor_id: int | None | Unset = UNSET
    status: None | ProjectStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        phase: None | str | Unset
        if isinstance(self.phase, Unset):
            phase = UNSET
        elif isinstance(self.phase, ProjectPhase):
            phase = self.phase.value
        else:
            phase = self.phase

        q = self.q

        site_id: int | None | Unset
        if isinstance(self.site_id, Unset):
            site_id = UNSET
        else:
            site_id = self.site_id

        sponsor_id: int | None | Unset
        if isinstance(self.sponsor_id, Unset):
            sponsor_id = UNSET
        else:
            sponsor_id = self.sponsor_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ProjectStatus):
            status = self.status.value
        else:
            status = self.status


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if phase is not UNSET:
            field_dict["phase"] = phase
        if q is not UNSET:
            field_dict["q"] = q
        if site_id is not UNSET:
            field_dict["site_id"] = site_id
        if sponsor_id is not UNSET:
            field_dict["sponsor_id"] = sponsor_id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_phase(data: object) -> None | ProjectPhase | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                phase_type_0 = ProjectPhase(data)



                return phase_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectPhase | Unset, data)

        phase = _parse_phase(d.pop("phase", UNSET))


        q = d.pop("q", UNSET)

        def _parse_site_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        site_id = _parse_site_id(d.pop("site_id", UNSET))


        def _parse_sponsor_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sponsor_id = _parse_sponsor_id(d.pop("sponsor_id", UNSET))


        def _parse_status(data: object) -> None | ProjectStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = ProjectStatus(data)



                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))


        project_filters = cls(
            phase=phase,
            q=q,
            site_id=site_id,
            sponsor_id=sponsor_id,
            status=status,
        )


        project_filters.additional_properties = d
        return project_filters

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
