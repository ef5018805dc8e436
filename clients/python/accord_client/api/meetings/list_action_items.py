from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error_out import ErrorOut
from ...models.list_action_items_status import ListActionItemsStatus
from ...models.paged_action_item_out import PagedActionItemOut
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    status: ListActionItemsStatus | Unset = UNSET,
    mine: bool | Unset = False,
    project_id: int | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_status: dict[str, Any] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.to_dict()
    if not isinstance(json_status, Unset):
        params.update(json_status)


    params["mine"] = mine

    json_project_id: int | None | Unset
    if isinstance(project_id, Unset):
        json_project_id = UNSET
    else:
        json_project_id = project_id
    params["project_id"] = json_project_id

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

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
        "url": "/api/v1/action-items",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorOut | PagedActionItemOut | None:
    if response.status_code == 200:
        response_200 = PagedActionItemOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorOut | PagedActionItemOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: ListActionItemsStatus | Unset = UNSET,
    mine: bool | Unset = False,
    project_id: int | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> Response[ErrorOut | PagedActionItemOut]:
    """ Action items across the projects you can see, nearest due first (CDMO staff)

    Args:
        status (ListActionItemsStatus | Unset): open, overdue (open and past due), done, any
        mine (bool | Unset): Only the items you own Default: False.
        project_id (int | None | Unset):
        q (None | str | Unset): Action, meeting title or project
        page (int | Unset): 1-based page number Default: 1.
        page_size (int | Unset): Items per page (at most 200) Default: 50.
        cursor (None | str | Unset): Walk the list by id instead of by page: empty to start, then
            each answer's `next_cursor`. Takes precedence over `page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | PagedActionItemOut]
     """


    kwargs = _get_kwargs(
        status=status,
mine=mine,
project_id=project_id,
q=q,
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
    status: ListActionItemsStatus | Unset = UNSET,
    mine: bool | Unset = False,
    project_id: int | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> ErrorOut | PagedActionItemOut | None:
    """ Action items across the projects you can see, nearest due first (CDMO staff)

    Args:
        status (ListActionItemsStatus | Unset): open, overdue (open and past due), done, any
        mine (bool | Unset): Only the items you own Default: False.
        project_id (int | None | Unset):
        q (None | str | Unset): Action, meeting title or project
        page (int | Unset): 1-based page number Default: 1.
        page_size (int | Unset): Items per page (at most 200) Default: 50.
        cursor (None | str | Unset): Walk the list by id instead of by page: empty to start, then
            each answer's `next_cursor`. Takes precedence over `page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | PagedActionItemOut
     """


    return sync_detailed(
        client=client,
status=status,
mine=mine,
project_id=project_id,
q=q,
page=page,
page_size=page_size,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: ListActionItemsStatus | Unset = UNSET,
    mine: bool | Unset = False,
    project_id: int | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> Response[ErrorOut | PagedActionItemOut]:
    """ Action items across the projects you can see, nearest due first (CDMO staff)

    Args:
        status (ListActionItemsStatus | Unset): open, overdue (open and past due), done, any
        mine (bool | Unset): Only the items you own Default: False.
        project_id (int | None | Unset):
        q (None | str | Unset): Action, meeting title or project
        page (int | Unset): 1-based page number Default: 1.
        page_size (int | Unset): Items per page (at most 200) Default: 50.
        cursor (None | str | Unset): Walk the list by id instead of by page: empty to start, then
            each answer's `next_cursor`. Takes precedence over `page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | PagedActionItemOut]
     """


    kwargs = _get_kwargs(
        status=status,
mine=mine,
project_id=project_id,
q=q,
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
    status: ListActionItemsStatus | Unset = UNSET,
    mine: bool | Unset = False,
    project_id: int | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> ErrorOut | PagedActionItemOut | None:
    """ Action items across the projects you can see, nearest due first (CDMO staff)

    Args:
        status (ListActionItemsStatus | Unset): open, overdue (open and past due), done, any
        mine (bool | Unset): Only the items you own Default: False.
        project_id (int | None | Unset):
        q (None | str | Unset): Action, meeting title or project
        page (int | Unset): 1-based page number Default: 1.
        page_size (int | Unset): Items per page (at most 200) Default: 50.
        cursor (None | str | Unset): Walk the list by id instead of by page: empty to start, then
            each answer's `next_cursor`. Takes precedence over `page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | PagedActionItemOut
     """


    return (await asyncio_detailed(
        client=client,
status=status,
mine=mine,
project_id=project_id,
q=q,
page=page,
page_size=page_size,
cursor=cursor,

    )).parsed
