from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.curricula_level import CurriculaLevel
from ..models.requirement_format import RequirementFormat
from ..models.requirement_kind import RequirementKind
from typing import cast

if TYPE_CHECKING:
  from ..models.ref import Ref





T = TypeVar("T", bound="RequirementOut")



@_attrs_define
class RequirementOut:
    """ 
        Attributes:
            code (str):
            competency_id (int | None):
            course_format (None | RequirementFormat):
            curricula (list[Ref]):
            description (str):
            document_id (int | None):
            id (int):
            is_active (bool):
            kind (RequirementKind):
            kind_label (str):
            max_attempts (int | None):
            min_level (CurriculaLevel): Proficiency in a competency.
            min_level_label (str):
            pass_mark (int | None):
            questions_per_attempt (int | None):
            signing_role_ids (list[int]):
            title (str):
            validity_months (int | None):
            what (str):
     """

    code: str
    competency_id: int | None
    course_format: None | RequirementFormat
    curricula: list[Ref]
    description: str
    document_id: int | None
    id: int
    is_active: bool
    kind: RequirementKind
    kind_label: str
    max_attempts: int | None
    min_level: CurriculaLevel
    min_level_label: str
    pass_mark: int | None
    questions_per_attempt: int | None
    signing_role_ids: list[int]
    title: str
    validity_months: int | None
    what: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref # noqa: PLC0415
        code = self.code

        competency_id: int | None
        competency_id = self.competency_id

        course_format: None | str
        if isinstance(self.course_format, RequirementFormat):
            course_format = self.course_format.value
        else:
            course_format = self.course_format

        curricula = []
        for curricula_item_data in self.curricula:
            curricula_item = curricula_item_data.to_dict()
            curricula.append(curricula_item)



        description = self.description

        document_id: int | None
        document_id = self.document_id

        id = self.id

        is_active = self.is_active

        kind = self.kind.value

        kind_label = self.kind_label

        max_attempts: int | None
        max_attempts = self.max_attempts

        min_level = self.min_level.value

        min_level_label = self.min_level_label

        pass_mark: int | None
        pass_mark = self.pass_mark

        questions_per_attempt: int | None
        questions_per_attempt = self.questions_per_attempt

        signing_role_ids = self.signing_role_ids



        title = self.title

        validity_months: int | None
        validity_months = self.validity_months

        what = self.what


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "competency_id": competency_id,
            "course_format": course_format,
            "curricula": curricula,
            "description": description,
            "document_id": document_id,
            "id": id,
            "is_active": is_active,
            "kind": kind,
            "kind_label": kind_label,
            "max_attempts": max_attempts,
            "min_level": min_level,
            "min_level_label": min_level_label,
            "pass_mark": pass_mark,
            "questions_per_attempt": questions_per_attempt,
            "signing_role_ids": signing_role_ids,
            "title": title,
            "validity_months": validity_months,
            "what": what,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ref import Ref # noqa: PLC0415
        d = dict(src_dict)
        code = d.pop("code")

        def _parse_competency_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        competency_id = _parse_competency_id(d.pop("competency_id"))


        def _parse_course_format(data: object) -> None | RequirementFormat:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                course_format_type_0 = RequirementFormat(data)



                return course_format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RequirementFormat, data)

        course_format = _parse_course_format(d.pop("course_format"))


        curricula = []
        _curricula = d.pop("curricula")
        for curricula_item_data in (_curricula):
            curricula_item = Ref.from_dict(curricula_item_data)



            curricula.append(curricula_item)


        description = d.pop("description")

        def _parse_document_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        document_id = _parse_document_id(d.pop("document_id"))


        id = d.pop("id")

        is_active = d.pop("is_active")

        kind = RequirementKind(d.pop("kind"))




        kind_label = d.pop("kind_label")

        def _parse_max_attempts(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        max_attempts = _parse_max_attempts(d.pop("max_attempts"))


        min_level = CurriculaLevel(d.pop("min_level"))




        min_level_label = d.pop("min_level_label")

        def _parse_pass_mark(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        pass_mark = _parse_pass_mark(d.pop("pass_mark"))


        def _parse_questions_per_attempt(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        questions_per_attempt = _parse_questions_per_attempt(d.pop("questions_per_attempt"))


        signing_role_ids = cast(list[int], d.pop("signing_role_ids"))


        title = d.pop("title")

        def _parse_validity_months(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        validity_months = _parse_validity_months(d.pop("validity_months"))


        what = d.pop("what")

        requirement_out = cls(
            code=code,
            competency_id=competency_id,
            course_format=course_format,
            curricula=curricula,
            description=description,
            document_id=document_id,
            id=id,
            is_active=is_active,
            kind=kind,
            kind_label=kind_label,
            max_attempts=max_attempts,
            min_level=min_level,
            min_level_label=min_level_label,
            pass_mark=pass_mark,
            questions_per_attempt=questions_per_attempt,
            signing_role_ids=signing_role_ids,
            title=title,
            validity_months=validity_months,
            what=what,
        )


        requirement_out.additional_properties = d
        return requirement_out

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
