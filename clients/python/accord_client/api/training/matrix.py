from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error_out import ErrorOut
from ...models.matrix_out import MatrixOut
from ...models.requirement_kind import RequirementKind
from ...models.team_department import TeamDepartment
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    view: str | Unset = 'requirements',
    site_id: int | None | Unset = UNSET,
    department: None | TeamDepartment | Unset = UNSET,
    job_role_id: int | None | Unset = UNSET,
    project_id: int | None | Unset = UNSET,
    curriculum_id: int | None | Unset = UNSET,
    kind: None | RequirementKind | Unset = UNSET,
    gaps_only: bool | Unset = False,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["view"] = view

    json_site_id: int | None | Unset
    if isinstance(site_id, Unset):
        json_site_id = UNSET
    else:
        json_site_id = site_id
    params["site_id"] = json_site_id

    json_department: None | str | Unset
    if isinstance(department, Unset):
        json_department = UNSET
    elif isinstance(department, TeamDepartment):
        json_department = department.value
    else:
        json_department = department
    params["department"] = json_department

    json_job_role_id: int | None | Unset
    if isinstance(job_role_id, Unset):
        json_job_role_id = UNSET
    else:
        json_job_role_id = job_role_id
    params["job_role_id"] = json_job_role_id

    json_project_id: int | None | Unset
    if isinstance(project_id, Unset):
        json_project_id = UNSET
    else:
        json_project_id = project_id
    params["project_id"] = json_project_id

    json_curriculum_id: int | None | Unset
    if isinstance(curriculum_id, Unset):
        json_curriculum_id = UNSET
    else:
        json_curriculum_id = curriculum_id
    params["curriculum_id"] = json_curriculum_id

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, RequirementKind):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    params["gaps_only"] = gaps_only


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/training/matrix",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorOut | MatrixOut | None:
    if response.status_code == 200:
        response_200 = MatrixOut.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = ErrorOut.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = ErrorOut.from_dict(response.json())



        return response_403

    if response.status_code == 404:
        response_404 = ErrorOut.from_dict(response.json())



        return response_404

    if response.status_code == 422:
        response_422 = ErrorOut.from_dict(response.json())



        return response_422

    if response.status_code == 429:
        response_429 = ErrorOut.from_dict(response.json())



        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorOut | MatrixOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    view: str | Unset = 'requirements',
    site_id: int | None | Unset = UNSET,
    department: None | TeamDepartment | Unset = UNSET,
    job_role_id: int | None | Unset = UNSET,
    project_id: int | None | Unset = UNSET,
    curriculum_id: int | None | Unset = UNSET,
    kind: None | RequirementKind | Unset = UNSET,
    gaps_only: bool | Unset = False,

) -> Response[ErrorOut | MatrixOut]:
    """ The skill matrix (staff)

    Args:
        view (str | Unset):  Default: 'requirements'.
        site_id (int | None | Unset):
        department (None | TeamDepartment | Unset):
        job_role_id (int | None | Unset):
        project_id (int | None | Unset):
        curriculum_id (int | None | Unset):
        kind (None | RequirementKind | Unset):
        gaps_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | MatrixOut]
     """


    kwargs = _get_kwargs(
        view=view,
site_id=site_id,
department=department,
job_role_id=job_role_id,
project_id=project_id,
curriculum_id=curriculum_id,
kind=kind,
gaps_only=gaps_only,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    view: str | Unset = 'requirements',
    site_id: int | None | Unset = UNSET,
    department: None | TeamDepartment | Unset = UNSET,
    job_role_id: int | None | Unset = UNSET,
    project_id: int | None | Unset = UNSET,
    curriculum_id: int | None | Unset = UNSET,
    kind: None | RequirementKind | Unset = UNSET,
    gaps_only: bool | Unset = False,

) -> ErrorOut | MatrixOut | None:
    """ The skill matrix (staff)

    Args:
        view (str | Unset):  Default: 'requirements'.
        site_id (int | None | Unset):
        department (None | TeamDepartment | Unset):
        job_role_id (int | None | Unset):
        project_id (int | None | Unset):
        curriculum_id (int | None | Unset):
        kind (None | RequirementKind | Unset):
        gaps_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | MatrixOut
     """


    return sync_detailed(
        client=client,
view=view,
site_id=site_id,
department=department,
job_role_id=job_role_id,
project_id=project_id,
curriculum_id=curriculum_id,
kind=kind,
gaps_only=gaps_only,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    view: str | Unset = 'requirements',
    site_id: int | None | Unset = UNSET,
    department: None | TeamDepartment | Unset = UNSET,
    job_role_id: int | None | Unset = UNSET,
    project_id: int | None | Unset = UNSET,
    curriculum_id: int | None | Unset = UNSET,
    kind: None | RequirementKind | Unset = UNSET,
    gaps_only: bool | Unset = False,

) -> Response[ErrorOut | MatrixOut]:
    """ The skill matrix (staff)

    Args:
        view (str | Unset):  Default: 'requirements'.
        site_id (int | None | Unset):
        department (None | TeamDepartment | Unset):
        job_role_id (int | None | Unset):
        project_id (int | None | Unset):
        curriculum_id (int | None | Unset):
        kind (None | RequirementKind | Unset):
        gaps_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | MatrixOut]
     """


    kwargs = _get_kwargs(
        view=view,
site_id=site_id,
department=department,
job_role_id=job_role_id,
project_id=project_id,
curriculum_id=curriculum_id,
kind=kind,
gaps_only=gaps_only,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    view: str | Unset = 'requirements',
    site_id: int | None | Unset = UNSET,
    department: None | TeamDepartment | Unset = UNSET,
    job_role_id: int | None | Unset = UNSET,
    project_id: int | None | Unset = UNSET,
    curriculum_id: int | None | Unset = UNSET,
    kind: None | RequirementKind | Unset = UNSET,
    gaps_only: bool | Unset = False,

) -> ErrorOut | MatrixOut | None:
    """ The skill matrix (staff)

    Args:
        view (str | Unset):  Default: 'requirements'.
        site_id (int | None | Unset):
        department (None | TeamDepartment | Unset):
        job_role_id (int | None | Unset):
        project_id (int | None | Unset):
        curriculum_id (int | None | Unset):
        kind (None | RequirementKind | Unset):
        gaps_only (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | MatrixOut
     """


    return (await asyncio_detailed(
        client=client,
view=view,
site_id=site_id,
department=department,
job_role_id=job_role_id,
project_id=project_id,
curriculum_id=curriculum_id,
kind=kind,
gaps_only=gaps_only,

    )).parsed
