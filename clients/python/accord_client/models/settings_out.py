from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="SettingsOut")



@_attrs_define
class SettingsOut:
    """ 
        Attributes:
            answer_days (int): Days a survey stays open
            concern_csat (bool):
            milestone_kinds (list[str]): milestone and/or decision
            milestone_words (list[str]):
            project_close_nps (bool):
            quarterly_nps (bool):
            remind_after_days (int):
            reminders (int):
            version (int):
     """

    answer_days: int
    concern_csat: bool
    milestone_kinds: list[str]
    milestone_words: list[str]
    project_close_nps: bool
    quarterly_nps: bool
    remind_after_days: int
    reminders: int
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        answer_days = self.answer_days

        concern_csat = self.concern_csat

        milestone_kinds = self.milestone_kinds



        milestone_words = self.milestone_words



        project_close_nps = self.project_close_nps

        quarterly_nps = self.quarterly_nps

        remind_after_days = self.remind_after_days

        reminders = self.reminders

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "answer_days": answer_days,
            "concern_csat": concern_csat,
            "milestone_kinds": milestone_kinds,
            "milestone_words": milestone_words,
            "project_close_nps": project_close_nps,
            "quarterly_nps": quarterly_nps,
            "remind_after_days": remind_after_days,
            "reminders": reminders,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        answer_days = d.pop("answer_days")

        concern_csat = d.pop("concern_csat")

        milestone_kinds = cast(list[str], d.pop("milestone_kinds"))


        milestone_words = cast(list[str], d.pop("milestone_words"))


        project_close_nps = d.pop("project_close_nps")

        quarterly_nps = d.pop("quarterly_nps")

        remind_after_days = d.pop("remind_after_days")

        reminders = d.pop("reminders")

        version = d.pop("version")

        settings_out = cls(
            answer_days=answer_days,
            concern_csat=concern_csat,
            milestone_kinds=milestone_kinds,
            milestone_words=milestone_words,
            project_close_nps=project_close_nps,
            quarterly_nps=quarterly_nps,
            remind_after_days=remind_after_days,
            reminders=reminders,
            version=version,
        )


        settings_out.additional_properties = d
        return settings_out

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
