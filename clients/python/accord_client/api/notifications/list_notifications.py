from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error_out import ErrorOut
from ...models.paged_notification_out import PagedNotificationOut
from ...types import UNSET, Unset
from typing import cast
import datetime



def _get_kwargs(
    *,
    status: None | str | Unset = UNSET,
    kind: None | str | Unset = UNSET,
    since: datetime.date | None | Unset = UNSET,
    until: datetime.date | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    else:
        json_status = status
    params["status"] = json_status

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_since: None | str | Unset
    if isinstance(since, Unset):
        json_since = UNSET
    elif isinstance(since, datetime.date):
        json_since = since.isoformat()
    else:
        json_since = since
    params["since"] = json_since

    json_until: None | str | Unset
    if isinstance(until, Unset):
        json_until = UNSET
    elif isinstance(until, datetime.date):
        json_until = until.isoformat()
    else:
        json_until = until
    params["until"] = json_until

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
        "url": "/api/v1/notifications",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorOut | PagedNotificationOut | None:
    if response.status_code == 200:
        response_200 = PagedNotificationOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorOut | PagedNotificationOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: None | str | Unset = UNSET,
    kind: None | str | Unset = UNSET,
    since: datetime.date | None | Unset = UNSET,
    until: datetime.date | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> Response[ErrorOut | PagedNotificationOut]:
    """ Your notifications, newest first

     Filter by status (unread, read, all), kind, days and words.

    Args:
        status (None | str | Unset): unread, read or all (the default)
        kind (None | str | Unset): A kind code, from /notification-preferences
        since (datetime.date | None | Unset): Created on or after this day (site time zone)
        until (datetime.date | None | Unset): Created on or before this day (site time zone)
        q (None | str | Unset): Words in the title or text
        page (int | Unset): 1-based page number Default: 1.
        page_size (int | Unset): Items per page (at most 200) Default: 50.
        cursor (None | str | Unset): Walk the list by id instead of by page: empty to start, then
            each answer's `next_cursor`. Takes precedence over `page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | PagedNotificationOut]
     """


    kwargs = _get_kwargs(
        status=status,
kind=kind,
since=since,
until=until,
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
    status: None | str | Unset = UNSET,
    kind: None | str | Unset = UNSET,
    since: datetime.date | None | Unset = UNSET,
    until: datetime.date | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> ErrorOut | PagedNotificationOut | None:
    """ Your notifications, newest first

     Filter by status (unread, read, all), kind, days and words.

    Args:
        status (None | str | Unset): unread, read or all (the default)
        kind (None | str | Unset): A kind code, from /notification-preferences
        since (datetime.date | None | Unset): Created on or after this day (site time zone)
        until (datetime.date | None | Unset): Created on or before this day (site time zone)
        q (None | str | Unset): Words in the title or text
        page (int | Unset): 1-based page number Default: 1.
        page_size (int | Unset): Items per page (at most 200) Default: 50.
        cursor (None | str | Unset): Walk the list by id instead of by page: empty to start, then
            each answer's `next_cursor`. Takes precedence over `page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | PagedNotificationOut
     """


    return sync_detailed(
        client=client,
status=status,
kind=kind,
since=since,
until=until,
q=q,
page=page,
page_size=page_size,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: None | str | Unset = UNSET,
    kind: None | str | Unset = UNSET,
    since: datetime.date | None | Unset = UNSET,
    until: datetime.date | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> Response[ErrorOut | PagedNotificationOut]:
    """ Your notifications, newest first

     Filter by status (unread, read, all), kind, days and words.

    Args:
        status (None | str | Unset): unread, read or all (the default)
        kind (None | str | Unset): A kind code, from /notification-preferences
        since (datetime.date | None | Unset): Created on or after this day (site time zone)
        until (datetime.date | None | Unset): Created on or before this day (site time zone)
        q (None | str | Unset): Words in the title or text
        page (int | Unset): 1-based page number Default: 1.
        page_size (int | Unset): Items per page (at most 200) Default: 50.
        cursor (None | str | Unset): Walk the list by id instead of by page: empty to start, then
            each answer's `next_cursor`. Takes precedence over `page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | PagedNotificationOut]
     """


    kwargs = _get_kwargs(
        status=status,
kind=kind,
since=since,
until=until,
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
    status: None | str | Unset = UNSET,
    kind: None | str | Unset = UNSET,
    since: datetime.date | None | Unset = UNSET,
    until: datetime.date | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> ErrorOut | PagedNotificationOut | None:
    """ Your notifications, newest first

     Filter by status (unread, read, all), kind, days and words.

    Args:
        status (None | str | Unset): unread, read or all (the default)
        kind (None | str | Unset): A kind code, from /notification-preferences
        since (datetime.date | None | Unset): Created on or after this day (site time zone)
        until (datetime.date | None | Unset): Created on or before this day (site time zone)
        q (None | str | Unset): Words in the title or text
        page (int | Unset): 1-based page number Default: 1.
        page_size (int | Unset): Items per page (at most 200) Default: 50.
        cursor (None | str | Unset): Walk the list by id instead of by page: empty to start, then
            each answer's `next_cursor`. Takes precedence over `page`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | PagedNotificationOut
     """


    return (await asyncio_detailed(
        client=client,
status=status,
kind=kind,
since=since,
until=until,
q=q,
page=page,
page_size=page_size,
cursor=cursor,

    )).parsed
