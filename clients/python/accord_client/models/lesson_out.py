from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="LessonOut")



@_attrs_define
class LessonOut:
    """ 
        Attributes:
            cause (str):
            cause_label (str):
            curriculum_id (int | None):
            department (str):
            id (int):
            modality (str):
            number (str):
            phase (str):
            published_at (datetime.datetime | None):
            recommendation (str):
            recorded_at (datetime.datetime):
            recorded_by_name (str):
            service (str):
            source_id (int | None):
            source_kind (str):
            source_label (str):
            status (str):
            title (str):
            version (int):
            what_happened (str):
     """

    cause: str
    cause_label: str
    curriculum_id: int | None
    department: str
    id: int
    modality: str
    number: str
    phase: str
    published_at: datetime.datetime | None
    recommendation: str
    recorded_at: datetime.datetime
    recorded_by_name: str
    service: str
    source_id: int | None
    source_kind: str
    source_label: str
    status: str
    title: str
    version: int
    what_happened: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        cause = self.cause

        cause_label = self.cause_label

        curriculum_id: int | None
        curriculum_id = self.curriculum_id

        department = self.department

        id = self.id

        modality = self.modality

        number = self.number

        phase = self.phase

        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        recommendation = self.recommendation

        recorded_at = self.recorded_at.isoformat()

        recorded_by_name = self.recorded_by_name

        service = self.service

        source_id: int | None
        source_id = self.source_id

        source_kind = self.source_kind

        source_label = self.source_label

        status = self.status

        title = self.title

        version = self.version

        what_happened = self.what_happened


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "cause": cause,
            "cause_label": cause_label,
            "curriculum_id": curriculum_id,
            "department": department,
            "id": id,
            "modality": modality,
            "number": number,
            "phase": phase,
            "published_at": published_at,
            "recommendation": recommendation,
            "recorded_at": recorded_at,
            "recorded_by_name": recorded_by_name,
            "service": service,
            "source_id": source_id,
            "source_kind": source_kind,
            "source_label": source_label,
            "status": status,
            "title": title,
            "version": version,
            "what_happened": what_happened,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cause = d.pop("cause")

        cause_label = d.pop("cause_label")

        def _parse_curriculum_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        curriculum_id = _parse_curriculum_id(d.pop("curriculum_id"))


        department = d.pop("department")

        id = d.pop("id")

        modality = d.pop("modality")

        number = d.pop("number")

        phase = d.pop("phase")

        def _parse_published_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)



                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        published_at = _parse_published_at(d.pop("published_at"))


        recommendation = d.pop("recommendation")

        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))




        recorded_by_name = d.pop("recorded_by_name")

        service = d.pop("service")

        def _parse_source_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        source_id = _parse_source_id(d.pop("source_id"))


        source_kind = d.pop("source_kind")

        source_label = d.pop("source_label")

        status = d.pop("status")

        title = d.pop("title")

        version = d.pop("version")

        what_happened = d.pop("what_happened")

        lesson_out = cls(
            cause=cause,
            cause_label=cause_label,
            curriculum_id=curriculum_id,
            department=department,
            id=id,
            modality=modality,
            number=number,
            phase=phase,
            published_at=published_at,
            recommendation=recommendation,
            recorded_at=recorded_at,
            recorded_by_name=recorded_by_name,
            service=service,
            source_id=source_id,
            source_kind=source_kind,
            source_label=source_label,
            status=status,
            title=title,
            version=version,
            what_happened=what_happened,
        )


        lesson_out.additional_properties = d
        return lesson_out

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
