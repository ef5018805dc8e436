from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.curricula_level import CurriculaLevel
from ..models.requirement_format import RequirementFormat
from ..models.requirement_kind import RequirementKind
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="RequirementPatch")



@_attrs_define
class RequirementPatch:
    """ 
        Attributes:
            code (None | str | Unset):
            competency_id (int | None | Unset): For a competency to demonstrate
            course_format (None | RequirementFormat | Unset):
            description (None | str | Unset):
            document_id (int | None | Unset): For a document to read
            kind (None | RequirementKind | Unset):
            max_attempts (int | None | Unset):
            min_level (CurriculaLevel | None | Unset):
            pass_mark (int | None | Unset): For a quiz
            questions_per_attempt (int | None | Unset):
            signing_role_ids (list[int] | None | Unset):
            title (None | str | Unset):
            validity_months (int | None | Unset):
     """

    code: None | str | Unset = UNSET
    competency_id: int | None | Unset = UNSET
    course_format: None | RequirementFormat | Unset = UNSET
    description: None | str | Unset = UNSET
    document_id: int | None | Unset = UNSET
    kind: None | RequirementKind | Unset = UNSET
    max_attempts: int | None | Unset = UNSET
    min_level: CurriculaLevel | None | Unset = UNSET
    pass_mark: int | None | Unset = UNSET
    questions_per_attempt: int | None | Unset = UNSET
    signing_role_ids: list[int] | None | Unset = UNSET
    title: None | str | Unset = UNSET
    validity_months: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        competency_id: int | None | Unset
        if isinstance(self.competency_id, Unset):
            competency_id = UNSET
        else:
            competency_id = self.competency_id

        course_format: None | str | Unset
        if isinstance(self.course_format, Unset):
            course_format = UNSET
        elif isinstance(self.course_format, RequirementFormat):
            course_format = self.course_format.value
        else:
            course_format = self.course_format

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        document_id: int | None | Unset
        if isinstance(self.document_id, Unset):
            document_id = UNSET
        else:
            document_id = self.document_id

        kind: None | str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        elif isinstance(self.kind, RequirementKind):
            kind = self.kind.value
        else:
            kind = self.kind

        max_attempts: int | None | Unset
        if isinstance(self.max_attempts, Unset):
            max_attempts = UNSET
        else:
            max_attempts = self.max_attempts

        min_level: int | None | Unset
        if isinstance(self.min_level, Unset):
            min_level = UNSET
        elif isinstance(self.min_level, CurriculaLevel):
            min_level = self.min_level.value
        else:
            min_level = self.min_level

        pass_mark: int | None | Unset
        if isinstance(self.pass_mark, Unset):
            pass_mark = UNSET
        else:
            pass_mark = self.pass_mark

        questions_per_attempt: int | None | Unset
        if isinstance(self.questions_per_attempt, Unset):
            questions_per_attempt = UNSET
        else:
            questions_per_attempt = self.questions_per_attempt

        signing_role_ids: list[int] | None | Unset
        if isinstance(self.signing_role_ids, Unset):
            signing_role_ids = UNSET
        elif isinstance(self.signing_role_ids, list):
            signing_role_ids = self.signing_role_ids


        else:
            signing_role_ids = self.signing_role_ids

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        validity_months: int | None | Unset
        if isinstance(self.validity_months, Unset):
            validity_months = UNSET
        else:
            validity_months = self.validity_months


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if code is not UNSET:
            field_dict["code"] = code
        if competency_id is not UNSET:
            field_dict["competency_id"] = competency_id
        if course_format is not UNSET:
            field_dict["course_format"] = course_format
        if description is not UNSET:
            field_dict["description"] = description
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if kind is not UNSET:
            field_dict["kind"] = kind
        if max_attempts is not UNSET:
            field_dict["max_attempts"] = max_attempts
        if min_level is not UNSET:
            field_dict["min_level"] = min_level
        if pass_mark is not UNSET:
            field_dict["pass_mark"] = pass_mark
        if questions_per_attempt is not UNSET:
            field_dict["questions_per_attempt"] = questions_per_attempt
        if signing_role_ids is not UNSET:
            field_dict["signing_role_ids"] = signing_role_ids
        if title is not UNSET:
            field_dict["title"] = title
        if validity_months is not UNSET:
            field_dict["validity_months"] = validity_months

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))


        def _parse_competency_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        competency_id = _parse_competency_id(d.pop("competency_id", UNSET))


        def _parse_course_format(data: object) -> None | RequirementFormat | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                course_format_type_0 = RequirementFormat(data)



                return course_format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RequirementFormat | Unset, data)

        course_format = _parse_course_format(d.pop("course_format", UNSET))


        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))


        def _parse_document_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        document_id = _parse_document_id(d.pop("document_id", UNSET))


        def _parse_kind(data: object) -> None | RequirementKind | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = RequirementKind(data)



                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RequirementKind | Unset, data)

        kind = _parse_kind(d.pop("kind", UNSET))


        def _parse_max_attempts(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_attempts = _parse_max_attempts(d.pop("max_attempts", UNSET))


        def _parse_min_level(data: object) -> CurriculaLevel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                min_level_type_0 = CurriculaLevel(data)



                return min_level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CurriculaLevel | None | Unset, data)

        min_level = _parse_min_level(d.pop("min_level", UNSET))


        def _parse_pass_mark(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        pass_mark = _parse_pass_mark(d.pop("pass_mark", UNSET))


        def _parse_questions_per_attempt(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        questions_per_attempt = _parse_questions_per_attempt(d.pop("questions_per_attempt", UNSET))


        def _parse_signing_role_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                signing_role_ids_type_0 = cast(list[int], data)

                return signing_role_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        signing_role_ids = _parse_signing_role_ids(d.pop("signing_role_ids", UNSET))


        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))


        def _parse_validity_months(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        validity_months = _parse_validity_months(d.pop("validity_months", UNSET))


        requirement_patch = cls(
            code=code,
            competency_id=competency_id,
            course_format=course_format,
            description=description,
            document_id=document_id,
            kind=kind,
            max_attempts=max_attempts,
            min_level=min_level,
            pass_mark=pass_mark,
            questions_per_attempt=questions_per_attempt,
            signing_role_ids=signing_role_ids,
            title=title,
            validity_months=validity_months,
        )

        return requirement_patch

