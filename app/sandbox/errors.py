"""The error answers the real API gives, as an exception the endpoints raise."""

from __future__ import annotations

SECRET_ERROR = "The API secret is not correct."
VERSION_ERROR = "Version not found."


class ApiError(Exception):
    """An answer in the error envelope: ``{"status": "error", "message": ...}``."""

    def __init__(self, status: int, message: str, reason: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.reason = reason

    def payload(self) -> dict[str, str]:
        body = {"status": "error", "message": self.message}
        if self.reason:
            body["reason"] = self.reason
        return body


def invalid(parameter: str) -> ApiError:
    return ApiError(400, f"Invalid value passed for parameter '{parameter}'")


def not_found(object_name: str, object_id: int | str) -> ApiError:
    # The documented body: "An error occurred: No {resource} found with id {id}".
    return ApiError(404, f"An error occurred: No {object_name} found with id {object_id}")


def secret_error() -> ApiError:
    # The real server also answers this for a redirect URL it dislikes (payrexx-php issue #55).
    return ApiError(403, SECRET_ERROR)
