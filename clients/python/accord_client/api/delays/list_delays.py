from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.delay_cause import DelayCause
from ...models.error_out import ErrorOut
from ...models.paged_delay_internal_out import PagedDelayInternalOut
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    site_id: int | None | Unset = UNSET,
    start: datetime.date | None | Unset = UNSET,
    end: datetime.date | None | Unset = UNSET,
    cause: DelayCause | None | Unset = UNSET,
    communicated: bool | None | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_site_id: int | None | Unset
    if isinstance(site_id, Unset):
        json_site_id = UNSET
    else:
        json_site_id = site_id
    params["site_id"] = json_site_id

    json_start: None | str | Unset
    if isinstance(start, Unset):
        json_start = UNSET
    elif isinstance(start, datetime.date):
        json_start = start.isoformat()
    else:
        json_start = start
    params["start"] = json_start

    json_end: None | str | Unset
    if isinstance(end, Unset):
        json_end = UNSET
    elif isinstance(end, datetime.date):
        json_end = end.isoformat()
    else:
        json_end = end
    params["end"] = json_end

    json_cause: None | str | Unset
    if isinstance(cause, Unset):
        json_cause = UNSET
    elif isinstance(cause, DelayCause):
        json_cause = cause.value
    else:
        json_cause = cause
    params["cause"] = json_cause

    json_communicated: bool | None | Unset
    if isinstance(communicated, Unset):
        json_communicated = UNSET
    else:
        json_communicated = communicated
    params["communicated"] = json_communicated

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
        "url": "/api/v1/delays",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorOut | PagedDelayInternalOut | None:
    if response.status_code == 200:
        response_200 = PagedDelayInternalOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorOut | PagedDelayInternalOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    site_id: int | None | Unset = UNSET,
    start: datetime.date | None | Unset = UNSET,
    end: datetime.date | None | Unset = UNSET,
    cause: DelayCause | None | Unset = UNSET,
    communicated: bool | None | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> Response[ErrorOut | PagedDelayInternalOut]:
    """ Delays across every project you can see, newest first (CDMO staff)

     The delays portfolio's list, with its filters (site, period) and the project register's (cause,
    communicated).

    Args:
        site_id (int | None | Unset):
        start (datetime.date | None | Unset): Occurred on or after
        end (datetime.date | None | Unset): Occurred on or before
        cause (DelayCause | None | Unset):
        communicated (bool | None | Unset): true: the sponsor has been told
        page (int | Unset): 1-based page number Default: 1.
        page_size (int | Unset): Items per page (at most 200) Default: 50.
        cursor (None | str | Unset): Walk the list by id instead of by page: empty to start, then
            each answer's `next_cursor`. Takes precedence over `page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | PagedDelayInternalOut]
     """


    kwargs = _get_kwargs(
        site_id=site_id,
start=start,
end=end,
cause=cause,
communicated=communicated,
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
    site_id: int | None | Unset = UNSET,
    start: datetime.date | None | Unset = UNSET,
    end: datetime.date | None | Unset = UNSET,
    cause: DelayCause | None | Unset = UNSET,
    communicated: bool | None | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> ErrorOut | PagedDelayInternalOut | None:
    """ Delays across every project you can see, newest first (CDMO staff)

     The delays portfolio's list, with its filters (site, period) and the project register's (cause,
    communicated).

    Args:
        site_id (int | None | Unset):
        start (datetime.date | None | Unset): Occurred on or after
        end (datetime.date | None | Unset): Occurred on or before
        cause (DelayCause | None | Unset):
        communicated (bool | None | Unset): true: the sponsor has been told
        page (int | Unset): 1-based page number Default: 1.
        page_size (int | Unset): Items per page (at most 200) Default: 50.
        cursor (None | str | Unset): Walk the list by id instead of by page: empty to start, then
            each answer's `next_cursor`. Takes precedence over `page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | PagedDelayInternalOut
     """


    return sync_detailed(
        client=client,
site_id=site_id,
start=start,
end=end,
cause=cause,
communicated=communicated,
page=page,
page_size=page_size,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    site_id: int | None | Unset = UNSET,
    start: datetime.date | None | Unset = UNSET,
    end: datetime.date | None | Unset = UNSET,
    cause: DelayCause | None | Unset = UNSET,
    communicated: bool | None | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> Response[ErrorOut | PagedDelayInternalOut]:
    """ Delays across every project you can see, newest first (CDMO staff)

     The delays portfolio's list, with its filters (site, period) and the project register's (cause,
    communicated).

    Args:
        site_id (int | None | Unset):
        start (datetime.date | None | Unset): Occurred on or after
        end (datetime.date | None | Unset): Occurred on or before
        cause (DelayCause | None | Unset):
        communicated (bool | None | Unset): true: the sponsor has been told
        page (int | Unset): 1-based page number Default: 1.
        page_size (int | Unset): Items per page (at most 200) Default: 50.
        cursor (None | str | Unset): Walk the list by id instead of by page: empty to start, then
            each answer's `next_cursor`. Takes precedence over `page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | PagedDelayInternalOut]
     """


    kwargs = _get_kwargs(
        site_id=site_id,
start=start,
end=end,
cause=cause,
communicated=communicated,
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
    site_id: int | None | Unset = UNSET,
    start: datetime.date | None | Unset = UNSET,
    end: datetime.date | None | Unset = UNSET,
    cause: DelayCause | None | Unset = UNSET,
    communicated: bool | None | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> ErrorOut | PagedDelayInternalOut | None:
    """ Delays across every project you can see, newest first (CDMO staff)

     The delays portfolio's list, with its filters (site, period) and the project register's (cause,
    communicated).

    Args:
        site_id (int | None | Unset):
        start (datetime.date | None | Unset): Occurred on or after
        end (datetime.date | None | Unset): Occurred on or before
        cause (DelayCause | None | Unset):
        communicated (bool | None | Unset): true: the sponsor has been told
        page (int | Unset): 1-based page number Default: 1.
        page_size (int | Unset): Items per page (at most 200) Default: 50.
        cursor (None | str | Unset): Walk the list by id instead of by page: empty to start, then
            each answer's `next_cursor`. Takes precedence over `page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | PagedDelayInternalOut
     """


    return (await asyncio_detailed(
        client=client,
site_id=site_id,
start=start,
end=end,
cause=cause,
communicated=communicated,
page=page,
page_size=page_size,
cursor=cursor,

    )).parsed
