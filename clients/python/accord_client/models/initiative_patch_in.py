from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="InitiativePatchIn")



@_attrs_define
class InitiativePatchIn:
    """ Only the fields sent change; ``sponsor_id``/``project_id`` sent as ``null`` clear.

        Attributes:
            after (None | str | Unset):
            baseline_metric (None | str | Unset):
            baseline_value (float | None | str | Unset):
            before (None | str | Unset):
            champion_id (int | None | Unset):
            event_end (datetime.date | None | Unset):
            event_start (datetime.date | None | Unset):
            owner_id (int | None | Unset):
            problem_statement (None | str | Unset):
            project_id (int | None | Unset):
            site_id (int | None | Unset):
            sponsor_id (int | None | Unset):
            started_on (datetime.date | None | Unset):
            target_value (float | None | str | Unset):
            team_ids (list[int] | None | Unset):
            title (None | str | Unset):
            unit (None | str | Unset):
            version (int | None | Unset): Or send `If-Match`
     """

    after: None | str | Unset = UNSET
    baseline_metric: None | str | Unset = UNSET
    baseline_value: float | None | str | Unset = UNSET
    before: None | str | Unset = UNSET
    champion_id: int | None | Unset = UNSET
    event_end: datetime.date | None | Unset = UNSET
    event_start: datetime.date | None | Unset = UNSET
    owner_id: int | None | Unset = UNSET
    problem_statement: None | str | Unset = UNSET
    project_id: int | None | Unset = UNSET
    site_id: int | None | Unset = UNSET
    sponsor_id: int | None | Unset = UNSET
    started_on: datetime.date | None | Unset = UNSET
    target_value: float | None | str | Unset = UNSET
    team_ids: list[int] | None | Unset = UNSET
    title: None | str | Unset = UNSET
    unit: None | str | Unset = UNSET
    version: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        after: None | str | Unset
        if isinstance(self.after, Unset):
            after = UNSET
        else:
            after = self.after

        baseline_metric: None | str | Unset
        if isinstance(self.baseline_metric, Unset):
            baseline_metric = UNSET
        else:
            baseline_metric = self.baseline_metric

        baseline_value: float | None | str | Unset
        if isinstance(self.baseline_value, Unset):
            baseline_value = UNSET
        else:
            baseline_value = self.baseline_value

        before: None | str | Unset
        if isinstance(self.before, Unset):
            before = UNSET
        else:
            before = self.before

        champion_id: int | None | Unset
        if isinstance(self.champion_id, Unset):
            champion_id = UNSET
        else:
            champion_id = self.champion_id

        event_end: None | str | Unset
        if isinstance(self.event_end, Unset):
            event_end = UNSET
        elif isinstance(self.event_end, datetime.date):
            event_end = self.event_end.isoformat()
        else:
            event_end = self.event_end

        event_start: None | str | Unset
        if isinstance(self.event_start, Unset):
            event_start = UNSET
        elif isinstance(self.event_start, datetime.date):
            event_start = self.event_start.isoformat()
        else:
            event_start = self.event_start

        owner_id: int | None | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = self.owner_id

        problem_statement: None | str | Unset
        if isinstance(self.problem_statement, Unset):
            problem_statement = UNSET
        else:
            problem_statement = self.problem_statement

        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

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

        started_on: None | str | Unset
        if isinstance(self.started_on, Unset):
            started_on = UNSET
        elif isinstance(self.started_on, datetime.date):
            started_on = self.started_on.isoformat()
        else:
            started_on = self.started_on

        target_value: float | None | str | Unset
        if isinstance(self.target_value, Unset):
            target_value = UNSET
        else:
            target_value = self.target_value

        team_ids: list[int] | None | Unset
        if isinstance(self.team_ids, Unset):
            team_ids = UNSET
        elif isinstance(self.team_ids, list):
            team_ids = self.team_ids


        else:
            team_ids = self.team_ids

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        unit: None | str | Unset
        if isinstance(self.unit, Unset):
            unit = UNSET
        else:
            unit = self.unit

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if after is not UNSET:
            field_dict["after"] = after
        if baseline_metric is not UNSET:
            field_dict["baseline_metric"] = baseline_metric
        if baseline_value is not UNSET:
            field_dict["baseline_value"] = baseline_value
        if before is not UNSET:
            field_dict["before"] = before
        if champion_id is not UNSET:
            field_dict["champion_id"] = champion_id
        if event_end is not UNSET:
            field_dict["event_end"] = event_end
        if event_start is not UNSET:
            field_dict["event_start"] = event_start
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if problem_statement is not UNSET:
            field_dict["problem_statement"] = problem_statement
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if site_id is not UNSET:
            field_dict["site_id"] = site_id
        if sponsor_id is not UNSET:
            field_dict["sponsor_id"] = sponsor_id
        if started_on is not UNSET:
            field_dict["started_on"] = started_on
        if target_value is not UNSET:
            field_dict["target_value"] = target_value
        if team_ids is not UNSET:
            field_dict["team_ids"] = team_ids
        if title is not UNSET:
            field_dict["title"] = title
        if unit is not UNSET:
            field_dict["unit"] = unit
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_after(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        after = _parse_after(d.pop("after", UNSET))


        def _parse_baseline_metric(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        baseline_metric = _parse_baseline_metric(d.pop("baseline_metric", UNSET))


        def _parse_baseline_value(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        baseline_value = _parse_baseline_value(d.pop("baseline_value", UNSET))


        def _parse_before(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        before = _parse_before(d.pop("before", UNSET))


        def _parse_champion_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        champion_id = _parse_champion_id(d.pop("champion_id", UNSET))


        def _parse_event_end(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                event_end_type_0 = datetime.date.fromisoformat(data)



                return event_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        event_end = _parse_event_end(d.pop("event_end", UNSET))


        def _parse_event_start(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                event_start_type_0 = datetime.date.fromisoformat(data)



                return event_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        event_start = _parse_event_start(d.pop("event_start", UNSET))


        def _parse_owner_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        owner_id = _parse_owner_id(d.pop("owner_id", UNSET))


        def _parse_problem_statement(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        problem_statement = _parse_problem_statement(d.pop("problem_statement", UNSET))


        def _parse_project_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        project_id = _parse_project_id(d.pop("project_id", UNSET))


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


        def _parse_started_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_on_type_0 = datetime.date.fromisoformat(data)



                return started_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        started_on = _parse_started_on(d.pop("started_on", UNSET))


        def _parse_target_value(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        target_value = _parse_target_value(d.pop("target_value", UNSET))


        def _parse_team_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                team_ids_type_0 = cast(list[int], data)

                return team_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        team_ids = _parse_team_ids(d.pop("team_ids", UNSET))


        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))


        def _parse_unit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unit = _parse_unit(d.pop("unit", UNSET))


        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        initiative_patch_in = cls(
            after=after,
            baseline_metric=baseline_metric,
            baseline_value=baseline_value,
            before=before,
            champion_id=champion_id,
            event_end=event_end,
            event_start=event_start,
            owner_id=owner_id,
            problem_statement=problem_statement,
            project_id=project_id,
            site_id=site_id,
            sponsor_id=sponsor_id,
            started_on=started_on,
            target_value=target_value,
            team_ids=team_ids,
            title=title,
            unit=unit,
            version=version,
        )

        return initiative_patch_in

