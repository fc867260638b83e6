"""``python -m app.sandbox``: run the sandbox in the foreground until Ctrl+C."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import time
from types import FrameType

from app.sandbox.faults import Fault
from app.sandbox.objects import format_amount
from app.sandbox.sandbox import Sandbox
from app.sandbox.state import SHAPES


def _fault(text: str) -> tuple[Fault, str | None, str | None]:
    """``KIND[:object[:method]]``, e.g. ``server_error:Invoice:POST``."""
    kind, _, rest = text.partition(":")
    object_name, _, method = rest.partition(":")
    try:
        return Fault.parse(kind), object_name or None, method.upper() or None
    except ValueError:
        names = ", ".join(f.value for f in Fault)
        raise argparse.ArgumentTypeError(f"unknown fault {kind!r} (one of: {names})") from None


def _budget(text: str) -> tuple[int, float]:
    """``N/SECONDS``, e.g. ``600/300``."""
    calls, _, seconds = text.partition("/")
    try:
        return int(calls), float(seconds or 300)
    except ValueError:
        raise argparse.ArgumentTypeError("expected N/SECONDS, e.g. 600/300") from None


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m app.sandbox",
        description="A local stand-in for the payment API, on 127.0.0.1 only.",
    )
    parser.add_argument("--port", type=int, default=8080, help="0 picks a free port")
    parser.add_argument("--instance", default="demo")
    parser.add_argument("--secret", default="demo-secret")
    parser.add_argument("--no-seed", action="store_true", help="start without demo data")
    parser.add_argument(
        "--fault",
        type=_fault,
        action="append",
        default=[],
        metavar="KIND[:OBJECT[:METHOD]]",
        help="switch a fault on, e.g. server_error:Invoice:POST (repeatable)",
    )
    parser.add_argument("--latency", type=float, metavar="SECONDS", help="delay every call")
    parser.add_argument(
        "--rate-budget", type=_budget, metavar="N/SECONDS", help="e.g. 600/300; default off"
    )
    parser.add_argument(
        "--shapes",
        choices=SHAPES,
        default="current",
        help="answer in the current documented shapes (default) or the older ones",
    )
    parser.add_argument("--verbose", action="store_true", help="log every request")
    return parser.parse_args(argv)


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    sandbox = Sandbox(
        instance=args.instance,
        secret=args.secret,
        port=args.port,
        seed=not args.no_seed,
        shapes=args.shapes,
    )
    for kind, object_name, method in args.fault:
        sandbox.set_fault(kind, object=object_name, method=method)
    if args.latency:
        sandbox.set_fault(Fault.LATENCY, seconds=args.latency)
    if args.rate_budget:
        sandbox.set_rate_budget(*args.rate_budget)
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        sandbox.start()
    except OSError as error:
        print(f"cannot listen on 127.0.0.1:{args.port}: {error}", file=sys.stderr)
        return 2
    try:
        _announce(sandbox)
        while True:
            time.sleep(1)
    except KeyboardInterrupt:
        pass
    finally:
        sandbox.stop()
    print("sandbox stopped", flush=True)
    return 0


def _announce(sandbox: Sandbox) -> None:
    state = sandbox.state
    with state.lock:
        demo = [p for p in state.invoices.values() if not p.values.get("subscriptionState")]
        waiting = [p for p in demo if p.status == "waiting"][:2] + list(state.pages.values())[:1]
        lines = [
            f"  {state.link(p)}  {p.title}, {format_amount(p.amount, p.currency)}" for p in waiting
        ]
    print(f"Paydesk sandbox listening on {sandbox.base_url}", flush=True)
    print(f"  instance: {sandbox.instance}")
    print(f"  secret:   {sandbox.secret}")
    print(f"  API:      {sandbox.base_url}/v1.16/<Object>/?instance={sandbox.instance}")
    print(f"  shapes:   {sandbox.state.shapes}")
    print(f"  overview: {sandbox.base_url}/")
    if lines:
        print("Demo payment links:")
        print("\n".join(lines))
    print("Press Ctrl+C to stop.", flush=True)


if __name__ == "__main__":
    sys.exit(main())
