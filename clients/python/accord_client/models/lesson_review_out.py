from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="LessonReviewOut")



@_attrs_define
class LessonReviewOut:
    """ 
        Attributes:
            budget_actual (None | str):
            budget_planned (None | str):
            business_notes (str):
            drafted_by_name (str):
            follow_on (str):
            id (int):
            lesson_ids (list[int]):
            process_rating (int | None):
            project_code (str):
            project_id (int):
            quality_rating (int | None):
            recommendations (str):
            root_causes (str):
            schedule_rating (int | None):
            sponsor_satisfaction (int | None):
            status (str):
            submitted_at (datetime.datetime | None):
            submitted_by_name (None | str):
            technical_notes (str):
            version (int):
            went_badly (str):
            went_well (str):
     """

    budget_actual: None | str
    budget_planned: None | str
    business_notes: str
    drafted_by_name: str
    follow_on: str
    id: int
    lesson_ids: list[int]
    process_rating: int | None
    project_code: str
    project_id: int
    quality_rating: int | None
    recommendations: str
    root_causes: str
    schedule_rating: int | None
    sponsor_satisfaction: int | None
    status: str
    submitted_at: datetime.datetime | None
    submitted_by_name: None | str
    technical_notes: str
    version: int
    went_badly: str
    went_well: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        budget_actual: None | str
        budget_actual = self.budget_actual

        budget_planned: None | str
        budget_planned = self.budget_planned

        business_notes = self.business_notes

        drafted_by_name = self.drafted_by_name

        follow_on = self.follow_on

        id = self.id

        lesson_ids = self.lesson_ids



        process_rating: int | None
        process_rating = self.process_rating

        project_code = self.project_code

        project_id = self.project_id

        quality_rating: int | None
        quality_rating = self.quality_rating

        recommendations = self.recommendations

        root_causes = self.root_causes

        schedule_rating: int | None
        schedule_rating = self.schedule_rating

        sponsor_satisfaction: int | None
        sponsor_satisfaction = self.sponsor_satisfaction

        status = self.status

        submitted_at: None | str
        if isinstance(self.submitted_at, datetime.datetime):
            submitted_at = self.submitted_at.isoformat()
        else:
            submitted_at = self.submitted_at

        submitted_by_name: None | str
        submitted_by_name = self.submitted_by_name

        technical_notes = self.technical_notes

        version = self.version

        went_badly = self.went_badly

        went_well = self.went_well


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "budget_actual": budget_actual,
            "budget_planned": budget_planned,
            "business_notes": business_notes,
            "drafted_by_name": drafted_by_name,
            "follow_on": follow_on,
            "id": id,
            "lesson_ids": lesson_ids,
            "process_rating": process_rating,
            "project_code": project_code,
            "project_id": project_id,
            "quality_rating": quality_rating,
            "recommendations": recommendations,
            "root_causes": root_causes,
            "schedule_rating": schedule_rating,
            "sponsor_satisfaction": sponsor_satisfaction,
            "status": status,
            "submitted_at": submitted_at,
            "submitted_by_name": submitted_by_name,
            "technical_notes": technical_notes,
            "version": version,
            "went_badly": went_badly,
            "went_well": went_well,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_budget_actual(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        budget_actual = _parse_budget_actual(d.pop("budget_actual"))


        def _parse_budget_planned(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        budget_planned = _parse_budget_planned(d.pop("budget_planned"))


        business_notes = d.pop("business_notes")

        drafted_by_name = d.pop("drafted_by_name")

        follow_on = d.pop("follow_on")

        id = d.pop("id")

        lesson_ids = cast(list[int], d.pop("lesson_ids"))


        def _parse_process_rating(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        process_rating = _parse_process_rating(d.pop("process_rating"))


        project_code = d.pop("project_code")

        project_id = d.pop("project_id")

        def _parse_quality_rating(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        quality_rating = _parse_quality_rating(d.pop("quality_rating"))


        recommendations = d.pop("recommendations")

        root_causes = d.pop("root_causes")

        def _parse_schedule_rating(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        schedule_rating = _parse_schedule_rating(d.pop("schedule_rating"))


        def _parse_sponsor_satisfaction(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        sponsor_satisfaction = _parse_sponsor_satisfaction(d.pop("sponsor_satisfaction"))


        status = d.pop("status")

        def _parse_submitted_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submitted_at_type_0 = datetime.datetime.fromisoformat(data)



                return submitted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        submitted_at = _parse_submitted_at(d.pop("submitted_at"))


        def _parse_submitted_by_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        submitted_by_name = _parse_submitted_by_name(d.pop("submitted_by_name"))


        technical_notes = d.pop("technical_notes")

        version = d.pop("version")

        went_badly = d.pop("went_badly")

        went_well = d.pop("went_well")

        lesson_review_out = cls(
            budget_actual=budget_actual,
            budget_planned=budget_planned,
            business_notes=business_notes,
            drafted_by_name=drafted_by_name,
            follow_on=follow_on,
            id=id,
            lesson_ids=lesson_ids,
            process_rating=process_rating,
            project_code=project_code,
            project_id=project_id,
            quality_rating=quality_rating,
            recommendations=recommendations,
            root_causes=root_causes,
            schedule_rating=schedule_rating,
            sponsor_satisfaction=sponsor_satisfaction,
            status=status,
            submitted_at=submitted_at,
            submitted_by_name=submitted_by_name,
            technical_notes=technical_notes,
            version=version,
            went_badly=went_badly,
            went_well=went_well,
        )


        lesson_review_out.additional_properties = d
        return lesson_review_out

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
