"""The instance manager's "Test connection": one SignatureCheck with *unsaved* values, through the
task runner, answered with one sentence (`connection_tested`).

When the platform answers "Version not found.", it tries the next lower versions (at most
`VERSION_FALLBACK_STEPS` more calls) and offers the highest that answers (`version_offered`),
which the user may take with one click.

Where the test goes is handed in: ``https://api.<base domain>`` of the values, or, with
``base_url``, that loopback URL for every profile (a local sandbox standing in for the platform).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, Signal

from app.api import errors as api_errors
from app.api.client import ApiClient, ClientConfig
from app.api.platform import check_base_url, lower_versions
from app.api.signature_check import check
from app.models.failure import describe
from app.models.runner import TaskHandle, TaskRunner
from app.models.session import client_config
from app.settings.profile import Profile, profile_from_values, validate_profile

log = logging.getLogger(__name__)

CONNECTION_FIELDS: frozenset[str] = frozenset(
    {"instance", "base_domain", "api_version", "auth_scheme"}
)
"""What "Test connection" needs to be valid."""

FORM_ERROR = "form"
"""Key of an error that belongs to no field (a file that cannot be written, a locked keychain)."""

TEST_TIMEOUTS = (5.0, 10.0)
"""(connect, read) seconds of a test connection: short, the user is waiting for the answer."""

VERSION_FALLBACK_STEPS = 3
"""After "Version not found.", how many lower versions Test connection tries (one call each)."""


@dataclass(frozen=True)
class VersionOffer:
    """The answer of a Test connection whose version the platform does not serve, while a lower
    one answers: what the user is offered, and the test's outcome with that version."""

    refused: str
    """The version of the form, which the platform does not serve."""
    version: str
    """The highest lower version that answered."""
    ok: bool
    sentence: str
    """The outcome with `version`, as `connection_tested` would have said it."""


@dataclass(frozen=True)
class _Attempt:
    """One SignatureCheck of a test: its version, and the failure (None when it passed)."""

    version: str
    error: BaseException | None = None

    @property
    def version_missing(self) -> bool:
        return isinstance(self.error, api_errors.NotFoundError) and self.error.missing == "version"

    @property
    def answered(self) -> bool:
        """The platform served this version: it passed, or the API itself refused something
        else (secret, instance). A network fault or a 5xx says nothing about the version."""
        if self.error is None:
            return True
        return not self.version_missing and isinstance(
            self.error,
            api_errors.AuthenticationError | api_errors.NotFoundError | api_errors.ValidationError,
        )


