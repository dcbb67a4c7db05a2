"""De sociale kaart: the school's list of help and contacts (issue 22)."""

from zorgdesk.services.social_map.service import SocialMapService

__all__ = ["SocialMapService"]
