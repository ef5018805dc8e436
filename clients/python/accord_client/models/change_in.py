from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.change_class import ChangeClass
from ..models.change_control_duration import ChangeControlDuration
from ..models.change_control_urgency import ChangeControlUrgency
from ..models.change_risk_level import ChangeRiskLevel
from ..models.change_type import ChangeType
from ..models.filing_impact import FilingImpact
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ChangeIn")



@_attrs_define
class ChangeIn:
    """ 
        Attributes:
            change_type (ChangeType):
            classification (ChangeClass):
            current_state (str):
            justification (str):
            owner_id (int):
            proposed_state (str):
            site_id (int):
            title (str):
            capa_id (int | None | Unset):
            deviation_id (int | None | Unset):
            duration (ChangeControlDuration | Unset):  Default: ChangeControlDuration.PERMANENT.
            filing (FilingImpact | Unset):  Default: FilingImpact.TBD.
            filing_rationale (str | Unset):  Default: ''.
            products (list[str] | Unset):
            project_ids (list[int] | Unset):
            reason (str | Unset): Required to edit once assessed Default: ''.
            risk_assessment (str | Unset):  Default: ''.
            risk_level (ChangeRiskLevel | None | Unset):
            temporary_until (datetime.date | None | Unset):
            urgency (ChangeControlUrgency | Unset):  Default: ChangeControlUrgency.ROUTINE.
            version (int | None | Unset): To edit: the version you read
     """

    change_type: ChangeType
    classification: ChangeClass
    current_state: str
    justification: str
    owner_id: int
    proposed_state: str
    site_id: int
    title: str
    capa_id: int | None | Unset = UNSET
    deviation_id: int | None | Unset = UNSET
    duration: ChangeControlDuration | Unset = ChangeControlDuration.PERMANENT
    filing: FilingImpact | Unset = FilingImpact.TBD
    filing_rationale: str | Unset = ''
    products: list[str] | Unset = UNSET
    project_ids: list[int] | Unset = UNSET
    reason: str | Unset = ''
    risk_assessment: str | Unset = ''
    risk_level: ChangeRiskLevel | None | Unset = UNSET
    temporary_until: datetime.date | None | Unset = UNSET
    urgency: ChangeControlUrgency | Unset = ChangeControlUrgency.ROUTINE
    version: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        change_type = self.change_type.value

        classification = self.classification.value

        current_state = self.current_state

        justification = self.justification

        owner_id = self.owner_id

        proposed_state = self.proposed_state

        site_id = self.site_id

        title = self.title

        capa_id: int | None | Unset
        if isinstance(self.capa_id, Unset):
            capa_id = UNSET
        else:
            capa_id = self.capa_id

        deviation_id: int | None | Unset
        if isinstance(self.deviation_id, Unset):
            deviation_id = UNSET
        else:
            deviation_id = self.deviation_id

        duration: str | Unset = UNSET
        if not isinstance(self.duration, Unset):
            duration = self.duration.value


        filing: str | Unset = UNSET
        if not isinstance(self.filing, Unset):
            filing = self.filing.value


        filing_rationale = self.filing_rationale

        products: list[str] | Unset = UNSET
        if not isinstance(self.products, Unset):
            products = self.products



        project_ids: list[int] | Unset = UNSET
        if not isinstance(self.project_ids, Unset):
            project_ids = self.project_ids



        reason = self.reason

        risk_assessment = self.risk_assessment

        risk_level: None | str | Unset
        if isinstance(self.risk_level, Unset):
            risk_level = UNSET
        elif isinstance(self.risk_level, ChangeRiskLevel):
            risk_level = self.risk_level.value
        else:
            risk_level = self.risk_level

        temporary_until: None | str | Unset
        if isinstance(self.temporary_until, Unset):
            temporary_until = UNSET
        elif isinstance(self.temporary_until, datetime.date):
            temporary_until = self.temporary_until.isoformat()
        else:
            temporary_until = self.temporary_until

        urgency: str | Unset = UNSET
        if not isinstance(self.urgency, Unset):
            urgency = self.urgency.value


        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "change_type": change_type,
            "classification": classification,
            "current_state": current_state,
            "justification": justification,
            "owner_id": owner_id,
            "proposed_state": proposed_state,
            "site_id": site_id,
            "title": title,
        })
        if capa_id is not UNSET:
            field_dict["capa_id"] = capa_id
        if deviation_id is not UNSET:
            field_dict["deviation_id"] = deviation_id
        if duration is not UNSET:
            field_dict["duration"] = duration
        if filing is not UNSET:
            field_dict["filing"] = filing
        if filing_rationale is not UNSET:
            field_dict["filing_rationale"] = filing_rationale
        if products is not UNSET:
            field_dict["products"] = products
        if project_ids is not UNSET:
            field_dict["project_ids"] = project_ids
        if reason is not UNSET:
            field_dict["reason"] = reason
        if risk_assessment is not UNSET:
            field_dict["risk_assessment"] = risk_assessment
        if risk_level is not UNSET:
            field_dict["risk_level"] = risk_level
        if temporary_until is not UNSET:
            field_dict["temporary_until"] = temporary_until
        if urgency is not UNSET:
            field_dict["urgency"] = urgency
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        change_type = ChangeType(d.pop("change_type"))




        classification = ChangeClass(d.pop("classification"))




        current_state = d.pop("current_state")

        justification = d.pop("justification")

        owner_id = d.pop("owner_id")

        proposed_state = d.pop("proposed_state")

        site_id = d.pop("site_id")

        title = d.pop("title")

        def _parse_capa_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        capa_id = _parse_capa_id(d.pop("capa_id", UNSET))


        def _parse_deviation_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        deviation_id = _parse_deviation_id(d.pop("deviation_id", UNSET))


        _duration = d.pop("duration", UNSET)
        duration: ChangeControlDuration | Unset
        if isinstance(_duration,  Unset):
            duration = UNSET
        else:
            duration = ChangeControlDuration(_duration)




        _filing = d.pop("filing", UNSET)
        filing: FilingImpact | Unset
        if isinstance(_filing,  Unset):
            filing = UNSET
        else:
            filing = FilingImpact(_filing)




        filing_rationale = d.pop("filing_rationale", UNSET)

        products = cast(list[str], d.pop("products", UNSET))


        project_ids = cast(list[int], d.pop("project_ids", UNSET))


        reason = d.pop("reason", UNSET)

        risk_assessment = d.pop("risk_assessment", UNSET)

        def _parse_risk_level(data: object) -> ChangeRiskLevel | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                risk_level_type_0 = ChangeRiskLevel(data)



                return risk_level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChangeRiskLevel | None | Unset, data)

        risk_level = _parse_risk_level(d.pop("risk_level", UNSET))


        def _parse_temporary_until(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                temporary_until_type_0 = datetime.date.fromisoformat(data)



                return temporary_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        temporary_until = _parse_temporary_until(d.pop("temporary_until", UNSET))


        _urgency = d.pop("urgency", UNSET)
        urgency: ChangeControlUrgency | Unset
        if isinstance(_urgency,  Unset):
            urgency = UNSET
        else:
            urgency = ChangeControlUrgency(_urgency)




        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        change_in = cls(
            change_type=change_type,
            classification=classification,
            current_state=current_state,
            justification=justification,
            owner_id=owner_id,
            proposed_state=proposed_state,
            site_id=site_id,
            title=title,
            capa_id=capa_id,
            deviation_id=deviation_id,
            duration=duration,
            filing=filing,
            filing_rationale=filing_rationale,
            products=products,
            project_ids=project_ids,
            reason=reason,
            risk_assessment=risk_assessment,
            risk_level=risk_level,
            temporary_until=temporary_until,
            urgency=urgency,
            version=version,
        )

        return change_in

