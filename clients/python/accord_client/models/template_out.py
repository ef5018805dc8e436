from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.band_io import BandIO
  from ..models.criterion_io import CriterionIO





T = TypeVar("T", bound="TemplateOut")



@_attrs_define
class TemplateOut:
    """ 
        Attributes:
            bands (list[BandIO]):
            criteria (list[CriterionIO]):
            description (str):
            id (int):
            is_active (bool):
            name (str):
            period_kind (str):
            scope_kind (str):
            version (int):
     """

    bands: list[BandIO]
    criteria: list[CriterionIO]
    description: str
    id: int
    is_active: bool
    name: str
    period_kind: str
    scope_kind: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.band_io import BandIO # noqa: PLC0415
        from ..models.criterion_io import CriterionIO # noqa: PLC0415
        bands = []
        for bands_item_data in self.bands:
            bands_item = bands_item_data.to_dict()
            bands.append(bands_item)



        criteria = []
        for criteria_item_data in self.criteria:
            criteria_item = criteria_item_data.to_dict()
            criteria.append(criteria_item)



        description = self.description

        id = self.id

        is_active = self.is_active

        name = self.name

        period_kind = self.period_kind

        scope_kind = self.scope_kind

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "bands": bands,
            "criteria": criteria,
            "description": description,
            "id": id,
            "is_active": is_active,
            "name": name,
            "period_kind": period_kind,
            "scope_kind": scope_kind,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.band_io import BandIO # noqa: PLC0415
        from ..models.criterion_io import CriterionIO # noqa: PLC0415
        d = dict(src_dict)
        bands = []
        _bands = d.pop("bands")
        for bands_item_data in (_bands):
            bands_item = BandIO.from_dict(bands_item_data)



            bands.append(bands_item)


        criteria = []
        _criteria = d.pop("criteria")
        for criteria_item_data in (_criteria):
            criteria_item = CriterionIO.from_dict(criteria_item_data)



            criteria.append(criteria_item)


        description = d.pop("description")

        id = d.pop("id")

        is_active = d.pop("is_active")

        name = d.pop("name")

        period_kind = d.pop("period_kind")

        scope_kind = d.pop("scope_kind")

        version = d.pop("version")

        template_out = cls(
            bands=bands,
            criteria=criteria,
            description=description,
            id=id,
            is_active=is_active,
            name=name,
            period_kind=period_kind,
            scope_kind=scope_kind,
            version=version,
        )


        template_out.additional_properties = d
        return template_out

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
