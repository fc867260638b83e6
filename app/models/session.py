"""One active profile: its settings and the signed client built from them.

Models receive a ``ProfileSession`` (or ``None`` while no profile is usable) instead of reaching
for settings or secrets themselves.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.api.client import ApiClient, ClientConfig
from app.settings.profile import Profile


def client_config(
    profile: Profile, secret: str, *, timeouts: tuple[float, float] = (5.0, 20.0)
) -> ClientConfig:
    return ClientConfig(
        instance=profile.instance,
        secret=secret,
        base_domain=None if profile.base_url else profile.base_domain,
        base_url=profile.base_url,
        version=profile.api_version,
        scheme=profile.auth_scheme,
        connect_timeout=timeouts[0],
        read_timeout=timeouts[1],
    )


@dataclass(frozen=True)
class ProfileSession:
    profile: Profile
    client: ApiClient

    @classmethod
    def open(
        cls, profile: Profile, secret: str, *, timeouts: tuple[float, float] = (5.0, 20.0)
    ) -> ProfileSession:
        """``timeouts`` are (connect, read) seconds for every call of this session."""
        return cls(profile, ApiClient(client_config(profile, secret, timeouts=timeouts)))

    @property
    def profile_id(self) -> str:
        return self.profile.id

    @property
    def read_only(self) -> bool:
        return self.profile.read_only

    def close(self) -> None:
        self.client.close()
