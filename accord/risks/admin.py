from django.contrib import admin

from accord.core.admin import ReadOnlyAdmin
from accord.risks.models import Risk, RiskReview


@admin.register(Risk)
class RiskAdmin(ReadOnlyAdmin):
    list_display = ["__str__", "category", "likelihood", "impact", "status", "owner"]
    list_filter = ["status", "category", "shared_with_sponsor"]
    search_fields = ["title", "project__code"]


@admin.register(RiskReview)
class RiskReviewAdmin(ReadOnlyAdmin):
    list_display = ["risk", "reviewed_by", "reviewed_at", "next_review_date"]
