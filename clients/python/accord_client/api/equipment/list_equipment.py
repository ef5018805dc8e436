from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.equipment_kind import EquipmentKind
from ...models.equipment_page import EquipmentPage
from ...models.equipment_status import EquipmentStatus
from ...models.error_out import ErrorOut
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    q: None | str | Unset = UNSET,
    site_id: int | None | Unset = UNSET,
    kind: EquipmentKind | None | Unset = UNSET,
    status: EquipmentStatus | None | Unset = UNSET,
    due_within_days: int | None | Unset = UNSET,
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

    json_site_id: int | None | Unset
    if isinstance(site_id, Unset):
        json_site_id = UNSET
    else:
        json_site_id = site_id
    params["site_id"] = json_site_id

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, EquipmentKind):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, EquipmentStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_due_within_days: int | None | Unset
    if isinstance(due_within_days, Unset):
        json_due_within_days = UNSET
    else:
        json_due_within_days = due_within_days
    params["due_within_days"] = json_due_within_days

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
        "url": "/api/v1/equipment",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EquipmentPage | ErrorOut | None:
    if response.status_code == 200:
        response_200 = EquipmentPage.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EquipmentPage | ErrorOut]:
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
    site_id: int | None | Unset = UNSET,
    kind: EquipmentKind | None | Unset = UNSET,
    status: EquipmentStatus | None | Unset = UNSET,
    due_within_days: int | None | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> Response[EquipmentPage | ErrorOut]:
    """ The equipment (CDMO staff)

    Args:
        q (None | str | Unset): Words in the number or name
        site_id (int | None | Unset):
        kind (EquipmentKind | None | Unset):
        status (EquipmentStatus | None | Unset):
        due_within_days (int | None | Unset): Calibration or maintenance due within, or overdue
        page (int | Unset): 1-based page number Default: 1.
        page_size (int | Unset): Items per page (at most 200) Default: 50.
        cursor (None | str | Unset): Walk the list by id instead of by page: empty to start, then
            each answer's `next_cursor`. Takes precedence over `page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EquipmentPage | ErrorOut]
     """


    kwargs = _get_kwargs(
        q=q,
site_id=site_id,
kind=kind,
status=status,
due_within_days=due_within_days,
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
    site_id: int | None | Unset = UNSET,
    kind: EquipmentKind | None | Unset = UNSET,
    status: EquipmentStatus | None | Unset = UNSET,
    due_within_days: int | None | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> EquipmentPage | ErrorOut | None:
    """ The equipment (CDMO staff)

    Args:
        q (None | str | Unset): Words in the number or name
        site_id (int | None | Unset):
        kind (EquipmentKind | None | Unset):
        status (EquipmentStatus | None | Unset):
        due_within_days (int | None | Unset): Calibration or maintenance due within, or overdue
        page (int | Unset): 1-based page number Default: 1.
        page_size (int | Unset): Items per page (at most 200) Default: 50.
        cursor (None | str | Unset): Walk the list by id instead of by page: empty to start, then
            each answer's `next_cursor`. Takes precedence over `page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EquipmentPage | ErrorOut
     """


    return sync_detailed(
        client=client,
q=q,
site_id=site_id,
kind=kind,
status=status,
due_within_days=due_within_days,
page=page,
page_size=page_size,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    q: None | str | Unset = UNSET,
    site_id: int | None | Unset = UNSET,
    kind: EquipmentKind | None | Unset = UNSET,
    status: EquipmentStatus | None | Unset = UNSET,
    due_within_days: int | None | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> Response[EquipmentPage | ErrorOut]:
    """ The equipment (CDMO staff)

    Args:
        q (None | str | Unset): Words in the number or name
        site_id (int | None | Unset):
        kind (EquipmentKind | None | Unset):
        status (EquipmentStatus | None | Unset):
        due_within_days (int | None | Unset): Calibration or maintenance due within, or overdue
        page (int | Unset): 1-based page number Default: 1.
        page_size (int | Unset): Items per page (at most 200) Default: 50.
        cursor (None | str | Unset): Walk the list by id instead of by page: empty to start, then
            each answer's `next_cursor`. Takes precedence over `page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EquipmentPage | ErrorOut]
     """


    kwargs = _get_kwargs(
        q=q,
site_id=site_id,
kind=kind,
status=status,
due_within_days=due_within_days,
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
    site_id: int | None | Unset = UNSET,
    kind: EquipmentKind | None | Unset = UNSET,
    status: EquipmentStatus | None | Unset = UNSET,
    due_within_days: int | None | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> EquipmentPage | ErrorOut | None:
    """ The equipment (CDMO staff)

    Args:
        q (None | str | Unset): Words in the number or name
        site_id (int | None | Unset):
        kind (EquipmentKind | None | Unset):
        status (EquipmentStatus | None | Unset):
        due_within_days (int | None | Unset): Calibration or maintenance due within, or overdue
        page (int | Unset): 1-based page number Default: 1.
        page_size (int | Unset): Items per page (at most 200) Default: 50.
        cursor (None | str | Unset): Walk the list by id instead of by page: empty to start, then
            each answer's `next_cursor`. Takes precedence over `page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EquipmentPage | ErrorOut
     """


    return (await asyncio_detailed(
        client=client,
q=q,
site_id=site_id,
kind=kind,
status=status,
due_within_days=due_within_days,
page=page,
page_size=page_size,
cursor=cursor,

    )).parsed
