"""Command line of the reference bank.

    python -m safehash.refbank [serve] --data DIR [--host H] [--port N] [...]
    python -m safehash.refbank new-case --data DIR [--json]

``serve`` prints the URL it listens on as its first line on stdout (``--port 0`` picks a free
port), then runs until Ctrl+C or SIGTERM. ``new-case`` opens a case the way a support
organisation would and prints its id and token.
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import signal
import ssl
import sys
import threading
from pathlib import Path
from types import FrameType

from safehash.refbank.api import DEFAULT_BANK_NAME, DEFAULT_MAX_BODY_BYTES
from safehash.refbank.connections import (
    DEFAULT_BODY_TIMEOUT,
    DEFAULT_HEADER_TIMEOUT,
    DEFAULT_MAX_CONNECTIONS,
)
from safehash.refbank.ratelimit import DEFAULT_PER_ADDRESS, DEFAULT_PER_TOKEN
from safehash.refbank.server import RECORD_DIR_NAME, start_refbank
from safehash.refbank.storage import DEFAULT_IDEMPOTENCY_TTL, Storage

_COMMANDS = ("serve", "new-case")


def _port(text: str) -> int:
    value = int(text)
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError("a port is from 0 to 65535")
    return value


def _quality(text: str) -> int:
    value = int(text)
    if not 0 <= value <= 100:
        raise argparse.ArgumentTypeError("a quality is from 0 to 100")
    return value


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _not_negative(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def _seconds(text: str) -> float:
    value = float(text)
    if not value > 0:
        raise argparse.ArgumentTypeError("must be more than 0")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m safehash.refbank",
        description="SafeHash reference bank (SafeHash Bank API v1): one machine, one "
        "SQLite file. For testing, practice and small deployments; for more, use Meta's HMA "
        "(SafeHash's hma adapter). 'serve' is the default command. See docs/refbank.md.",
    )
    commands = parser.add_subparsers(dest="command", metavar="{serve,new-case}")
    serve = commands.add_parser("serve", help="run the bank (the default)")
    serve.add_argument("--data", type=Path, required=True, help="folder for the database")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on")
    serve.add_argument("--port", type=_port, default=0, help="port; 0 picks a free one")
    serve.add_argument("--bank-name", default=DEFAULT_BANK_NAME)
    serve.add_argument("--no-self-service", dest="self_service", action="store_false",
                       help="people cannot open cases from the app")
    serve.add_argument("--min-quality", type=_quality, default=50,
                       help="PDQ quality below which items are rejected")
    serve.add_argument("--max-items", type=_positive, default=500,
                       help="most items in one submission")
    serve.add_argument("--no-videos", dest="videos", action="store_false",
                       help="take photos only, as API 1.0 banks do")
    serve.add_argument("--max-body-mib", type=_positive,
                       default=DEFAULT_MAX_BODY_BYTES >> 20,
                       help="largest submission body in MiB (default "
                       f"{DEFAULT_MAX_BODY_BYTES >> 20}, what the API asks of a bank that "
                       "takes videos)")
    serve.add_argument("--tls-cert", type=Path, help="PEM certificate chain")
    serve.add_argument("--tls-key", type=Path, help="PEM private key")
    serve.add_argument("--max-connections", type=_positive, default=DEFAULT_MAX_CONNECTIONS,
                       help="connections open at once; when full, the slowest waiting "
                       f"client is cut off (default {DEFAULT_MAX_CONNECTIONS})")
    serve.add_argument("--header-timeout", type=_seconds, default=DEFAULT_HEADER_TIMEOUT,
                       help="seconds a client has to send a request's line and headers "
                       f"(default {DEFAULT_HEADER_TIMEOUT:.0f})")
    serve.add_argument("--body-timeout", type=_seconds, default=DEFAULT_BODY_TIMEOUT,
                       help="seconds a client has to send a request's body "
                       f"(default {DEFAULT_BODY_TIMEOUT:.0f})")
    serve.add_argument("--rate-per-token", type=_not_negative, default=DEFAULT_PER_TOKEN,
                       help="requests a minute for one case token, 0 for no limit "
                       f"(default {DEFAULT_PER_TOKEN}); more get 429 with Retry-After")
    serve.add_argument("--rate-per-address", type=_not_negative, default=DEFAULT_PER_ADDRESS,
                       help="requests a minute from one client address, 0 for no limit "
                       f"(default {DEFAULT_PER_ADDRESS}); behind a proxy every client has "
                       "the proxy's address")
    serve.add_argument("--idempotency-days", type=_seconds,
                       default=DEFAULT_IDEMPOTENCY_TTL / 86400,
                       help="days an Idempotency-Key is remembered (default 7)")
    serve.add_argument("--record-bodies", action="store_true",
                       help=f"keep every request body in DATA/{RECORD_DIR_NAME}/ "
                       "(privacy tests only)")
    new_case = commands.add_parser("new-case", help="open a case and print its token")
    new_case.add_argument("--data", type=Path, required=True, help="folder for the database")
    new_case.add_argument("--json", action="store_true", help="print JSON")
    return parser


def main(argv: list[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or args_list[0] not in (*_COMMANDS, "-h", "--help"):
        args_list.insert(0, "serve")
    parser = build_parser()
    args = parser.parse_args(args_list)
    if args.command == "new-case":
        return _new_case(args.data, as_json=args.json)
    return _serve(parser, args)


def _new_case(data: Path, *, as_json: bool) -> int:
    storage = Storage(data)
    try:
        case_id, token = storage.create_case()
    finally:
        storage.close()
    if as_json:
        print(json.dumps({"case_id": case_id, "case_token": token}))
    else:
        print(f"case_id: {case_id}")
        print(f"case_token: {token}")
    print(
        "Give the case token only to the person it belongs to. It is shown this once: the "
        "bank keeps only a fingerprint of it and cannot show it again.",
        file=sys.stderr,
    )
    return 0


def _serve(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    tls = None
    if (args.tls_cert is None) != (args.tls_key is None):
        parser.error("--tls-cert and --tls-key go together")
    if args.tls_cert is not None:
        tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        tls.minimum_version = ssl.TLSVersion.TLSv1_2
        tls.load_cert_chain(args.tls_cert, args.tls_key)
    if tls is None and not _is_loopback(args.host):
        print("warning: serving without TLS on a non-loopback address; hashes and case "
              "tokens would cross the network in clear text.", file=sys.stderr)
    handle = start_refbank(
        args.data,
        host=args.host,
        port=args.port,
        bank_name=args.bank_name,
        self_service=args.self_service,
        min_quality=args.min_quality,
        max_items=args.max_items,
        videos=args.videos,
        max_body_bytes=args.max_body_mib << 20,
        tls=tls,
        record_bodies=args.record_bodies,
        record_dir=args.data / RECORD_DIR_NAME if args.record_bodies else None,
        max_connections=args.max_connections,
        header_timeout=args.header_timeout,
        body_timeout=args.body_timeout,
        rate_per_token=args.rate_per_token,
        rate_per_address=args.rate_per_address,
        idempotency_ttl=args.idempotency_days * 86400,
    )
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    try:
        print(handle.url, flush=True)
        print(f"{args.bank_name}: serving SafeHash Bank API v1 at {handle.url}; "
              "Ctrl+C stops it.", file=sys.stderr, flush=True)
        # A timed wait: on Windows a plain wait() would not wake up for Ctrl+C.
        while not stop.wait(0.5):
            pass
    finally:
        handle.stop()
    return 0


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


if __name__ == "__main__":
    sys.exit(main())
