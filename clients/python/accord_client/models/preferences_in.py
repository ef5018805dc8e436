from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.preferences_in_preferences import PreferencesInPreferences





T = TypeVar("T", bound="PreferencesIn")



@_attrs_define
class PreferencesIn:
    """ 
        Attributes:
            preferences (PreferencesInPreferences): Kind code -> immediate, digest or in_app; kinds left out do not change
     """

    preferences: PreferencesInPreferences





    def to_dict(self) -> dict[str, Any]:
        from ..models.preferences_in_preferences import PreferencesInPreferences # noqa: PLC0415
        preferences = self.preferences.to_dict()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "preferences": preferences,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.preferences_in_preferences import PreferencesInPreferences # noqa: PLC0415
        d = dict(src_dict)
        preferences = PreferencesInPreferences.from_dict(d.pop("preferences"))




        preferences_in = cls(
            preferences=preferences,
        )

        return preferences_in

