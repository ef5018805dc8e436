from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.lesson_cause import LessonCause
from ..models.project_modality import ProjectModality
from ..models.project_phase import ProjectPhase
from ..models.rfp_service import RfpService
from ..models.source_kind import SourceKind
from ..models.team_department import TeamDepartment
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="LessonIn")



@_attrs_define
class LessonIn:
    """ 
        Attributes:
            cause (LessonCause):
            recommendation (str):
            source_id (int):
            source_kind (SourceKind):
            title (str):
            what_happened (str):
            department (None | TeamDepartment | Unset):
            modality (None | ProjectModality | Unset):
            phase (None | ProjectPhase | Unset):
            service (None | RfpService | Unset):
     """

    cause: LessonCause
    recommendation: str
    source_id: int
    source_kind: SourceKind
    title: str
    what_happened: str
    department: None | TeamDepartment | Unset = UNSET
    modality: None | ProjectModality | Unset = UNSET
    phase: None | ProjectPhase | Unset = UNSET
    service: None | RfpService | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        cause = self.cause.value

        recommendation = self.recommendation

        source_id = self.source_id

        source_kind = self.source_kind.value

        title = self.title

        what_happened = self.what_happened

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

        service: None | str | Unset
        if isinstance(self.service, Unset):
            service = UNSET
        elif isinstance(self.service, RfpService):
            service = self.service.value
        else:
            service = self.service


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "cause": cause,
            "recommendation": recommendation,
            "source_id": source_id,
            "source_kind": source_kind,
            "title": title,
            "what_happened": what_happened,
        })
        if department is not UNSET:
            field_dict["department"] = department
        if modality is not UNSET:
            field_dict["modality"] = modality
        if phase is not UNSET:
            field_dict["phase"] = phase
        if service is not UNSET:
            field_dict["service"] = service

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cause = LessonCause(d.pop("cause"))




        recommendation = d.pop("recommendation")

        source_id = d.pop("source_id")

        source_kind = SourceKind(d.pop("source_kind"))




        title = d.pop("title")

        what_happened = d.pop("what_happened")

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


        lesson_in = cls(
            cause=cause,
            recommendation=recommendation,
            source_id=source_id,
            source_kind=source_kind,
            title=title,
            what_happened=what_happened,
            department=department,
            modality=modality,
            phase=phase,
            service=service,
        )

        return lesson_in