class ConnectionTester(QObject):
    """Runs one connection test at a time and says how it went."""

    testing_changed = Signal(bool)
    # (ok, sentence): the answer of "Test connection".
    connection_tested = Signal(bool, str)
    # (version, sentence): the form's version is not served, this lower one answers; the
    # details are in `version_offer`.
    version_offered = Signal(str, str)

    def __init__(
        self,
        runner: TaskRunner,
        parent: QObject | None = None,
        *,
        base_url: str | None = None,
        timeouts: tuple[float, float] = TEST_TIMEOUTS,
    ) -> None:
        """`base_url`: send every test there instead of https://api.<base domain> (a local
        sandbox; loopback addresses only, else ValueError)."""
        super().__init__(parent)
        self._runner = runner
        self._base_url = None if base_url is None else check_base_url(base_url)
        self._timeouts = timeouts
        self._test: TaskHandle | None = None
        self._offer: VersionOffer | None = None

    @property
    def base_url(self) -> str | None:
        return self._base_url

    @property
    def testing(self) -> bool:
        return self._test is not None and self._test.pending

    def test(
        self,
        values: Mapping[str, object],
        secret: str | None,
        *,
        profile: Profile | None = None,
    ) -> dict[str, str]:
        """Start a SignatureCheck with these (unsaved) form values, or with `profile` as it is
        saved when one is given (the Demo, whose form cannot be edited); the answer comes as
        `connection_tested`, or as `version_offered` when the version is not served and a lower
        one answers. Returns field errors instead when the values cannot be tested, and nothing
        when a test is already running (it is not started twice)."""
        if self.testing:
            return {}
        if profile is None:
            fields = {k: values[k] for k in CONNECTION_FIELDS if k in values}
            errors = {k: v for k, v in validate_profile(fields).items() if k in CONNECTION_FIELDS}
            if errors:
                return errors
            profile = profile_from_values({"display_name": "test", **fields})
            if self._base_url is not None:
                profile = replace(profile, base_url=self._base_url)
        if not secret:
            return {"secret": self.tr("Enter the API secret to test the connection.")}
        config = replace(client_config(profile, secret, timeouts=self._timeouts), get_retries=0)
        try:
            client = ApiClient(config)
        except ValueError as exc:
            return {FORM_ERROR: str(exc)}
        self._offer = None
        tested = profile

        def done(attempts: list[_Attempt]) -> None:
            self._finish(tested, client, attempts)

        def failed(exc: BaseException) -> None:
            self._finish(tested, client, [_Attempt(config.version, exc)])

        self._test = self._runner.run(
            lambda: _try_versions(client, config),
            done,
            failed,
            owner=self,
            description=self.tr("Testing the connection to {host}").format(host=client.host),
        )
        if self._test.pending:
            self.testing_changed.emit(True)
        return {}

    def cancel(self) -> None:
        """Drop a running test's answer (the dialog closed or moved to another profile)."""
        self._offer = None
        handle, self._test = self._test, None
        if handle is not None and handle.pending:
            handle.cancel()
            self.testing_changed.emit(False)

    @property
    def version_offer(self) -> VersionOffer | None:
        """The lower version the last test offered, until the next test or `cancel`."""
        return self._offer

    def _finish(self, profile: Profile, client: ApiClient, attempts: list[_Attempt]) -> None:
        self._test = None
        self.testing_changed.emit(False)
        first, last = attempts[0], attempts[-1]
        if len(attempts) > 1 and last.answered:
            self._offer = VersionOffer(
                refused=first.version,
                version=last.version,
                ok=last.error is None,
                sentence=self._outcome_sentence(profile, client, last.error),
            )
            self.version_offered.emit(
                last.version,
                self.tr(
                    "{refused} is not served by this instance; {version} answers. Use {version}?"
                ).format(refused=first.version, version=last.version),
            )
            return
        if len(attempts) > 1 and last.version_missing:
            self.connection_tested.emit(
                False,
                self.tr(
                    "None of {lowest} to {highest} is served by this instance: choose an older "
                    "API version."
                ).format(lowest=last.version, highest=first.version),
            )
            return
        # One attempt, or a fallback cut short by a fault: what happened last is the answer.
        self.connection_tested.emit(
            last.error is None, self._outcome_sentence(profile, client, last.error)
        )

    def _outcome_sentence(
        self, profile: Profile, client: ApiClient, error: BaseException | None
    ) -> str:
        if error is None:
            where = client.host if profile.base_url else profile.base_domain
            return self.tr("Connected to {instance} on {where}.").format(
                instance=profile.instance, where=where
            )
        return self._failure_sentence(error, client)

    def _failure_sentence(self, exc: BaseException, client: ApiClient) -> str:
        if isinstance(exc, api_errors.AuthenticationError):
            return self.tr("The API secret is not correct for this instance.")
        if isinstance(exc, api_errors.NotFoundError) and exc.missing == "instance":
            return self.tr("No such instance on this platform.")
        if isinstance(exc, api_errors.ConnectionFailedError):
            return self.tr("Cannot reach {host}: {reason}.").format(
                host=client.host, reason=exc.reason or self.tr("the connection failed")
            )
        return describe(exc, doing="the connection test").message


def _try_versions(client: ApiClient, config: ClientConfig) -> list[_Attempt]:
    """On a worker: a SignatureCheck with the form's version; after "Version not found.", one
    with each next lower version until one answers. Stops at anything that is no answer about
    the version (a network fault): the last attempt says what happened."""
    attempts: list[_Attempt] = []
    for version in (config.version, *lower_versions(config.version, VERSION_FALLBACK_STEPS)):
        if attempts:
            client = ApiClient(replace(config, version=version))
        try:
            check(client)
        except api_errors.ApiError as exc:
            attempts.append(_Attempt(version, exc))
        else:
            attempts.append(_Attempt(version))
        finally:
            client.close()
        if not attempts[-1].version_missing:
            break
    return attempts
