"""The built-in Demo instance: a profile pointing at the sandbox on loopback, never a file."""

from __future__ import annotations

from app.api.platform import NEWEST_VERSION
from app.settings.profile import (
    DEMO_PROFILE_ID,
    AuthScheme,
    Profile,
    ProfileValidationError,
    profile_values,
    validate_profile,
)

DEMO_INSTANCE = "demo"
DEMO_BASE_DOMAIN = "demo.invalid"  # .invalid never resolves, so nothing can leave the machine
DEMO_SECRET = "demo-secret"
"""The sandbox's secret for the Demo instance: public, not a user's secret."""


def demo_profile(base_url: str) -> Profile:
    """The Demo profile for a sandbox listening at `base_url` (e.g. "http://127.0.0.1:8080")."""
    profile = Profile(
        id=DEMO_PROFILE_ID,
        display_name="Demo",
        instance=DEMO_INSTANCE,
        base_domain=DEMO_BASE_DOMAIN,
        api_version=NEWEST_VERSION,
        auth_scheme=AuthScheme.SIGNATURE,
        is_demo=True,
        base_url=base_url,
    )
    errors = validate_profile(profile_values(profile))
    if errors:
        raise ProfileValidationError(errors)
    return profile
