"""A local server that behaves like the payment API (signature check, envelope, statuses,
paging) with a simulated payment page. Qt-free: it serves the Demo instance and the tests."""

from app.sandbox.faults import Fault
from app.sandbox.recording import RecordedRequest
from app.sandbox.sandbox import Sandbox
from app.sandbox.state import PaymentError

__all__ = ["Fault", "PaymentError", "RecordedRequest", "Sandbox"]
