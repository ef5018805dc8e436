"""API shape of a project's team: one document with members, committee, deliverables with
their RACI, and the communication tree. Nothing in it is internal, so staff and sponsor
users get the same schema."""

from __future__ import annotations

import datetime as dt

from ninja import Field, Schema

from accord.core.api import InputSchema


class PersonOut(Schema):
    id: int
    name: str
    organization: str
    side: str = Field(description="cdmo or sponsor")


class MemberOut(PersonOut):
    role: str = Field(description="Project role code (see GET /project-roles)")
    role_label: str
    responsibility: str
    version: int = Field(
        description="Goes up with each change of role or responsibility; send it back (or "
        "If-Match with the ETag) when you change the member"
    )


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
    version: int = Field(description="Send it back (or If-Match) when you change the deliverable")
    raci_token: str = Field(description="Send it back (or If-Match) when you set the RACI row")


class LevelOut(Schema):
    level: int
    cdmo_contact: PersonOut
    sponsor_contact: PersonOut | None
    response_hours: int = Field(description="The answer is due within this many hours")


class MatterOut(Schema):
    matter: str
    label: str
    levels: list[LevelOut]
    token: str = Field(description="Send it back (or If-Match) when you set this ladder")


class TeamOut(Schema):
    project_id: int
    project_code: str
    cdmo_team: list[MemberOut]
    sponsor_team: list[MemberOut]
    steering_committee: list[SteeringOut]
    steering_token: str = Field(description="Send it back (or If-Match) to set the committee")
    deliverables: list[DeliverableOut]
    communication_tree: list[MatterOut]


class ProjectRoleOut(Schema):
    value: str
    label: str
    side: str = Field(description="cdmo or sponsor: the side of the team the role belongs to")


class MemberIn(InputSchema):
    user_id: int
    role: str = Field(description="A project role of the person's side (GET /project-roles)")
    responsibility: str = Field("", max_length=120)
    reason: str = Field("", max_length=300)


class MemberRoleIn(InputSchema):
    role: str
    responsibility: str | None = Field(None, max_length=120)
    reason: str = Field("", max_length=300)
    version: int | None = Field(
        None,
        ge=0,
        description="The member's version you read (or send If-Match): a change made "
        "meanwhile answers 409 (412 with If-Match), never overwritten",
    )


class MemberRemoveIn(InputSchema):
    reason: str = Field(..., min_length=1, max_length=300)
    successor_id: int | None = Field(
        None,
        description="A member of the same side who takes over the person's RACI letters, "
        "steering seat and places in the communication tree",
    )
