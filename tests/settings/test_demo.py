"""The built-in Demo profile."""

from __future__ import annotations

import pytest

from app.settings.demo import DEMO_SECRET, demo_profile
from app.settings.paths import AppPaths
from app.settings.profile import AuthScheme, ProfileValidationError
from app.settings.profiles import ProfileRepository


def test_the_demo_profile_points_at_the_sandbox_on_loopback() -> None:
    profile = demo_profile("http://127.0.0.1:8765")

    assert profile.id == "demo"
    assert profile.display_name == "Demo"
    assert profile.instance == "demo"
    assert profile.base_domain.endswith(".invalid")
    assert profile.is_demo is True
    assert profile.auth_scheme is AuthScheme.SIGNATURE
    assert profile.read_only is False
    assert profile.api_base_url == "http://127.0.0.1:8765"
    assert DEMO_SECRET


@pytest.mark.parametrize(
    "url", ["https://api.payrexx.com", "http://192.168.1.2:80", "http://127.0.0.1", ""]
)
def test_the_demo_refuses_anything_but_a_loopback_url_with_a_port(url: str) -> None:
    with pytest.raises(ProfileValidationError):
        demo_profile(url)


def test_the_demo_is_never_written_to_a_file(paths: AppPaths) -> None:
    repo = ProfileRepository(paths)

    with pytest.raises(ValueError, match="never saved"):
        repo.save(demo_profile("http://127.0.0.1:8765"))

    assert not paths.instances_dir.exists()
