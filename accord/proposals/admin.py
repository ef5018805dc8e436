from django.contrib import admin

from accord.core.admin import ReadOnlyAdmin
from accord.proposals.models import Proposal, ProposalRevision, Rfp


@admin.register(Rfp)
class RfpAdmin(ReadOnlyAdmin):
    list_display = ["number", "sponsor", "title", "status", "received_on", "proposal_due"]
    list_filter = ["status", "phase", "modality"]
    search_fields = ["number", "title", "molecule", "sponsor__name"]


@admin.register(Proposal)
class ProposalAdmin(ReadOnlyAdmin):
    list_display = ["number", "sponsor", "title", "owner", "currency"]
    search_fields = ["number", "title", "sponsor__name", "rfp__number"]


@admin.register(ProposalRevision)
class ProposalRevisionAdmin(ReadOnlyAdmin):
    list_display = ["proposal", "number", "status", "total", "sent_on"]
    list_filter = ["status"]
    search_fields = ["proposal__number", "proposal__title"]
