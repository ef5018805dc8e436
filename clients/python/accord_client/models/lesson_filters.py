from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.lesson_cause import LessonCause
from ..models.lesson_status import LessonStatus
from ..models.project_modality import ProjectModality
from ..models.project_phase import ProjectPhase
from ..models.rfp_service import RfpService
from ..models.source_kind import SourceKind
from ..models.team_department import TeamDepartment
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="LessonFilters")



@_attrs_define
class LessonFilters:
    """ 
        Attributes:
            cause (LessonCause | None | Unset):
            department (None | TeamDepartment | Unset):
            modality (None | ProjectModality | Unset):
            phase (None | ProjectPhase | Unset):
            q (None | str | Unset): Words in the lesson
            service (None | RfpService | Unset):
            source_kind (None | SourceKind | Unset):
            status (LessonStatus | None | Unset):
     """

    cause: LessonCause | None | Unset = UNSET
    department: None | TeamDepartment | Unset = UNSET
    modality: None | ProjectModality | Unset = UNSET
    phase: None | ProjectPhase | Unset = UNSET
    q: None | str | Unset = UNSET
    service: None | RfpService | Unset = UNSET
    source_kind: None | SourceKind | Unset = UNSET
    status: LessonStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        cause: None | str | Unset
        if isinstance(self.cause, Unset):
            cause = UNSET
        elif isinstance(self.cause, LessonCause):
            cause = self.cause.value
        else:
            cause = self.cause

        department: None | str | Unset
        if isinstance(self.department, Unset):
            department = UNSET
        elif isinstance(self.department, TeamDepartment):
            department = self.department.value
        else:
            department = self.department

        modality: None | str | Unset
        if isinstance(self.modality, Unset):
            modality = UNSET
        elif isinstance(self.modality, ProjectModality):
            modality = self.modality.value
        else:
            modality = self.modality

        phase: None | str | Unset
        if isinstance(self.phase, Unset):
            phase = UNSET
        elif isinstance(self.phase, ProjectPhase):
            phase = self.phase.value
        else:
            phase = self.phase

        q: None | str | Unset
        if isinstance(self.q, Unset):
            q = UNSET
        else:
            q = self.q

        service: None | str | Unset
        if isinstance(self.service, Unset):
            service = UNSET
        elif isinstance(self.service, RfpService):
            service = self.service.value
        else:
            service = self.service

        source_kind: None | str | Unset
        if isinstance(self.source_kind, Unset):
            source_kind = UNSET
        elif isinstance(self.source_kind, SourceKind):
            source_kind = self.source_kind.value
        else:
            source_kind = self.source_kind

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, LessonStatus):
            status = self.status.value
        else:
            status = self.status


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if cause is not UNSET:
            field_dict["cause"] = cause
        if department is not UNSET:
            field_dict["department"] = department
        if modality is not UNSET:
            field_dict["modality"] = modality
        if phase is not UNSET:
            field_dict["phase"] = phase
        if q is not UNSET:
            field_dict["q"] = q
        if service is not UNSET:
            field_dict["service"] = service
        if source_kind is not UNSET:
            field_dict["source_kind"] = source_kind
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_cause(data: object) -> LessonCause | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cause_type_0 = LessonCause(data)



                return cause_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LessonCause | None | Unset, data)

        cause = _parse_cause(d.pop("cause", UNSET))


        def _parse_department(data: object) -> None | TeamDepartment | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                department_type_0 = TeamDepartment(data)



                return department_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TeamDepartment | Unset, data)

        department = _parse_department(d.pop("department", UNSET))


        def _parse_modality(data: object) -> None | ProjectModality | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                modality_type_0 = ProjectModality(data)



                return modality_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectModality | Unset, data)

        modality = _parse_modality(d.pop("modality", UNSET))


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


        def _parse_q(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        q = _parse_q(d.pop("q", UNSET))


        def _parse_service(data: object) -> None | RfpService | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                service_type_0 = RfpService(data)



                return service_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RfpService | Unset, data)

        service = _parse_service(d.pop("service", UNSET))


        def _parse_source_kind(data: object) -> None | SourceKind | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_kind_type_0 = SourceKind(data)



                return source_kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SourceKind | Unset, data)

        source_kind = _parse_source_kind(d.pop("source_kind", UNSET))


        def _parse_status(data: object) -> LessonStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = LessonStatus(data)



                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LessonStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))


        lesson_filters = cls(
            cause=cause,
            department=department,
            modality=modality,
            phase=phase,
            q=q,
            service=service,
            source_kind=source_kind,
            status=status,
        )


        lesson_filters.additional_properties = d
        return lesson_filters

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
