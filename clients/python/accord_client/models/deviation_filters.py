from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.deviation_class import DeviationClass
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="DeviationFilters")



@_attrs_define
class DeviationFilters:
    """ 
        Attributes:
            classification (DeviationClass | None | Unset):
            overdue (bool | None | Unset): Only open deviations past their due date
            owner_id (int | None | Unset):
            project_id (int | None | Unset):
            q (str | Unset): Number, title, area or equipment contains Default: ''.
            site_id (int | None | Unset):
            sponsor_id (int | None | Unset):
            state (None | str | Unset): One state (assessment, assessment_review, investigation, final_review, closed,
                cancelled), or open; every state when empty
     """

    classification: DeviationClass | None | Unset = UNSET
    overdue: bool | None | Unset = UNSET
    owner_id: int | None | Unset = UNSET
    project_id: int | None | Unset = UNSET
    q: str | Unset = ''
    site_id: int | None | Unset = UNSET
    sponsor_id: int | None | Unset = UNSET
    state: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        classification: None | str | Unset
        if isinstance(self.classification, Unset):
            classification = UNSET
        elif isinstance(self.classification, DeviationClass):
            classification = self.classification.value
        else:
            classification = self.classification

        overdue: bool | None | Unset
        if isinstance(self.overdue, Unset):
            overdue = UNSET
        else:
            overdue = self.overdue

        owner_id: int | None | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = self.owner_id

        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        q = self.q

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

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if classification is not UNSET:
            field_dict["classification"] = classification
        if overdue is not UNSET:
            field_dict["overdue"] = overdue
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if q is not UNSET:
            field_dict["q"] = q
        if site_id is not UNSET:
            field_dict["site_id"] = site_id
        if sponsor_id is not UNSET:
            field_dict["sponsor_id"] = sponsor_id
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_classification(data: object) -> DeviationClass | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                classification_type_0 = DeviationClass(data)



                return classification_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeviationClass | None | Unset, data)

        classification = _parse_classification(d.pop("classification", UNSET))


        def _parse_overdue(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        overdue = _parse_overdue(d.pop("overdue", UNSET))


        def _parse_owner_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        owner_id = _parse_owner_id(d.pop("owner_id", UNSET))


        def _parse_project_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        project_id = _parse_project_id(d.pop("project_id", UNSET))


        q = d.pop("q", UNSET)

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


        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))


        deviation_filters = cls(
            classification=classification,
            overdue=overdue,
            owner_id=owner_id,
            project_id=project_id,
            q=q,
            site_id=site_id,
            sponsor_id=sponsor_id,
            state=state,
        )


        deviation_filters.additional_properties = d
        return deviation_filters

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
