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
from ..models.team_department import TeamDepartment
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="LessonPatchIn")



@_attrs_define
class LessonPatchIn:
    """ The fields to change; a tag sent as ``null`` is cleared (the cause cannot be).

        Attributes:
            cause (LessonCause | None | Unset):
            department (None | TeamDepartment | Unset):
            modality (None | ProjectModality | Unset):
            phase (None | ProjectPhase | Unset):
            reason (str | Unset): Needed once the lesson is published Default: ''.
            recommendation (None | str | Unset):
            service (None | RfpService | Unset):
            title (None | str | Unset):
            version (int | None | Unset): Or send `If-Match`
            what_happened (None | str | Unset):
     """

    cause: LessonCause | None | Unset = UNSET
    department: None | TeamDepartment | Unset = UNSET
    modality: None | ProjectModality | Unset = UNSET
    phase: None | ProjectPhase | Unset = UNSET
    reason: str | Unset = ''
    recommendation: None | str | Unset = UNSET
    service: None | RfpService | Unset = UNSET
    title: None | str | Unset = UNSET
    version: int | None | Unset = UNSET
    what_happened: None | str | Unset = UNSET





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

        reason = self.reason

        recommendation: None | str | Unset
        if isinstance(self.recommendation, Unset):
            recommendation = UNSET
        else:
            recommendation = self.recommendation

        service: None | str | Unset
        if isinstance(self.service, Unset):
            service = UNSET
        elif isinstance(self.service, RfpService):
            service = self.service.value
        else:
            service = self.service

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        what_happened: None | str | Unset
        if isinstance(self.what_happened, Unset):
            what_happened = UNSET
        else:
            what_happened = self.what_happened


        field_dict: dict[str, Any] = {}

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
        if reason is not UNSET:
            field_dict["reason"] = reason
        if recommendation is not UNSET:
            field_dict["recommendation"] = recommendation
        if service is not UNSET:
            field_dict["service"] = service
        if title is not UNSET:
            field_dict["title"] = title
        if version is not UNSET:
            field_dict["version"] = version
        if what_happened is not UNSET:
            field_dict["what_happened"] = what_happened

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


        reason = d.pop("reason", UNSET)

        def _parse_recommendation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recommendation = _parse_recommendation(d.pop("recommendation", UNSET))


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


        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))


        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        def _parse_what_happened(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        what_happened = _parse_what_happened(d.pop("what_happened", UNSET))


        lesson_patch_in = cls(
            cause=cause,
            department=department,
            modality=modality,
            phase=phase,
            reason=reason,
            recommendation=recommendation,
            service=service,
            title=title,
            version=version,
            what_happened=what_happened,
        )

        return lesson_patch_in

