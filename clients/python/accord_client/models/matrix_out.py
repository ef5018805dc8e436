from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.matrix_column_out import MatrixColumnOut
  from ..models.matrix_out_totals import MatrixOutTotals
  from ..models.matrix_row_out import MatrixRowOut





T = TypeVar("T", bound="MatrixOut")



@_attrs_define
class MatrixOut:
    """ 
        Attributes:
            columns (list[MatrixColumnOut]):
            on (datetime.date):
            rows (list[MatrixRowOut]):
            scope (str):
            totals (MatrixOutTotals):
            view (str):
     """

    columns: list[MatrixColumnOut]
    on: datetime.date
    rows: list[MatrixRowOut]
    scope: str
    totals: MatrixOutTotals
    view: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.matrix_column_out import MatrixColumnOut # noqa: PLC0415
        from ..models.matrix_out_totals import MatrixOutTotals # noqa: PLC0415
        from ..models.matrix_row_out import MatrixRowOut # noqa: PLC0415
        columns = []
        for columns_item_data in self.columns:
            columns_item = columns_item_data.to_dict()
            columns.append(columns_item)



        on = self.on.isoformat()

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)



        scope = self.scope

        totals = self.totals.to_dict()

        view = self.view


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "columns": columns,
            "on": on,
            "rows": rows,
            "scope": scope,
            "totals": totals,
            "view": view,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.matrix_column_out import MatrixColumnOut # noqa: PLC0415
        from ..models.matrix_out_totals import MatrixOutTotals # noqa: PLC0415
        from ..models.matrix_row_out import MatrixRowOut # noqa: PLC0415
        d = dict(src_dict)
        columns = []
        _columns = d.pop("columns")
        for columns_item_data in (_columns):
            columns_item = MatrixColumnOut.from_dict(columns_item_data)



            columns.append(columns_item)


        on = datetime.date.fromisoformat(d.pop("on"))




        rows = []
        _rows = d.pop("rows")
        for rows_item_data in (_rows):
            rows_item = MatrixRowOut.from_dict(rows_item_data)



            rows.append(rows_item)


        scope = d.pop("scope")

        totals = MatrixOutTotals.from_dict(d.pop("totals"))




        view = d.pop("view")

        matrix_out = cls(
            columns=columns,
            on=on,
            rows=rows,
            scope=scope,
            totals=totals,
            view=view,
        )


        matrix_out.additional_properties = d
        return matrix_out

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
