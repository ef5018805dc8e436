from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.day_remove_in import DayRemoveIn
from ...models.error_out import ErrorOut
from ...models.rescheduled_out import RescheduledOut
from typing import cast



def _get_kwargs(
    site_id: int,
    date: str,
    *,
    body: DayRemoveIn,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/sites/{site_id}/calendar/days/{date}".format(site_id=quote(str(site_id), safe=""),date=quote(str(date), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorOut | RescheduledOut | None:
    if response.status_code == 200:
        response_200 = RescheduledOut.from_dict(response.json())



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

    if response.status_code == 409:
        response_409 = ErrorOut.from_dict(response.json())



        return response_409

    if response.status_code == 412:
        response_412 = ErrorOut.from_dict(response.json())



        return response_412

    if response.status_code == 413:
        response_413 = ErrorOut.from_dict(response.json())



        return response_413

    if response.status_code == 422:
        response_422 = ErrorOut.from_dict(response.json())



        return response_422

    if response.status_code == 428:
        response_428 = ErrorOut.from_dict(response.json())



        return response_428

    if response.status_code == 429:
        response_429 = ErrorOut.from_dict(response.json())



        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorOut | RescheduledOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    site_id: int,
    date: str,
    *,
    client: AuthenticatedClient,
    body: DayRemoveIn,

) -> Response[ErrorOut | RescheduledOut]:
    """ Take a day out of the site's calendar (needs a reason)

    Args:
        site_id (int):
        date (str):
        body (DayRemoveIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | RescheduledOut]
     """


    kwargs = _get_kwargs(
        site_id=site_id,
date=date,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    site_id: int,
    date: str,
    *,
    client: AuthenticatedClient,
    body: DayRemoveIn,

) -> ErrorOut | RescheduledOut | None:
    """ Take a day out of the site's calendar (needs a reason)

    Args:
        site_id (int):
        date (str):
        body (DayRemoveIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | RescheduledOut
     """


    return sync_detailed(
        site_id=site_id,
date=date,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    site_id: int,
    date: str,
    *,
    client: AuthenticatedClient,
    body: DayRemoveIn,

) -> Response[ErrorOut | RescheduledOut]:
    """ Take a day out of the site's calendar (needs a reason)

    Args:
        site_id (int):
        date (str):
        body (DayRemoveIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | RescheduledOut]
     """


    kwargs = _get_kwargs(
        site_id=site_id,
date=date,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    site_id: int,
    date: str,
    *,
    client: AuthenticatedClient,
    body: DayRemoveIn,

) -> ErrorOut | RescheduledOut | None:
    """ Take a day out of the site's calendar (needs a reason)

    Args:
        site_id (int):
        date (str):
        body (DayRemoveIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | RescheduledOut
     """


    return (await asyncio_detailed(
        site_id=site_id,
date=date,
client=client,
body=body,

    )).parsed
