from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error_out import ErrorOut
from ...models.site_calendar_out import SiteCalendarOut
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    site_id: int,
    *,
    year: int | None | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_year: int | None | Unset
    if isinstance(year, Unset):
        json_year = UNSET
    else:
        json_year = year
    params["year"] = json_year


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/sites/{site_id}/calendar".format(site_id=quote(str(site_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorOut | SiteCalendarOut | None:
    if response.status_code == 200:
        response_200 = SiteCalendarOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorOut | SiteCalendarOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    site_id: int,
    *,
    client: AuthenticatedClient,
    year: int | None | Unset = UNSET,

) -> Response[ErrorOut | SiteCalendarOut]:
    """ A site's calendar

    Args:
        site_id (int):
        year (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | SiteCalendarOut]
     """


    kwargs = _get_kwargs(
        site_id=site_id,
year=year,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    site_id: int,
    *,
    client: AuthenticatedClient,
    year: int | None | Unset = UNSET,

) -> ErrorOut | SiteCalendarOut | None:
    """ A site's calendar

    Args:
        site_id (int):
        year (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | SiteCalendarOut
     """


    return sync_detailed(
        site_id=site_id,
client=client,
year=year,

    ).parsed

async def asyncio_detailed(
    site_id: int,
    *,
    client: AuthenticatedClient,
    year: int | None | Unset = UNSET,

) -> Response[ErrorOut | SiteCalendarOut]:
    """ A site's calendar

    Args:
        site_id (int):
        year (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | SiteCalendarOut]
     """


    kwargs = _get_kwargs(
        site_id=site_id,
year=year,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    site_id: int,
    *,
    client: AuthenticatedClient,
    year: int | None | Unset = UNSET,

) -> ErrorOut | SiteCalendarOut | None:
    """ A site's calendar

    Args:
        site_id (int):
        year (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | SiteCalendarOut
     """


    return (await asyncio_detailed(
        site_id=site_id,
client=client,
year=year,

    )).parsed
