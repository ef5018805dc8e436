from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error_out import ErrorOut
from ...models.lesson_cause import LessonCause
from ...models.lesson_page import LessonPage
from ...models.lesson_status import LessonStatus
from ...models.project_modality import ProjectModality
from ...models.project_phase import ProjectPhase
from ...models.rfp_service import RfpService
from ...models.source_kind import SourceKind
from ...models.team_department import TeamDepartment
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    q: None | str | Unset = UNSET,
    source_kind: None | SourceKind | Unset = UNSET,
    modality: None | ProjectModality | Unset = UNSET,
    service: None | RfpService | Unset = UNSET,
    phase: None | ProjectPhase | Unset = UNSET,
    department: None | TeamDepartment | Unset = UNSET,
    cause: LessonCause | None | Unset = UNSET,
    status: LessonStatus | None | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    json_source_kind: None | str | Unset
    if isinstance(source_kind, Unset):
        json_source_kind = UNSET
    elif isinstance(source_kind, SourceKind):
        json_source_kind = source_kind.value
    else:
        json_source_kind = source_kind
    params["source_kind"] = json_source_kind

    json_modality: None | str | Unset
    if isinstance(modality, Unset):
        json_modality = UNSET
    elif isinstance(modality, ProjectModality):
        json_modality = modality.value
    else:
        json_modality = modality
    params["modality"] = json_modality

    json_service: None | str | Unset
    if isinstance(service, Unset):
        json_service = UNSET
    elif isinstance(service, RfpService):
        json_service = service.value
    else:
        json_service = service
    params["service"] = json_service

    json_phase: None | str | Unset
    if isinstance(phase, Unset):
        json_phase = UNSET
    elif isinstance(phase, ProjectPhase):
        json_phase = phase.value
    else:
        json_phase = phase
    params["phase"] = json_phase

    json_department: None | str | Unset
    if isinstance(department, Unset):
        json_department = UNSET
    elif isinstance(department, TeamDepartment):
        json_department = department.value
    else:
        json_department = department
    params["department"] = json_department

    json_cause: None | str | Unset
    if isinstance(cause, Unset):
        json_cause = UNSET
    elif isinstance(cause, LessonCause):
        json_cause = cause.value
    else:
        json_cause = cause
    params["cause"] = json_cause

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, LessonStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    params["page"] = page

    params["page_size"] = page_size

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/lessons",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorOut | LessonPage | None:
    if response.status_code == 200:
        response_200 = LessonPage.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = ErrorOut.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = ErrorOut.from_dict(response.json())



        return response_403

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorOut | LessonPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    q: None | str | Unset = UNSET,
    source_kind: None | SourceKind | Unset = UNSET,
    modality: None | ProjectModality | Unset = UNSET,
    service: None | RfpService | Unset = UNSET,
    phase: None | ProjectPhase | Unset = UNSET,
    department: None | TeamDepartment | Unset = UNSET,
    cause: LessonCause | None | Unset = UNSET,
    status: LessonStatus | None | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> Response[ErrorOut | LessonPage]:
    """ The lessons library (CDMO staff)

    Args:
        q (None | str | Unset): Words in the lesson
        source_kind (None | SourceKind | Unset):
        modality (None | ProjectModality | Unset):
        service (None | RfpService | Unset):
        phase (None | ProjectPhase | Unset):
        department (None | TeamDepartment | Unset):
        cause (LessonCause | None | Unset):
        status (LessonStatus | None | Unset):
        page (int | Unset): 1-based page number Default: 1.
        page_size (int | Unset): Items per page (at most 200) Default: 50.
        cursor (None | str | Unset): Walk the list by id instead of by page: empty to start, then
            each answer's `next_cursor`. Takes precedence over `page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | LessonPage]
     """


    kwargs = _get_kwargs(
        q=q,
source_kind=source_kind,
modality=modality,
service=service,
phase=phase,
department=department,
cause=cause,
status=status,
page=page,
page_size=page_size,
cursor=cursor,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    q: None | str | Unset = UNSET,
    source_kind: None | SourceKind | Unset = UNSET,
    modality: None | ProjectModality | Unset = UNSET,
    service: None | RfpService | Unset = UNSET,
    phase: None | ProjectPhase | Unset = UNSET,
    department: None | TeamDepartment | Unset = UNSET,
    cause: LessonCause | None | Unset = UNSET,
    status: LessonStatus | None | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> ErrorOut | LessonPage | None:
    """ The lessons library (CDMO staff)

    Args:
        q (None | str | Unset): Words in the lesson
        source_kind (None | SourceKind | Unset):
        modality (None | ProjectModality | Unset):
        service (None | RfpService | Unset):
        phase (None | ProjectPhase | Unset):
        department (None | TeamDepartment | Unset):
        cause (LessonCause | None | Unset):
        status (LessonStatus | None | Unset):
        page (int | Unset): 1-based page number Default: 1.
        page_size (int | Unset): Items per page (at most 200) Default: 50.
        cursor (None | str | Unset): Walk the list by id instead of by page: empty to start, then
            each answer's `next_cursor`. Takes precedence over `page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | LessonPage
     """


    return sync_detailed(
        client=client,
q=q,
source_kind=source_kind,
modality=modality,
service=service,
phase=phase,
department=department,
cause=cause,
status=status,
page=page,
page_size=page_size,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    q: None | str | Unset = UNSET,
    source_kind: None | SourceKind | Unset = UNSET,
    modality: None | ProjectModality | Unset = UNSET,
    service: None | RfpService | Unset = UNSET,
    phase: None | ProjectPhase | Unset = UNSET,
    department: None | TeamDepartment | Unset = UNSET,
    cause: LessonCause | None | Unset = UNSET,
    status: LessonStatus | None | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> Response[ErrorOut | LessonPage]:
    """ The lessons library (CDMO staff)

    Args:
        q (None | str | Unset): Words in the lesson
        source_kind (None | SourceKind | Unset):
        modality (None | ProjectModality | Unset):
        service (None | RfpService | Unset):
        phase (None | ProjectPhase | Unset):
        department (None | TeamDepartment | Unset):
        cause (LessonCause | None | Unset):
        status (LessonStatus | None | Unset):
        page (int | Unset): 1-based page number Default: 1.
        page_size (int | Unset): Items per page (at most 200) Default: 50.
        cursor (None | str | Unset): Walk the list by id instead of by page: empty to start, then
            each answer's `next_cursor`. Takes precedence over `page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | LessonPage]
     """


    kwargs = _get_kwargs(
        q=q,
source_kind=source_kind,
modality=modality,
service=service,
phase=phase,
department=department,
cause=cause,
status=status,
page=page,
page_size=page_size,
cursor=cursor,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    q: None | str | Unset = UNSET,
    source_kind: None | SourceKind | Unset = UNSET,
    modality: None | ProjectModality | Unset = UNSET,
    service: None | RfpService | Unset = UNSET,
    phase: None | ProjectPhase | Unset = UNSET,
    department: None | TeamDepartment | Unset = UNSET,
    cause: LessonCause | None | Unset = UNSET,
    status: LessonStatus | None | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> ErrorOut | LessonPage | None:
    """ The lessons library (CDMO staff)

    Args:
        q (None | str | Unset): Words in the lesson
        source_kind (None | SourceKind | Unset):
        modality (None | ProjectModality | Unset):
        service (None | RfpService | Unset):
        phase (None | ProjectPhase | Unset):
        department (None | TeamDepartment | Unset):
        cause (LessonCause | None | Unset):
        status (LessonStatus | None | Unset):
        page (int | Unset): 1-based page number Default: 1.
        page_size (int | Unset): Items per page (at most 200) Default: 50.
        cursor (None | str | Unset): Walk the list by id instead of by page: empty to start, then
            each answer's `next_cursor`. Takes precedence over `page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | LessonPage
     """


    return (await asyncio_detailed(
        client=client,
q=q,
source_kind=source_kind,
modality=modality,
service=service,
phase=phase,
department=department,
cause=cause,
status=status,
page=page,
page_size=page_size,
cursor=cursor,

    )).parsed
