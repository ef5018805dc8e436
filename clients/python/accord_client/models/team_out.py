from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.matter_out import MatterOut
  from ..models.member_out import MemberOut
  from ..models.steering_out import SteeringOut
  from ..models.team_deliverable_out import TeamDeliverableOut





T = TypeVar("T", bound="TeamOut")



@_attrs_define
class TeamOut:
    """ 
        Attributes:
            cdmo_team (list[MemberOut]):
            communication_tree (list[MatterOut]):
            deliverables (list[TeamDeliverableOut]):
            project_code (str):
            project_id (int):
            sponsor_team (list[MemberOut]):
            steering_committee (list[SteeringOut]):
            steering_token (str): Send it back (or If-Match) to set the committee
     """

    cdmo_team: list[MemberOut]
    communication_tree: list[MatterOut]
    deliverables: list[TeamDeliverableOut]
    project_code: str
    project_id: int
    sponsor_team: list[MemberOut]
    steering_committee: list[SteeringOut]
    steering_token: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.matter_out import MatterOut # noqa: PLC0415
        from ..models.member_out import MemberOut # noqa: PLC0415
        from ..models.steering_out import SteeringOut # noqa: PLC0415
        from ..models.team_deliverable_out import TeamDeliverableOut # noqa: PLC0415
        cdmo_team = []
        for cdmo_team_item_data in self.cdmo_team:
            cdmo_team_item = cdmo_team_item_data.to_dict()
            cdmo_team.append(cdmo_team_item)



        communication_tree = []
        for communication_tree_item_data in self.communication_tree:
            communication_tree_item = communication_tree_item_data.to_dict()
            communication_tree.append(communication_tree_item)



        deliverables = []
        for deliverables_item_data in self.deliverables:
            deliverables_item = deliverables_item_data.to_dict()
            deliverables.append(deliverables_item)



        project_code = self.project_code

        project_id = self.project_id

        sponsor_team = []
        for sponsor_team_item_data in self.sponsor_team:
            sponsor_team_item = sponsor_team_item_data.to_dict()
            sponsor_team.append(sponsor_team_item)



        steering_committee = []
        for steering_committee_item_data in self.steering_committee:
            steering_committee_item = steering_committee_item_data.to_dict()
            steering_committee.append(steering_committee_item)



        steering_token = self.steering_token


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "cdmo_team": cdmo_team,
            "communication_tree": communication_tree,
            "deliverables": deliverables,
            "project_code": project_code,
            "project_id": project_id,
            "sponsor_team": sponsor_team,
            "steering_committee": steering_committee,
            "steering_token": steering_token,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.matter_out import MatterOut # noqa: PLC0415
        from ..models.member_out import MemberOut # noqa: PLC0415
        from ..models.steering_out import SteeringOut # noqa: PLC0415
        from ..models.team_deliverable_out import TeamDeliverableOut # noqa: PLC0415
        d = dict(src_dict)
        cdmo_team = []
        _cdmo_team = d.pop("cdmo_team")
        for cdmo_team_item_data in (_cdmo_team):
            cdmo_team_item = MemberOut.from_dict(cdmo_team_item_data)



            cdmo_team.append(cdmo_team_item)


        communication_tree = []
        _communication_tree = d.pop("communication_tree")
        for communication_tree_item_data in (_communication_tree):
            communication_tree_item = MatterOut.from_dict(communication_tree_item_data)



            communication_tree.append(communication_tree_item)


        deliverables = []
        _deliverables = d.pop("deliverables")
        for deliverables_item_data in (_deliverables):
            deliverables_item = TeamDeliverableOut.from_dict(deliverables_item_data)



            deliverables.append(deliverables_item)


        project_code = d.pop("project_code")

        project_id = d.pop("project_id")

        sponsor_team = []
        _sponsor_team = d.pop("sponsor_team")
        for sponsor_team_item_data in (_sponsor_team):
            sponsor_team_item = MemberOut.from_dict(sponsor_team_item_data)



            sponsor_team.append(sponsor_team_item)


        steering_committee = []
        _steering_committee = d.pop("steering_committee")
        for steering_committee_item_data in (_steering_committee):
            steering_committee_item = SteeringOut.from_dict(steering_committee_item_data)



            steering_committee.append(steering_committee_item)


        steering_token = d.pop("steering_token")

        team_out = cls(
            cdmo_team=cdmo_team,
            communication_tree=communication_tree,
            deliverables=deliverables,
            project_code=project_code,
            project_id=project_id,
            sponsor_team=sponsor_team,
            steering_committee=steering_committee,
            steering_token=steering_token,
        )


        team_out.additional_properties = d
        return team_out

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
