from django import template

from accord.training.portal import team_qualification

register = template.Library()


@register.inclusion_tag("training/_team_qualification.html", takes_context=True)
def team_qualification_card(context, project):
    """The sponsor's view of its project team's qualification (when its agreement says)."""
    return {"members": team_qualification(context["request"].user, project)}
