from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.demand_in import DemandIn
from ...models.demand_out import DemandOut
from ...models.error_out import ErrorOut
from typing import cast



def _get_kwargs(
    project_id: int,
    task_id: int,
    resource_id: int,
    *,
    body: DemandIn,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/projects/{project_id}/plan/tasks/{task_id}/demands/{resource_id}".format(project_id=quote(str(project_id), safe=""),task_id=quote(str(task_id), safe=""),resource_id=quote(str(resource_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DemandOut | ErrorOut | None:
    if response.status_code == 200:
        response_200 = DemandOut.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DemandOut | ErrorOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: int,
    task_id: int,
    resource_id: int,
    *,
    client: AuthenticatedClient,
    body: DemandIn,

) -> Response[DemandOut | ErrorOut]:
    """ Set the units of a resource a plan task holds on each working day

    Args:
        project_id (int):
        task_id (int):
        resource_id (int):
        body (DemandIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DemandOut | ErrorOut]
     """


    kwargs = _get_kwargs(
        project_id=project_id,
task_id=task_id,
resource_id=resource_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    project_id: int,
    task_id: int,
    resource_id: int,
    *,
    client: AuthenticatedClient,
    body: DemandIn,

) -> DemandOut | ErrorOut | None:
    """ Set the units of a resource a plan task holds on each working day

    Args:
        project_id (int):
        task_id (int):
        resource_id (int):
        body (DemandIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DemandOut | ErrorOut
     """


    return sync_detailed(
        project_id=project_id,
task_id=task_id,
resource_id=resource_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    project_id: int,
    task_id: int,
    resource_id: int,
    *,
    client: AuthenticatedClient,
    body: DemandIn,

) -> Response[DemandOut | ErrorOut]:
    """ Set the units of a resource a plan task holds on each working day

    Args:
        project_id (int):
        task_id (int):
        resource_id (int):
        body (DemandIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DemandOut | ErrorOut]
     """


    kwargs = _get_kwargs(
        project_id=project_id,
task_id=task_id,
resource_id=resource_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    project_id: int,
    task_id: int,
    resource_id: int,
    *,
    client: AuthenticatedClient,
    body: DemandIn,

) -> DemandOut | ErrorOut | None:
    """ Set the units of a resource a plan task holds on each working day

    Args:
        project_id (int):
        task_id (int):
        resource_id (int):
        body (DemandIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DemandOut | ErrorOut
     """


    return (await asyncio_detailed(
        project_id=project_id,
task_id=task_id,
resource_id=resource_id,
client=client,
body=body,

    )).parsed
