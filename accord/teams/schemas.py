"""API shape of a project's team: one document with members, committee, deliverables with
their RACI, and the communication tree. Nothing in it is internal, so staff and sponsor
users get the same schema."""

from __future__ import annotations

import datetime as dt

from ninja import Field, Schema


class PersonOut(Schema):
    id: int
    name: str
    organization: str
    side: str = Field(description="cdmo or sponsor")


class MemberOut(PersonOut):
    responsibility: str


class SteeringOut(PersonOut):
    role: str


class RaciOut(Schema):
    user_id: int
    name: str
    role: str = Field(description="R, A, C or I")


class DeliverableOut(Schema):
    id: int
    reference: str
    title: str
    description: str
    department: str
    department_label: str
    due_date: dt.date | None
    raci: list[RaciOut]


class LevelOut(Schema):
    level: int
    cdmo_contact: PersonOut
    sponsor_contact: PersonOut | None
    response_hours: int = Field(description="The answer is due within this many hours")


class MatterOut(Schema):
    matter: str
    label: str
    levels: list[LevelOut]


class TeamOut(Schema):
    project_id: int
    project_code: str
    cdmo_team: list[MemberOut]
    sponsor_team: list[MemberOut]
    steering_committee: list[SteeringOut]
    deliverables: list[DeliverableOut]
    communication_tree: list[MatterOut]
