from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="SettingsIn")



@_attrs_define
class SettingsIn:
    """ 
        Attributes:
            concern_csat (bool):
            milestone_kinds (list[str]):
            project_close_nps (bool):
            quarterly_nps (bool):
            remind_after_days (int):
            reminders (int):
            milestone_words (list[str] | Unset):
            reason (str | Unset):  Default: ''.
            version (int | None | Unset):
     """

    concern_csat: bool
    milestone_kinds: list[str]
    project_close_nps: bool
    quarterly_nps: bool
    remind_after_days: int
    reminders: int
    milestone_words: list[str] | Unset = UNSET
    reason: str | Unset = ''
    version: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        concern_csat = self.concern_csat

        milestone_kinds = self.milestone_kinds



        project_close_nps = self.project_close_nps

        quarterly_nps = self.quarterly_nps

        remind_after_days = self.remind_after_days

        reminders = self.reminders

        milestone_words: list[str] | Unset = UNSET
        if not isinstance(self.milestone_words, Unset):
            milestone_words = self.milestone_words



        reason = self.reason

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "concern_csat": concern_csat,
            "milestone_kinds": milestone_kinds,
            "project_close_nps": project_close_nps,
            "quarterly_nps": quarterly_nps,
            "remind_after_days": remind_after_days,
            "reminders": reminders,
        })
        if milestone_words is not UNSET:
            field_dict["milestone_words"] = milestone_words
        if reason is not UNSET:
            field_dict["reason"] = reason
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        concern_csat = d.pop("concern_csat")

        milestone_kinds = cast(list[str], d.pop("milestone_kinds"))


        project_close_nps = d.pop("project_close_nps")

        quarterly_nps = d.pop("quarterly_nps")

        remind_after_days = d.pop("remind_after_days")

        reminders = d.pop("reminders")

        milestone_words = cast(list[str], d.pop("milestone_words", UNSET))


        reason = d.pop("reason", UNSET)

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        settings_in = cls(
            concern_csat=concern_csat,
            milestone_kinds=milestone_kinds,
            project_close_nps=project_close_nps,
            quarterly_nps=quarterly_nps,
            remind_after_days=remind_after_days,
            reminders=reminders,
            milestone_words=milestone_words,
            reason=reason,
            version=version,
        )

        return settings_in

