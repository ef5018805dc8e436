from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.deviation_class import DeviationClass
from ..models.equipment_tolerance import EquipmentTolerance
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="CalibrationIn")



@_attrs_define
class CalibrationIn:
    """ 
        Attributes:
            performed_by_id (int):
            performed_on (datetime.date):
            result (EquipmentTolerance):
            as_found (str | Unset):  Default: ''.
            as_left (str | Unset):  Default: ''.
            certificate (str | Unset):  Default: ''.
            deviation_classification (DeviationClass | Unset):  Default: DeviationClass.MINOR.
            deviation_rationale (str | Unset):  Default: ''.
            raise_deviation (bool | Unset): Out of tolerance: raise a deviation too Default: False.
     """

    performed_by_id: int
    performed_on: datetime.date
    result: EquipmentTolerance
    as_found: str | Unset = ''
    as_left: str | Unset = ''
    certificate: str | Unset = ''
    deviation_classification: DeviationClass | Unset = DeviationClass.MINOR
    deviation_rationale: str | Unset = ''
    raise_deviation: bool | Unset = False





    def to_dict(self) -> dict[str, Any]:
        performed_by_id = self.performed_by_id

        performed_on = self.performed_on.isoformat()

        result = self.result.value

        as_found = self.as_found

        as_left = self.as_left

        certificate = self.certificate

        deviation_classification: str | Unset = UNSET
        if not isinstance(self.deviation_classification, Unset):
            deviation_classification = self.deviation_classification.value


        deviation_rationale = self.deviation_rationale

        raise_deviation = self.raise_deviation


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "performed_by_id": performed_by_id,
            "performed_on": performed_on,
            "result": result,
        })
        if as_found is not UNSET:
            field_dict["as_found"] = as_found
        if as_left is not UNSET:
            field_dict["as_left"] = as_left
        if certificate is not UNSET:
            field_dict["certificate"] = certificate
        if deviation_classification is not UNSET:
            field_dict["deviation_classification"] = deviation_classification
        if deviation_rationale is not UNSET:
            field_dict["deviation_rationale"] = deviation_rationale
        if raise_deviation is not UNSET:
            field_dict["raise_deviation"] = raise_deviation

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        performed_by_id = d.pop("performed_by_id")

        performed_on = datetime.date.fromisoformat(d.pop("performed_on"))




        result = EquipmentTolerance(d.pop("result"))




        as_found = d.pop("as_found", UNSET)

        as_left = d.pop("as_left", UNSET)

        certificate = d.pop("certificate", UNSET)

        _deviation_classification = d.pop("deviation_classification", UNSET)
        deviation_classification: DeviationClass | Unset
        if isinstance(_deviation_classification,  Unset):
            deviation_classification = UNSET
        else:
            deviation_classification = DeviationClass(_deviation_classification)




        deviation_rationale = d.pop("deviation_rationale", UNSET)

        raise_deviation = d.pop("raise_deviation", UNSET)

        calibration_in = cls(
            performed_by_id=performed_by_id,
            performed_on=performed_on,
            result=result,
            as_found=as_found,
            as_left=as_left,
            certificate=certificate,
            deviation_classification=deviation_classification,
            deviation_rationale=deviation_rationale,
            raise_deviation=raise_deviation,
        )

        return calibration_in

