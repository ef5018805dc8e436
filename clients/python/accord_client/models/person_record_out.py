from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.competency_record_out import CompetencyRecordOut
  from ..models.holding_out import HoldingOut
  from ..models.ojt_out import OjtOut
  from ..models.record_signature_out import RecordSignatureOut
  from ..models.standing_out import StandingOut
  from ..models.training_assignment_out import TrainingAssignmentOut





T = TypeVar("T", bound="PersonRecordOut")



@_attrs_define
class PersonRecordOut:
    """ 
        Attributes:
            cancelled_assignments (list[TrainingAssignmentOut]):
            competencies (list[CompetencyRecordOut]): The latest per competency
            competency_history (list[CompetencyRecordOut]):
            done_assignments (list[TrainingAssignmentOut]):
            gap_count (int):
            holdings (list[HoldingOut]):
            ojt (list[OjtOut]): As trainee or trainer
            on (datetime.date):
            open_assignments (list[TrainingAssignmentOut]):
            person_id (int):
            person_name (str):
            qualified_count (int):
            signatures (list[RecordSignatureOut]):
            standing (list[StandingOut]):
     """

    cancelled_assignments: list[TrainingAssignmentOut]
    competencies: list[CompetencyRecordOut]
    competency_history: list[CompetencyRecordOut]
    done_assignments: list[TrainingAssignmentOut]
    gap_count: int
    holdings: list[HoldingOut]
    ojt: list[OjtOut]
    on: datetime.date
    open_assignments: list[TrainingAssignmentOut]
    person_id: int
    person_name: str
    qualified_count: int
    signatures: list[RecordSignatureOut]
    standing: list[StandingOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.competency_record_out import CompetencyRecordOut # noqa: PLC0415
        from ..models.holding_out import HoldingOut # noqa: PLC0415
        from ..models.ojt_out import OjtOut # noqa: PLC0415
        from ..models.record_signature_out import RecordSignatureOut # noqa: PLC0415
        from ..models.standing_out import StandingOut # noqa: PLC0415
        from ..models.training_assignment_out import TrainingAssignmentOut # noqa: PLC0415
        cancelled_assignments = []
        for cancelled_assignments_item_data in self.cancelled_assignments:
            cancelled_assignments_item = cancelled_assignments_item_data.to_dict()
            cancelled_assignments.append(cancelled_assignments_item)



        competencies = []
        for competencies_item_data in self.competencies:
            competencies_item = competencies_item_data.to_dict()
            competencies.append(competencies_item)



        competency_history = []
        for competency_history_item_data in self.competency_history:
            competency_history_item = competency_history_item_data.to_dict()
            competency_history.append(competency_history_item)



        done_assignments = []
        for done_assignments_item_data in self.done_assignments:
            done_assignments_item = done_assignments_item_data.to_dict()
            done_assignments.append(done_assignments_item)



        gap_count = self.gap_count

        holdings = []
        for holdings_item_data in self.holdings:
            holdings_item = holdings_item_data.to_dict()
            holdings.append(holdings_item)



        ojt = []
        for ojt_item_data in self.ojt:
            ojt_item = ojt_item_data.to_dict()
            ojt.append(ojt_item)



        on = self.on.isoformat()

        open_assignments = []
        for open_assignments_item_data in self.open_assignments:
            open_assignments_item = open_assignments_item_data.to_dict()
            open_assignments.append(open_assignments_item)



        person_id = self.person_id

        person_name = self.person_name

        qualified_count = self.qualified_count

        signatures = []
        for signatures_item_data in self.signatures:
            signatures_item = signatures_item_data.to_dict()
            signatures.append(signatures_item)



        standing = []
        for standing_item_data in self.standing:
            standing_item = standing_item_data.to_dict()
            standing.append(standing_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "cancelled_assignments": cancelled_assignments,
            "competencies": competencies,
            "competency_history": competency_history,
            "done_assignments": done_assignments,
            "gap_count": gap_count,
            "holdings": holdings,
            "ojt": ojt,
            "on": on,
            "open_assignments": open_assignments,
            "person_id": person_id,
            "person_name": person_name,
            "qualified_count": qualified_count,
            "signatures": signatures,
            "standing": standing,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.competency_record_out import CompetencyRecordOut # noqa: PLC0415
        from ..models.holding_out import HoldingOut # noqa: PLC0415
        from ..models.ojt_out import OjtOut # noqa: PLC0415
        from ..models.record_signature_out import RecordSignatureOut # noqa: PLC0415
        from ..models.standing_out import StandingOut # noqa: PLC0415
        from ..models.training_assignment_out import TrainingAssignmentOut # noqa: PLC0415
        d = dict(src_dict)
        cancelled_assignments = []
        _cancelled_assignments = d.pop("cancelled_assignments")
        for cancelled_assignments_item_data in (_cancelled_assignments):
            cancelled_assignments_item = TrainingAssignmentOut.from_dict(cancelled_assignments_item_data)



            cancelled_assignments.append(cancelled_assignments_item)


        competencies = []
        _competencies = d.pop("competencies")
        for competencies_item_data in (_competencies):
            competencies_item = CompetencyRecordOut.from_dict(competencies_item_data)



            competencies.append(competencies_item)


        competency_history = []
        _competency_history = d.pop("competency_history")
        for competency_history_item_data in (_competency_history):
            competency_history_item = CompetencyRecordOut.from_dict(competency_history_item_data)



            competency_history.append(competency_history_item)


        done_assignments = []
        _done_assignments = d.pop("done_assignments")
        for done_assignments_item_data in (_done_assignments):
            done_assignments_item = TrainingAssignmentOut.from_dict(done_assignments_item_data)



            done_assignments.append(done_assignments_item)


        gap_count = d.pop("gap_count")

        holdings = []
        _holdings = d.pop("holdings")
        for holdings_item_data in (_holdings):
            holdings_item = HoldingOut.from_dict(holdings_item_data)



            holdings.append(holdings_item)


        ojt = []
        _ojt = d.pop("ojt")
        for ojt_item_data in (_ojt):
            ojt_item = OjtOut.from_dict(ojt_item_data)



            ojt.append(ojt_item)


        on = datetime.date.fromisoformat(d.pop("on"))




        open_assignments = []
        _open_assignments = d.pop("open_assignments")
        for open_assignments_item_data in (_open_assignments):
            open_assignments_item = TrainingAssignmentOut.from_dict(open_assignments_item_data)



            open_assignments.append(open_assignments_item)


        person_id = d.pop("person_id")

        person_name = d.pop("person_name")

        qualified_count = d.pop("qualified_count")

        signatures = []
        _signatures = d.pop("signatures")
        for signatures_item_data in (_signatures):
            signatures_item = RecordSignatureOut.from_dict(signatures_item_data)



            signatures.append(signatures_item)


        standing = []
        _standing = d.pop("standing")
        for standing_item_data in (_standing):
            standing_item = StandingOut.from_dict(standing_item_data)



            standing.append(standing_item)


        person_record_out = cls(
            cancelled_assignments=cancelled_assignments,
            competencies=competencies,
            competency_history=competency_history,
            done_assignments=done_assignments,
            gap_count=gap_count,
            holdings=holdings,
            ojt=ojt,
            on=on,
            open_assignments=open_assignments,
            person_id=person_id,
            person_name=person_name,
            qualified_count=qualified_count,
            signatures=signatures,
            standing=standing,
        )


        person_record_out.additional_properties = d
        return person_record_out

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
