from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.deviation_class import DeviationClass
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="RaiseIn")



@_attrs_define
class RaiseIn:
    """ 
        Attributes:
            area (str):
            classification (DeviationClass):
            classification_rationale (str):
            containment (str):
            description (str):
            discovered_at (datetime.datetime):
            occurred_at (datetime.datetime):
            site_id (int):
            title (str):
            batch_ids (list[int] | Unset):
            detectability (int | None | Unset):
            equipment (str | Unset):  Default: ''.
            from_concern_id (int | None | Unset):
            from_delay_id (int | None | Unset):
            from_risk_id (int | None | Unset):
            occurrence (int | None | Unset):
            owner_id (int | None | Unset): Empty: you own it
            process_step (str | Unset):  Default: ''.
            project_id (int | None | Unset):
            severity (int | None | Unset):
     """

    area: str
    classification: DeviationClass
    classification_rationale: str
    containment: str
    description: str
    discovered_at: datetime.datetime
    occurred_at: datetime.datetime
    site_id: int
    title: str
    batch_ids: list[int] | Unset = UNSET
    detectability: int | None | Unset = UNSET
    equipment: str | Unset = ''
    from_concern_id: int | None | Unset = UNSET
    from_delay_id: int | None | Unset = UNSET
    from_risk_id: int | None | Unset = UNSET
    occurrence: int | None | Unset = UNSET
    owner_id: int | None | Unset = UNSET
    process_step: str | Unset = ''
    project_id: int | None | Unset = UNSET
    severity: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        area = self.area

        classification = self.classification.value

        classification_rationale = self.classification_rationale

        containment = self.containment

        description = self.description

        discovered_at = self.discovered_at.isoformat()

        occurred_at = self.occurred_at.isoformat()

        site_id = self.site_id

        title = self.title

        batch_ids: list[int] | Unset = UNSET
        if not isinstance(self.batch_ids, Unset):
            batch_ids = self.batch_ids



        detectability: int | None | Unset
        if isinstance(self.detectability, Unset):
            detectability = UNSET
        else:
            detectability = self.detectability

        equipment = self.equipment

        from_concern_id: int | None | Unset
        if isinstance(self.from_concern_id, Unset):
            from_concern_id = UNSET
        else:
            from_concern_id = self.from_concern_id

        from_delay_id: int | None | Unset
        if isinstance(self.from_delay_id, Unset):
            from_delay_id = UNSET
        else:
            from_delay_id = self.from_delay_id

        from_risk_id: int | None | Unset
        if isinstance(self.from_risk_id, Unset):
            from_risk_id = UNSET
        else:
            from_risk_id = self.from_risk_id

        occurrence: int | None | Unset
        if isinstance(self.occurrence, Unset):
            occurrence = UNSET
        else:
            occurrence = self.occurrence

        owner_id: int | None | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = self.owner_id

        process_step = self.process_step

        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        severity: int | None | Unset
        if isinstance(self.severity, Unset):
            severity = UNSET
        else:
            severity = self.severity


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "area": area,
            "classification": classification,
            "classification_rationale": classification_rationale,
            "containment": containment,
            "description": description,
            "discovered_at": discovered_at,
            "occurred_at": occurred_at,
            "site_id": site_id,
            "title": title,
        })
        if batch_ids is not UNSET:
            field_dict["batch_ids"] = batch_ids
        if detectability is not UNSET:
            field_dict["detectability"] = detectability
        if equipment is not UNSET:
            field_dict["equipment"] = equipment
        if from_concern_id is not UNSET:
            field_dict["from_concern_id"] = from_concern_id
        if from_delay_id is not UNSET:
            field_dict["from_delay_id"] = from_delay_id
        if from_risk_id is not UNSET:
            field_dict["from_risk_id"] = from_risk_id
        if occurrence is not UNSET:
            field_dict["occurrence"] = occurrence
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if process_step is not UNSET:
            field_dict["process_step"] = process_step
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if severity is not UNSET:
            field_dict["severity"] = severity

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        area = d.pop("area")

        classification = DeviationClass(d.pop("classification"))




        classification_rationale = d.pop("classification_rationale")

        containment = d.pop("containment")

        description = d.pop("description")

        discovered_at = datetime.datetime.fromisoformat(d.pop("discovered_at"))




        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))




        site_id = d.pop("site_id")

        title = d.pop("title")

        batch_ids = cast(list[int], d.pop("batch_ids", UNSET))


        def _parse_detectability(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        detectability = _parse_detectability(d.pop("detectability", UNSET))


        equipment = d.pop("equipment", UNSET)

        def _parse_from_concern_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        from_concern_id = _parse_from_concern_id(d.pop("from_concern_id", UNSET))


        def _parse_from_delay_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        from_delay_id = _parse_from_delay_id(d.pop("from_delay_id", UNSET))


        def _parse_from_risk_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        from_risk_id = _parse_from_risk_id(d.pop("from_risk_id", UNSET))


        def _parse_occurrence(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        occurrence = _parse_occurrence(d.pop("occurrence", UNSET))


        def _parse_owner_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        owner_id = _parse_owner_id(d.pop("owner_id", UNSET))


        process_step = d.pop("process_step", UNSET)

        def _parse_project_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        project_id = _parse_project_id(d.pop("project_id", UNSET))


        def _parse_severity(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        severity = _parse_severity(d.pop("severity", UNSET))


        raise_in = cls(
            area=area,
            classification=classification,
            classification_rationale=classification_rationale,
            containment=containment,
            description=description,
            discovered_at=discovered_at,
            occurred_at=occurred_at,
            site_id=site_id,
            title=title,
            batch_ids=batch_ids,
            detectability=detectability,
            equipment=equipment,
            from_concern_id=from_concern_id,
            from_delay_id=from_delay_id,
            from_risk_id=from_risk_id,
            occurrence=occurrence,
            owner_id=owner_id,
            process_step=process_step,
            project_id=project_id,
            severity=severity,
        )

        return raise_in

