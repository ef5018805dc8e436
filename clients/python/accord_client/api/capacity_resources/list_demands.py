from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.demand_out import DemandOut
from ...models.error_out import ErrorOut
from typing import cast



def _get_kwargs(
    project_id: int,
    task_id: int,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/projects/{project_id}/plan/tasks/{task_id}/demands".format(project_id=quote(str(project_id), safe=""),task_id=quote(str(task_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorOut | list[DemandOut] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in (_response_200):
            response_200_item = DemandOut.from_dict(response_200_item_data)



            response_200.append(response_200_item)

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorOut | list[DemandOut]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: int,
    task_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[ErrorOut | list[DemandOut]]:
    """ The resources a plan task needs (staff)

    Args:
        project_id (int):
        task_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | list[DemandOut]]
     """


    kwargs = _get_kwargs(
        project_id=project_id,
task_id=task_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    project_id: int,
    task_id: int,
    *,
    client: AuthenticatedClient,

) -> ErrorOut | list[DemandOut] | None:
    """ The resources a plan task needs (staff)

    Args:
        project_id (int):
        task_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | list[DemandOut]
     """


    return sync_detailed(
        project_id=project_id,
task_id=task_id,
client=client,

    ).parsed

async def asyncio_detailed(
    project_id: int,
    task_id: int,
    *,
    client: AuthenticatedClient,

) -> Response[ErrorOut | list[DemandOut]]:
    """ The resources a plan task needs (staff)

    Args:
        project_id (int):
        task_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorOut | list[DemandOut]]
     """


    kwargs = _get_kwargs(
        project_id=project_id,
task_id=task_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    project_id: int,
    task_id: int,
    *,
    client: AuthenticatedClient,

) -> ErrorOut | list[DemandOut] | None:
    """ The resources a plan task needs (staff)

    Args:
        project_id (int):
        task_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorOut | list[DemandOut]
     """


    return (await asyncio_detailed(
        project_id=project_id,
task_id=task_id,
client=client,

    )).parsed
