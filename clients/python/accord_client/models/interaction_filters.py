from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.interaction_kind import InteractionKind
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="InteractionFilters")



@_attrs_define
class InteractionFilters:
    """ 
        Attributes:
            concern (bool | None | Unset): true: only interactions flagged a concern
            end (datetime.date | None | Unset): Occurred on or before
            kind (InteractionKind | None | Unset):
            q (str | Unset): Subject, summary or contact name contains Default: ''.
            start (datetime.date | None | Unset): Occurred on or after
     """

    concern: bool | None | Unset = UNSET
    end: datetime.date | None | Unset = UNSET
    kind: InteractionKind | None | Unset = UNSET
    q: str | Unset = ''
    start: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        concern: bool | None | Unset
        if isinstance(self.concern, Unset):
            concern = UNSET
        else:
            concern = self.concern

        end: None | str | Unset
        if isinstance(self.end, Unset):
            end = UNSET
        elif isinstance(self.end, datetime.date):
            end = self.end.isoformat()
        else:
            end = self.end

        kind: None | str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        elif isinstance(self.kind, InteractionKind):
            kind = self.kind.value
        else:
            kind = self.kind

        q = self.q

        start: None | str | Unset
        if isinstance(self.start, Unset):
            start = UNSET
        elif isinstance(self.start, datetime.date):
            start = self.start.isoformat()
        else:
            start = self.start


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if concern is not UNSET:
            field_dict["concern"] = concern
        if end is not UNSET:
            field_dict["end"] = end
        if kind is not UNSET:
            field_dict["kind"] = kind
        if q is not UNSET:
            field_dict["q"] = q
        if start is not UNSET:
            field_dict["start"] = start

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_concern(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        concern = _parse_concern(d.pop("concern", UNSET))


        def _parse_end(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_type_0 = datetime.date.fromisoformat(data)



                return end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        end = _parse_end(d.pop("end", UNSET))


        def _parse_kind(data: object) -> InteractionKind | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = InteractionKind(data)



                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InteractionKind | None | Unset, data)

        kind = _parse_kind(d.pop("kind", UNSET))


        q = d.pop("q", UNSET)

        def _parse_start(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_type_0 = datetime.date.fromisoformat(data)



                return start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        start = _parse_start(d.pop("start", UNSET))


        interaction_filters = cls(
            concern=concern,
            end=end,
            kind=kind,
            q=q,
            start=start,
        )


        interaction_filters.additional_properties = d
        return interaction_filters

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
