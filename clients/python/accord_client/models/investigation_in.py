from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.investigation_method import InvestigationMethod
from ..types import UNSET, Unset
from typing import cast
from typing import Literal, cast






T = TypeVar("T", bound="InvestigationIn")



@_attrs_define
class InvestigationIn:
    """ 
        Attributes:
            analysis (str | Unset):  Default: ''.
            conclusion (str | Unset):  Default: ''.
            method (InvestigationMethod | Literal[''] | Unset):  Default: ''.
            product_impact (str | Unset):  Default: ''.
            root_cause (str | Unset):  Default: ''.
            root_cause_category (str | Unset): e.g. machine.calibration Default: ''.
            team_ids (list[int] | Unset):
            version (int | None | Unset): The version you read (or If-Match)
     """

    analysis: str | Unset = ''
    conclusion: str | Unset = ''
    method: InvestigationMethod | Literal[''] | Unset = ''
    product_impact: str | Unset = ''
    root_cause: str | Unset = ''
    root_cause_category: str | Unset = ''
    team_ids: list[int] | Unset = UNSET
    version: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        analysis = self.analysis

        conclusion = self.conclusion

        method: Literal[''] | str | Unset
        if isinstance(self.method, Unset):
            method = UNSET
        elif isinstance(self.method, InvestigationMethod):
            method = self.method.value
        else:
            method = self.method

        product_impact = self.product_impact

        root_cause = self.root_cause

        root_cause_category = self.root_cause_category

        team_ids: list[int] | Unset = UNSET
        if not isinstance(self.team_ids, Unset):
            team_ids = self.team_ids



        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if analysis is not UNSET:
            field_dict["analysis"] = analysis
        if conclusion is not UNSET:
            field_dict["conclusion"] = conclusion
        if method is not UNSET:
            field_dict["method"] = method
        if product_impact is not UNSET:
            field_dict["product_impact"] = product_impact
        if root_cause is not UNSET:
            field_dict["root_cause"] = root_cause
        if root_cause_category is not UNSET:
            field_dict["root_cause_category"] = root_cause_category
        if team_ids is not UNSET:
            field_dict["team_ids"] = team_ids
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        analysis = d.pop("analysis", UNSET)

        conclusion = d.pop("conclusion", UNSET)

        def _parse_method(data: object) -> InvestigationMethod | Literal[''] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                method_type_0 = InvestigationMethod(data)



                return method_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            method_type_1 = cast(Literal[''] , data)
            if method_type_1 != '':
                raise ValueError(f"method_type_1 must match const '', got '{method_type_1}'")
            return method_type_1

        method = _parse_method(d.pop("method", UNSET))


        product_impact = d.pop("product_impact", UNSET)

        root_cause = d.pop("root_cause", UNSET)

        root_cause_category = d.pop("root_cause_category", UNSET)

        team_ids = cast(list[int], d.pop("team_ids", UNSET))


        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        investigation_in = cls(
            analysis=analysis,
            conclusion=conclusion,
            method=method,
            product_impact=product_impact,
            root_cause=root_cause,
            root_cause_category=root_cause_category,
            team_ids=team_ids,
            version=version,
        )

        return investigation_in

