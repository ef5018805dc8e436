from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.matrix_cell_out import MatrixCellOut





T = TypeVar("T", bound="MatrixRowOut")



@_attrs_define
class MatrixRowOut:
    """ 
        Attributes:
            cells (list[MatrixCellOut]):
            gaps (int):
            job_roles (list[str]):
            person_id (int):
            person_name (str):
     """

    cells: list[MatrixCellOut]
    gaps: int
    job_roles: list[str]
    person_id: int
    person_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.matrix_cell_out import MatrixCellOut # noqa: PLC0415
        cells = []
        for cells_item_data in self.cells:
            cells_item = cells_item_data.to_dict()
            cells.append(cells_item)



        gaps = self.gaps

        job_roles = self.job_roles



        person_id = self.person_id

        person_name = self.person_name


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "cells": cells,
            "gaps": gaps,
            "job_roles": job_roles,
            "person_id": person_id,
            "person_name": person_name,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.matrix_cell_out import MatrixCellOut # noqa: PLC0415
        d = dict(src_dict)
        cells = []
        _cells = d.pop("cells")
        for cells_item_data in (_cells):
            cells_item = MatrixCellOut.from_dict(cells_item_data)



            cells.append(cells_item)


        gaps = d.pop("gaps")

        job_roles = cast(list[str], d.pop("job_roles"))


        person_id = d.pop("person_id")

        person_name = d.pop("person_name")

        matrix_row_out = cls(
            cells=cells,
            gaps=gaps,
            job_roles=job_roles,
            person_id=person_id,
            person_name=person_name,
        )


        matrix_row_out.additional_properties = d
        return matrix_row_out

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
