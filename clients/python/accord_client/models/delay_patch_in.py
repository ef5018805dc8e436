from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.delay_cause import DelayCause
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="DelayPatchIn")



@_attrs_define
class DelayPatchIn:
    """ Send only what changes; once the sponsor has been told, with a ``reason``.

        Attributes:
            affected_task_ids (list[int] | None | Unset):
            cause (DelayCause | None | Unset):
            days_lost (int | None | Unset):
            description (None | str | Unset):
            internal_notes (None | str | Unset):
            occurred_on (datetime.date | None | Unset):
            reason (str | Unset):  Default: ''.
            root_cause (None | str | Unset):
            title (None | str | Unset):
            version (int | None | Unset): The version you read (or If-Match)
     """

    affected_task_ids: list[int] | None | Unset = UNSET
    cause: DelayCause | None | Unset = UNSET
    days_lost: int | None | Unset = UNSET
    description: None | str | Unset = UNSET
    internal_notes: None | str | Unset = UNSET
    occurred_on: datetime.date | None | Unset = UNSET
    reason: str | Unset = ''
    root_cause: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    version: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        affected_task_ids: list[int] | None | Unset
        if isinstance(self.affected_task_ids, Unset):
            affected_task_ids = UNSET
        elif isinstance(self.affected_task_ids, list):
            affected_task_ids = self.affected_task_ids


        else:
            affected_task_ids = self.affected_task_ids

        cause: None | str | Unset
        if isinstance(self.cause, Unset):
            cause = UNSET
        elif isinstance(self.cause, DelayCause):
            cause = self.cause.value
        else:
            cause = self.cause

        days_lost: int | None | Unset
        if isinstance(self.days_lost, Unset):
            days_lost = UNSET
        else:
            days_lost = self.days_lost

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        internal_notes: None | str | Unset
        if isinstance(self.internal_notes, Unset):
            internal_notes = UNSET
        else:
            internal_notes = self.internal_notes

        occurred_on: None | str | Unset
        if isinstance(self.occurred_on, Unset):
            occurred_on = UNSET
        elif isinstance(self.occurred_on, datetime.date):
            occurred_on = self.occurred_on.isoformat()
        else:
            occurred_on = self.occurred_on

        reason = self.reason

        root_cause: None | str | Unset
        if isinstance(self.root_cause, Unset):
            root_cause = UNSET
        else:
            root_cause = self.root_cause

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


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if affected_task_ids is not UNSET:
            field_dict["affected_task_ids"] = affected_task_ids
        if cause is not UNSET:
            field_dict["cause"] = cause
        if days_lost is not UNSET:
            field_dict["days_lost"] = days_lost
        if description is not UNSET:
            field_dict["description"] = description
        if internal_notes is not UNSET:
            field_dict["internal_notes"] = internal_notes
        if occurred_on is not UNSET:
            field_dict["occurred_on"] = occurred_on
        if reason is not UNSET:
            field_dict["reason"] = reason
        if root_cause is not UNSET:
            field_dict["root_cause"] = root_cause
        if title is not UNSET:
            field_dict["title"] = title
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_affected_task_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                affected_task_ids_type_0 = cast(list[int], data)

                return affected_task_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        affected_task_ids = _parse_affected_task_ids(d.pop("affected_task_ids", UNSET))


        def _parse_cause(data: object) -> DelayCause | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cause_type_0 = DelayCause(data)



                return cause_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DelayCause | None | Unset, data)

        cause = _parse_cause(d.pop("cause", UNSET))


        def _parse_days_lost(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        days_lost = _parse_days_lost(d.pop("days_lost", UNSET))


        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))


        def _parse_internal_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        internal_notes = _parse_internal_notes(d.pop("internal_notes", UNSET))


        def _parse_occurred_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                occurred_on_type_0 = datetime.date.fromisoformat(data)



                return occurred_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        occurred_on = _parse_occurred_on(d.pop("occurred_on", UNSET))


        reason = d.pop("reason", UNSET)

        def _parse_root_cause(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        root_cause = _parse_root_cause(d.pop("root_cause", UNSET))


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


        delay_patch_in = cls(
            affected_task_ids=affected_task_ids,
            cause=cause,
            days_lost=days_lost,
            description=description,
            internal_notes=internal_notes,
            occurred_on=occurred_on,
            reason=reason,
            root_cause=root_cause,
            title=title,
            version=version,
        )

        return delay_patch_in

