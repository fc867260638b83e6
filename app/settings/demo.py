"""The built-in Demo instance: a profile pointing at the sandbox on loopback, never a file."""

from __future__ import annotations

from pathlib import Path

from app.api.platform import NEWEST_VERSION
from app.settings.atomic import atomic_write_bytes, move_aside
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
DEMO_STATE_FILE_NAME = "demo-sandbox.json"
MAX_DEMO_STATE_BYTES = 50_000_000
"""Far more than a person creates by hand; a file this large is not the Demo's."""


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


class DemoStateFile:
    """The Demo sandbox's objects in the data folder (a `app.sandbox.saved.StateStore`):
    written atomically with mode 0600, a damaged one moved aside for the user."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / DEMO_STATE_FILE_NAME

    def read(self) -> bytes | None:
        try:
            with self.path.open("rb") as stream:
                raw = stream.read(MAX_DEMO_STATE_BYTES + 1)
        except FileNotFoundError:
            return None
        if len(raw) > MAX_DEMO_STATE_BYTES:
            raise OSError(f"{self.path} is far too large to be the Demo's state")
        return raw

    def write(self, data: bytes) -> None:
        atomic_write_bytes(self.path, data)

    def move_aside(self) -> str:
        return str(move_aside(self.path))
