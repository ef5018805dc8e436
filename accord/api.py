"""Assembles the domain routers into one API under /api/v1/ with one OpenAPI document."""

from accord.accounts.api import router as accounts_router
from accord.accounts.token_api import router as tokens_router
from accord.capacity.api import router as capacity_router
from accord.capacity.leveling_api import router as capacity_leveling_router
from accord.changes.api import router as changes_router
from accord.clients.api import router as clients_router
from accord.core.api import build_api
from accord.delays.api import router as delays_router
from accord.equipment.api import router as equipment_router
from accord.improvement.api import router as improvement_router
from accord.lessons.api import router as lessons_router
from accord.meetings.api import router as meetings_router
from accord.notifications.api import router as notifications_router
from accord.planning.assignment_api import router as task_people_router
from accord.planning.bookings_api import router as task_equipment_router
from accord.planning.calendar_api import router as calendars_router
from accord.planning.interchange_api import router as plan_interchange_router
from accord.planning.plan_api import router as plans_router
from accord.planning.plan_records_api import router as plan_records_router
from accord.projects import document_api  # noqa: F401  (its routes join projects_router)
from accord.projects.api import router as projects_router
from accord.proposals.api import router as proposals_router
from accord.qbr.api import router as qbr_router
from accord.quality.api import router as quality_router
from accord.quality.batch_api import router as batches_router
from accord.quality.capa_api import router as capa_router
from accord.quality.change_api import router as change_control_router
from accord.quality.deviation_api import router as deviations_router
from accord.recognition.api import router as recognition_router
from accord.reports.api import router as reports_router
from accord.risks.api import router as risks_router
from accord.scorecards.api import router as scorecards_router
from accord.search.api import router as search_router
from accord.service.api import router as service_router
from accord.service.concern_api import router as concerns_router
from accord.surveys.api import router as surveys_router
from accord.teams.api import router as teams_router
from accord.teams.structure_api import router as team_structure_router
from accord.training import record_api  # noqa: F401  (its routes join training_router)
from accord.training.api import router as training_router
from accord.training.catalog_api import router as training_catalog_router
from accord.training.curricula_api import router as training_curricula_router
from accord.training.ojt_api import router as training_ojt_router
from accord.webhooks.api import router as webhooks_router

api = build_api()
api.add_router("/v1/", accounts_router)
api.add_router("/v1/", tokens_router)
api.add_router("/v1/", clients_router)
api.add_router("/v1/", projects_router)
api.add_router("/v1/", delays_router)
api.add_router("/v1/", risks_router)
api.add_router("/v1/", teams_router)
api.add_router("/v1/", team_structure_router)
api.add_router("/v1/", changes_router)
api.add_router("/v1/", proposals_router)
api.add_router("/v1/", reports_router)
api.add_router("/v1/", meetings_router)
api.add_router("/v1/", calendars_router)
api.add_router("/v1/", task_people_router)
api.add_router("/v1/", task_equipment_router)
api.add_router("/v1/", notifications_router)
api.add_router("/v1/", search_router)
api.add_router("/v1/", service_router)
api.add_router("/v1/", capacity_leveling_router)
api.add_router("/v1/", concerns_router)
api.add_router("/v1/", recognition_router)
api.add_router("/v1/", surveys_router)
api.add_router("/v1/", quality_router)
api.add_router("/v1/", change_control_router)
api.add_router("/v1/", deviations_router)
api.add_router("/v1/", batches_router)
api.add_router("/v1/", capa_router)
api.add_router("/v1/", training_router)
api.add_router("/v1/", training_catalog_router)
api.add_router("/v1/", training_curricula_router)
api.add_router("/v1/", training_ojt_router)
api.add_router("/v1/", equipment_router)
api.add_router("/v1/", improvement_router)
api.add_router("/v1/", scorecards_router)
api.add_router("/v1/", qbr_router)
api.add_router("/v1/", lessons_router)
api.add_router("/v1/", webhooks_router)
api.add_router("/v1/", plans_router)
api.add_router("/v1/", plan_records_router)
api.add_router("/v1/", plan_interchange_router)
api.add_router("/v1/", capacity_router)
