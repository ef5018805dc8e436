"""Assembles the domain routers into one API under /api/v1/ with one OpenAPI document."""

from accord.accounts.api import router as accounts_router
from accord.core.api import build_api
from accord.projects.api import router as projects_router

api = build_api()
api.add_router("/v1/", accounts_router)
api.add_router("/v1/", projects_router)
