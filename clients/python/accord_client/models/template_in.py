from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.band_io import BandIO
  from ..models.criterion_io import CriterionIO





T = TypeVar("T", bound="TemplateIn")



@_attrs_define
class TemplateIn:
    """ 
        Attributes:
            bands (list[BandIO]):
            criteria (list[CriterionIO]):
            name (str):
            scope_kind (str):
            description (str | Unset):  Default: ''.
            is_active (bool | Unset):  Default: True.
            period_kind (str | Unset):  Default: 'quarter'.
            version (int | None | Unset): The version you read (updates)
     """

    bands: list[BandIO]
    criteria: list[CriterionIO]
    name: str
    scope_kind: str
    description: str | Unset = ''
    is_active: bool | Unset = True
    period_kind: str | Unset = 'quarter'
    version: int | None | Unset = UNSET





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



        name = self.name

        scope_kind = self.scope_kind

        description = self.description

        is_active = self.is_active

        period_kind = self.period_kind

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "bands": bands,
            "criteria": criteria,
            "name": name,
            "scope_kind": scope_kind,
        })
        if description is not UNSET:
            field_dict["description"] = description
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if period_kind is not UNSET:
            field_dict["period_kind"] = period_kind
        if version is not UNSET:
            field_dict["version"] = version

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


        name = d.pop("name")

        scope_kind = d.pop("scope_kind")

        description = d.pop("description", UNSET)

        is_active = d.pop("is_active", UNSET)

        period_kind = d.pop("period_kind", UNSET)

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        template_in = cls(
            bands=bands,
            criteria=criteria,
            name=name,
            scope_kind=scope_kind,
            description=description,
            is_active=is_active,
            period_kind=period_kind,
            version=version,
        )

        return template_in

