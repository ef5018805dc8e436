from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.category_out import CategoryOut
  from ..models.csat_out import CsatOut
  from ..models.csat_row_out import CsatRowOut
  from ..models.nps_out import NpsOut
  from ..models.nps_row_out import NpsRowOut





T = TypeVar("T", bound="ResultsOut")



@_attrs_define
class ResultsOut:
    """ 
        Attributes:
            categories (list[CategoryOut]):
            csat (CsatOut):
            csat_by_owner (list[CsatRowOut]):
            csat_by_project (list[CsatRowOut]):
            csat_by_quarter (list[CsatRowOut]):
            csat_by_sponsor (list[CsatRowOut]):
            nps (NpsOut):
            nps_by_quarter (list[NpsRowOut]):
            nps_by_sponsor (list[NpsRowOut]):
     """

    categories: list[CategoryOut]
    csat: CsatOut
    csat_by_owner: list[CsatRowOut]
    csat_by_project: list[CsatRowOut]
    csat_by_quarter: list[CsatRowOut]
    csat_by_sponsor: list[CsatRowOut]
    nps: NpsOut
    nps_by_quarter: list[NpsRowOut]
    nps_by_sponsor: list[NpsRowOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.category_out import CategoryOut # noqa: PLC0415
        from ..models.csat_out import CsatOut # noqa: PLC0415
        from ..models.csat_row_out import CsatRowOut # noqa: PLC0415
        from ..models.nps_out import NpsOut # noqa: PLC0415
        from ..models.nps_row_out import NpsRowOut # noqa: PLC0415
        categories = []
        for categories_item_data in self.categories:
            categories_item = categories_item_data.to_dict()
            categories.append(categories_item)



        csat = self.csat.to_dict()

        csat_by_owner = []
        for csat_by_owner_item_data in self.csat_by_owner:
            csat_by_owner_item = csat_by_owner_item_data.to_dict()
            csat_by_owner.append(csat_by_owner_item)



        csat_by_project = []
        for csat_by_project_item_data in self.csat_by_project:
            csat_by_project_item = csat_by_project_item_data.to_dict()
            csat_by_project.append(csat_by_project_item)



        csat_by_quarter = []
        for csat_by_quarter_item_data in self.csat_by_quarter:
            csat_by_quarter_item = csat_by_quarter_item_data.to_dict()
            csat_by_quarter.append(csat_by_quarter_item)



        csat_by_sponsor = []
        for csat_by_sponsor_item_data in self.csat_by_sponsor:
            csat_by_sponsor_item = csat_by_sponsor_item_data.to_dict()
            csat_by_sponsor.append(csat_by_sponsor_item)



        nps = self.nps.to_dict()

        nps_by_quarter = []
        for nps_by_quarter_item_data in self.nps_by_quarter:
            nps_by_quarter_item = nps_by_quarter_item_data.to_dict()
            nps_by_quarter.append(nps_by_quarter_item)



        nps_by_sponsor = []
        for nps_by_sponsor_item_data in self.nps_by_sponsor:
            nps_by_sponsor_item = nps_by_sponsor_item_data.to_dict()
            nps_by_sponsor.append(nps_by_sponsor_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "categories": categories,
            "csat": csat,
            "csat_by_owner": csat_by_owner,
            "csat_by_project": csat_by_project,
            "csat_by_quarter": csat_by_quarter,
            "csat_by_sponsor": csat_by_sponsor,
            "nps": nps,
            "nps_by_quarter": nps_by_quarter,
            "nps_by_sponsor": nps_by_sponsor,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.category_out import CategoryOut # noqa: PLC0415
        from ..models.csat_out import CsatOut # noqa: PLC0415
        from ..models.csat_row_out import CsatRowOut # noqa: PLC0415
        from ..models.nps_out import NpsOut # noqa: PLC0415
        from ..models.nps_row_out import NpsRowOut # noqa: PLC0415
        d = dict(src_dict)
        categories = []
        _categories = d.pop("categories")
        for categories_item_data in (_categories):
            categories_item = CategoryOut.from_dict(categories_item_data)



            categories.append(categories_item)


        csat = CsatOut.from_dict(d.pop("csat"))




        csat_by_owner = []
        _csat_by_owner = d.pop("csat_by_owner")
        for csat_by_owner_item_data in (_csat_by_owner):
            csat_by_owner_item = CsatRowOut.from_dict(csat_by_owner_item_data)



            csat_by_owner.append(csat_by_owner_item)


        csat_by_project = []
        _csat_by_project = d.pop("csat_by_project")
        for csat_by_project_item_data in (_csat_by_project):
            csat_by_project_item = CsatRowOut.from_dict(csat_by_project_item_data)



            csat_by_project.append(csat_by_project_item)


        csat_by_quarter = []
        _csat_by_quarter = d.pop("csat_by_quarter")
        for csat_by_quarter_item_data in (_csat_by_quarter):
            csat_by_quarter_item = CsatRowOut.from_dict(csat_by_quarter_item_data)



            csat_by_quarter.append(csat_by_quarter_item)


        csat_by_sponsor = []
        _csat_by_sponsor = d.pop("csat_by_sponsor")
        for csat_by_sponsor_item_data in (_csat_by_sponsor):
            csat_by_sponsor_item = CsatRowOut.from_dict(csat_by_sponsor_item_data)



            csat_by_sponsor.append(csat_by_sponsor_item)


        nps = NpsOut.from_dict(d.pop("nps"))




        nps_by_quarter = []
        _nps_by_quarter = d.pop("nps_by_quarter")
        for nps_by_quarter_item_data in (_nps_by_quarter):
            nps_by_quarter_item = NpsRowOut.from_dict(nps_by_quarter_item_data)



            nps_by_quarter.append(nps_by_quarter_item)


        nps_by_sponsor = []
        _nps_by_sponsor = d.pop("nps_by_sponsor")
        for nps_by_sponsor_item_data in (_nps_by_sponsor):
            nps_by_sponsor_item = NpsRowOut.from_dict(nps_by_sponsor_item_data)



            nps_by_sponsor.append(nps_by_sponsor_item)


        results_out = cls(
            categories=categories,
            csat=csat,
            csat_by_owner=csat_by_owner,
            csat_by_project=csat_by_project,
            csat_by_quarter=csat_by_quarter,
            csat_by_sponsor=csat_by_sponsor,
            nps=nps,
            nps_by_quarter=nps_by_quarter,
            nps_by_sponsor=nps_by_sponsor,
        )


        results_out.additional_properties = d
        return results_out

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
