from django.apps import AppConfig


class QbrConfig(AppConfig):
    name = "accord.qbr"
    label = "qbr"
    verbose_name = "Quarterly business reviews"

    def ready(self) -> None:
        from accord.audit.registry import register
        from accord.qbr import selectors

        # A sponsor reaches a review only once it is published; the draft narrative is the
        # account team's working copy, so its history shows that the texts changed, never
        # what the drafts said.
        register(
            self.get_model("BusinessReview"),
            visible_to=selectors.business_reviews_visible_to,
            label="Business review",
            internal_fields={"summary", "highlights", "issues", "outlook"},
            children=("qbr.reviewcomment",),
            sponsor_history_from="qbr.businessreview.published",
        )
        register(
            self.get_model("ReviewComment"),
            visible_to=selectors.review_comments_visible_to,
            label="Business review comment",
        )
