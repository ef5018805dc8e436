from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.run_status import RunStatus
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.leveling_outcome_out import LevelingOutcomeOut
  from ..models.overload_out import OverloadOut





T = TypeVar("T", bound="LevelingRunOut")



@_attrs_define
class LevelingRunOut:
    """ 
        Attributes:
            decided_at (datetime.datetime | None):
            decided_by_name (None | str):
            decision_reason (str):
            error (str):
            finished_at (datetime.datetime | None):
            from_date (datetime.date):
            id (int):
            moves (int | None):
            note (str):
            outcomes (list[LevelingOutcomeOut]):
            overloads_after (list[OverloadOut]):
            overloads_before (list[OverloadOut]):
            progress (int): 0 to 100
            progress_message (str):
            requested_at (datetime.datetime):
            requested_by_name (str):
            scope_label (str):
            site_id (int | None):
            status (RunStatus):
            status_label (str):
            version (int):
     """

    decided_at: datetime.datetime | None
    decided_by_name: None | str
    decision_reason: str
    error: str
    finished_at: datetime.datetime | None
    from_date: datetime.date
    id: int
    moves: int | None
    note: str
    outcomes: list[LevelingOutcomeOut]
    overloads_after: list[OverloadOut]
    overloads_before: list[OverloadOut]
    progress: int
    progress_message: str
    requested_at: datetime.datetime
    requested_by_name: str
    scope_label: str
    site_id: int | None
    status: RunStatus
    status_label: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.leveling_outcome_out import LevelingOutcomeOut # noqa: PLC0415
        from ..models.overload_out import OverloadOut # noqa: PLC0415
        decided_at: None | str
        if isinstance(self.decided_at, datetime.datetime):
            decided_at = self.decided_at.isoformat()
        else:
            decided_at = self.decided_at

        decided_by_name: None | str
        decided_by_name = self.decided_by_name

        decision_reason = self.decision_reason

        error = self.error

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        from_date = self.from_date.isoformat()

        id = self.id

        moves: int | None
        moves = self.moves

        note = self.note

        outcomes = []
        for outcomes_item_data in self.outcomes:
            outcomes_item = outcomes_item_data.to_dict()
            outcomes.append(outcomes_item)



        overloads_after = []
        for overloads_after_item_data in self.overloads_after:
            overloads_after_item = overloads_after_item_data.to_dict()
            overloads_after.append(overloads_after_item)



        overloads_before = []
        for overloads_before_item_data in self.overloads_before:
            overloads_before_item = overloads_before_item_data.to_dict()
            overloads_before.append(overloads_before_item)



        progress = self.progress

        progress_message = self.progress_message

        requested_at = self.requested_at.isoformat()

        requested_by_name = self.requested_by_name

        scope_label = self.scope_label

        site_id: int | None
        site_id = self.site_id

        status = self.status.value

        status_label = self.status_label

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "decided_at": decided_at,
            "decided_by_name": decided_by_name,
            "decision_reason": decision_reason,
            "error": error,
            "finished_at": finished_at,
            "from_date": from_date,
            "id": id,
            "moves": moves,
            "note": note,
            "outcomes": outcomes,
            "overloads_after": overloads_after,
            "overloads_before": overloads_before,
            "progress": progress,
            "progress_message": progress_message,
            "requested_at": requested_at,
            "requested_by_name": requested_by_name,
            "scope_label": scope_label,
            "site_id": site_id,
            "status": status,
            "status_label": status_label,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.leveling_outcome_out import LevelingOutcomeOut # noqa: PLC0415
        from ..models.overload_out import OverloadOut # noqa: PLC0415
        d = dict(src_dict)
        def _parse_decided_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_at_type_0 = datetime.datetime.fromisoformat(data)



                return decided_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        decided_at = _parse_decided_at(d.pop("decided_at"))


        def _parse_decided_by_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decided_by_name = _parse_decided_by_name(d.pop("decided_by_name"))


        decision_reason = d.pop("decision_reason")

        error = d.pop("error")

        def _parse_finished_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)



                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        finished_at = _parse_finished_at(d.pop("finished_at"))


        from_date = datetime.date.fromisoformat(d.pop("from_date"))




        id = d.pop("id")

        def _parse_moves(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        moves = _parse_moves(d.pop("moves"))


        note = d.pop("note")

        outcomes = []
        _outcomes = d.pop("outcomes")
        for outcomes_item_data in (_outcomes):
            outcomes_item = LevelingOutcomeOut.from_dict(outcomes_item_data)



            outcomes.append(outcomes_item)


        overloads_after = []
        _overloads_after = d.pop("overloads_after")
        for overloads_after_item_data in (_overloads_after):
            overloads_after_item = OverloadOut.from_dict(overloads_after_item_data)



            overloads_after.append(overloads_after_item)


        overloads_before = []
        _overloads_before = d.pop("overloads_before")
        for overloads_before_item_data in (_overloads_before):
            overloads_before_item = OverloadOut.from_dict(overloads_before_item_data)



            overloads_before.append(overloads_before_item)


        progress = d.pop("progress")

        progress_message = d.pop("progress_message")

        requested_at = datetime.datetime.fromisoformat(d.pop("requested_at"))




        requested_by_name = d.pop("requested_by_name")

        scope_label = d.pop("scope_label")

        def _parse_site_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        site_id = _parse_site_id(d.pop("site_id"))


        status = RunStatus(d.pop("status"))




        status_label = d.pop("status_label")

        version = d.pop("version")

        leveling_run_out = cls(
            decided_at=decided_at,
            decided_by_name=decided_by_name,
            decision_reason=decision_reason,
            error=error,
            finished_at=finished_at,
            from_date=from_date,
            id=id,
            moves=moves,
            note=note,
            outcomes=outcomes,
            overloads_after=overloads_after,
            overloads_before=overloads_before,
            progress=progress,
            progress_message=progress_message,
            requested_at=requested_at,
            requested_by_name=requested_by_name,
            scope_label=scope_label,
            site_id=site_id,
            status=status,
            status_label=status_label,
            version=version,
        )


        leveling_run_out.additional_properties = d
        return leveling_run_out

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
