from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.follow_on import FollowOn
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="LessonReviewIn")



@_attrs_define
class LessonReviewIn:
    """ 
        Attributes:
            budget_actual (float | None | str | Unset):
            budget_planned (float | None | str | Unset):
            business_notes (str | Unset):  Default: ''.
            follow_on (FollowOn | Unset):  Default: FollowOn.UNKNOWN.
            process_rating (int | None | Unset):
            quality_rating (int | None | Unset):
            recommendations (str | Unset):  Default: ''.
            root_causes (str | Unset):  Default: ''.
            schedule_rating (int | None | Unset):
            sponsor_satisfaction (int | None | Unset):
            technical_notes (str | Unset):  Default: ''.
            version (int | None | Unset): The version you read (or If-Match)
            went_badly (str | Unset):  Default: ''.
            went_well (str | Unset):  Default: ''.
     """

    budget_actual: float | None | str | Unset = UNSET
    budget_planned: float | None | str | Unset = UNSET
    business_notes: str | Unset = ''
    follow_on: FollowOn | Unset = FollowOn.UNKNOWN
    process_rating: int | None | Unset = UNSET
    quality_rating: int | None | Unset = UNSET
    recommendations: str | Unset = ''
    root_causes: str | Unset = ''
    schedule_rating: int | None | Unset = UNSET
    sponsor_satisfaction: int | None | Unset = UNSET
    technical_notes: str | Unset = ''
    version: int | None | Unset = UNSET
    went_badly: str | Unset = ''
    went_well: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        budget_actual: float | None | str | Unset
        if isinstance(self.budget_actual, Unset):
            budget_actual = UNSET
        else:
            budget_actual = self.budget_actual

        budget_planned: float | None | str | Unset
        if isinstance(self.budget_planned, Unset):
            budget_planned = UNSET
        else:
            budget_planned = self.budget_planned

        business_notes = self.business_notes

        follow_on: str | Unset = UNSET
        if not isinstance(self.follow_on, Unset):
            follow_on = self.follow_on.value


        process_rating: int | None | Unset
        if isinstance(self.process_rating, Unset):
            process_rating = UNSET
        else:
            process_rating = self.process_rating

        quality_rating: int | None | Unset
        if isinstance(self.quality_rating, Unset):
            quality_rating = UNSET
        else:
            quality_rating = self.quality_rating

        recommendations = self.recommendations

        root_causes = self.root_causes

        schedule_rating: int | None | Unset
        if isinstance(self.schedule_rating, Unset):
            schedule_rating = UNSET
        else:
            schedule_rating = self.schedule_rating

        sponsor_satisfaction: int | None | Unset
        if isinstance(self.sponsor_satisfaction, Unset):
            sponsor_satisfaction = UNSET
        else:
            sponsor_satisfaction = self.sponsor_satisfaction

        technical_notes = self.technical_notes

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        went_badly = self.went_badly

        went_well = self.went_well


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if budget_actual is not UNSET:
            field_dict["budget_actual"] = budget_actual
        if budget_planned is not UNSET:
            field_dict["budget_planned"] = budget_planned
        if business_notes is not UNSET:
            field_dict["business_notes"] = business_notes
        if follow_on is not UNSET:
            field_dict["follow_on"] = follow_on
        if process_rating is not UNSET:
            field_dict["process_rating"] = process_rating
        if quality_rating is not UNSET:
            field_dict["quality_rating"] = quality_rating
        if recommendations is not UNSET:
            field_dict["recommendations"] = recommendations
        if root_causes is not UNSET:
            field_dict["root_causes"] = root_causes
        if schedule_rating is not UNSET:
            field_dict["schedule_rating"] = schedule_rating
        if sponsor_satisfaction is not UNSET:
            field_dict["sponsor_satisfaction"] = sponsor_satisfaction
        if technical_notes is not UNSET:
            field_dict["technical_notes"] = technical_notes
        if version is not UNSET:
            field_dict["version"] = version
        if went_badly is not UNSET:
            field_dict["went_badly"] = went_badly
        if went_well is not UNSET:
            field_dict["went_well"] = went_well

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_budget_actual(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        budget_actual = _parse_budget_actual(d.pop("budget_actual", UNSET))


        def _parse_budget_planned(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        budget_planned = _parse_budget_planned(d.pop("budget_planned", UNSET))


        business_notes = d.pop("business_notes", UNSET)

        _follow_on = d.pop("follow_on", UNSET)
        follow_on: FollowOn | Unset
        if isinstance(_follow_on,  Unset):
            follow_on = UNSET
        else:
            follow_on = FollowOn(_follow_on)




        def _parse_process_rating(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        process_rating = _parse_process_rating(d.pop("process_rating", UNSET))


        def _parse_quality_rating(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        quality_rating = _parse_quality_rating(d.pop("quality_rating", UNSET))


        recommendations = d.pop("recommendations", UNSET)

        root_causes = d.pop("root_causes", UNSET)

        def _parse_schedule_rating(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        schedule_rating = _parse_schedule_rating(d.pop("schedule_rating", UNSET))


        def _parse_sponsor_satisfaction(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sponsor_satisfaction = _parse_sponsor_satisfaction(d.pop("sponsor_satisfaction", UNSET))


        technical_notes = d.pop("technical_notes", UNSET)

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        went_badly = d.pop("went_badly", UNSET)

        went_well = d.pop("went_well", UNSET)

        lesson_review_in = cls(
            budget_actual=budget_actual,
            budget_planned=budget_planned,
            business_notes=business_notes,
            follow_on=follow_on,
            process_rating=process_rating,
            quality_rating=quality_rating,
            recommendations=recommendations,
            root_causes=root_causes,
            schedule_rating=schedule_rating,
            sponsor_satisfaction=sponsor_satisfaction,
            technical_notes=technical_notes,
            version=version,
            went_badly=went_badly,
            went_well=went_well,
        )

        return lesson_review_in

