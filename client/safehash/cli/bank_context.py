"""What the bank commands share: options, the profile and client they build, and where the
case token comes from (a file, standard input or the password store; never an argument)."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from safehash.core import case_token, errors
from safehash.core.bank import BankAdapter
from safehash.core.profile import BANK_KINDS, MAX_TIMEOUT, Profile, load_profile
from safehash.core.records import Case, Receipt
from safehash.core.secrets import SecretStore
from safehash.core.settings import Settings, load_settings
from safehash.core.transport import DEFAULT_REQUEST_TIMEOUT, DEFAULT_SENDING_TIMEOUT, HttpClient
from safehash.practice_bank import open_bank

MAX_SECRET_FILE = 1024
NEVER_ON_COMMAND_LINE = (
    "A case token must never be typed on the command line: other programs and your shell "
    "history can see it. Use --case-token-file - and paste it when asked."
)


class UsageError(Exception):
    """A mistake in how the command was called (exit code 2)."""


class _RefuseToken(argparse.Action):
    """``--case-token``/``--token``: exist only to refuse, without echoing the value."""

    def __call__(self, parser: argparse.ArgumentParser, *args: Any, **kwargs: Any) -> None:
        parser.exit(2, f"{parser.prog}: error: {NEVER_ON_COMMAND_LINE}\n")


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError("give a number of seconds") from None
    if not 1 <= value <= MAX_TIMEOUT:
        raise argparse.ArgumentTypeError(f"give from 1 to {MAX_TIMEOUT:.0f} seconds")
    return value


def add_bank_options(parser: argparse.ArgumentParser, *, case: bool = True) -> None:
    group = parser.add_argument_group("hash bank (default: the deployment profile's)")
    group.add_argument("--profile", metavar="FILE", help="deployment profile (TOML)")
    group.add_argument("--endpoint", metavar="URL", help="bank address (https://, or demo)")
    group.add_argument("--kind", choices=BANK_KINDS, help="kind of bank API")
    group.add_argument("--bank", metavar="NAME", help="bank name (HMA: the bank to add to)")
    group.add_argument("--proxy", metavar="URL", help="proxy, e.g. socks5h://127.0.0.1:9050")
    group.add_argument(
        "--request-timeout",
        type=_seconds,
        metavar="SECONDS",
        help="the longest one request may take, however slowly the bank answers "
        f"(default: the profile's bank.request_timeout, {DEFAULT_REQUEST_TIMEOUT:.0f})",
    )
    group.add_argument(
        "--sending-timeout",
        type=_seconds,
        metavar="SECONDS",
        help="the longest a whole sending, or any other call, may take with all its retries; "
        "what is not sent by then waits in the outbox when it is kept "
        f"(default: the profile's bank.sending_timeout, {DEFAULT_SENDING_TIMEOUT:.0f})",
    )
    group.add_argument(
        "--network-log",
        action="store_true",
        help="print every request made (no contents) to standard error",
    )
    if case:
        group = parser.add_argument_group("case")
        group.add_argument(
            "--case-token-file",
            metavar="PATH",
            help="- asks for the case token (paste it, then press Enter; a script can pipe "
            "it in); or a file that holds it, as secret as the token itself",
        )
        group.add_argument("--case-id", metavar="ID", help="the case (when no receipt says it)")
        group.add_argument(
            "--remember",
            action="store_true",
            help="keep the case token in this computer's password store",
        )
        group.add_argument(
            "--access-code-file",
            metavar="PATH",
            help="the bank's access code, when its profile needs one",
        )
    for flag in ("--case-token", "--token"):
        parser.add_argument(flag, nargs="?", action=_RefuseToken, help=argparse.SUPPRESS)
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")


def refuse_tokens_in(args: argparse.Namespace) -> None:
    """Any argument that looks like a case token (a mistyped one given as a photo, say) is
    refused unused, and never repeated in an error message."""
    for value in vars(args).values():
        values = value if isinstance(value, list) else [value]
        if any(isinstance(v, str) and case_token.looks_like(v) for v in values):
            raise UsageError(NEVER_ON_COMMAND_LINE)


def read_secret_file(path: str, prompt: str) -> str:
    """A secret from a file, or from standard input with ``-`` (typed unseen on a terminal)."""
    if path == "-":
        if sys.stdin.isatty():
            return getpass.getpass(prompt)
        return sys.stdin.readline(MAX_SECRET_FILE).strip()
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read(MAX_SECRET_FILE).strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError("The file with the secret could not be read.") from exc


@dataclass
class BankSession:
    profile: Profile
    settings: Settings
    secrets: SecretStore
    client: HttpClient
    adapter: BankAdapter


def profile_for(args: argparse.Namespace, settings: Settings) -> Profile:
    profile = load_profile(args.profile)
    endpoint = args.endpoint or settings.endpoint_override
    if endpoint or args.kind or args.bank or args.request_timeout or args.sending_timeout:
        profile = profile.with_overrides(
            endpoint=endpoint,
            kind=args.kind,
            bank_name=args.bank,
            request_timeout=args.request_timeout,
            sending_timeout=args.sending_timeout,
        )
    return profile


def load_settings_or_defaults() -> Settings:
    try:
        return load_settings()
    except errors.SettingsError as exc:
        print(f"safehash: {exc.message}", file=sys.stderr)
        return Settings()


@contextmanager
def bank_session(args: argparse.Namespace) -> Iterator[BankSession]:
    settings = load_settings_or_defaults()
    profile = profile_for(args, settings)
    secrets = SecretStore()
    access_code = None
    if getattr(args, "access_code_file", None):
        access_code = read_secret_file(args.access_code_file, "Access code: ")
        if args.remember and profile.auth_header:
            secrets.save_header_value(profile.endpoint_host, profile.auth_header, access_code)
    elif profile.auth_header and secrets.status().available:
        access_code = secrets.load_header_value(profile.endpoint_host, profile.auth_header)
    client = HttpClient(pins=profile.certificate_pins, proxy=args.proxy or settings.proxy)
    try:
        adapter = open_bank(profile, client, access_code=access_code)
        try:
            yield BankSession(profile, settings, secrets, client, adapter)
        finally:
            adapter.close()
    finally:
        client.close()
        if args.network_log:
            print(client.log.text() or "(no requests)", file=sys.stderr)


def case_for(
    args: argparse.Namespace, session: BankSession, receipts: Sequence[Receipt] = ()
) -> Case:
    """The case: id from a receipt, --case-id or the remembered case; token from
    --case-token-file or the password store. HMA cases are local and have no token."""
    case_id = args.case_id or next((r.case_id for r in receipts), None)
    if session.adapter.kind == "hma":
        return Case(case_id) if case_id else session.adapter.open_case()
    token = None
    if args.case_token_file:
        try:
            token = case_token.parse(read_secret_file(args.case_token_file, "Case token: "))
        except case_token.CaseTokenError as exc:
            raise UsageError(exc.message) from exc
    elif session.secrets.status().available:
        case_id = case_id or session.secrets.current_case_id()
        token = session.secrets.load_case_token(case_id) if case_id else None
    if token is None and session.profile.is_demo and args.command == "submit":
        # The practice bank lives only as long as this command, so no token from an
        # earlier run can be valid there: a practice submission opens its own case.
        print("safehash: Practice bank: a practice case was opened for this run; it "
              "ends when this command ends. Nothing is shared.", file=sys.stderr)  # fmt: skip
        return session.adapter.open_case()
    if token is None:
        raise errors.CaseTokenMissing(
            "A case token is needed: use --case-token-file - and paste it when asked, or "
            "--remember it once so this computer's password store keeps it."
        )
    return Case(case_id or "", token)


def remember(args: argparse.Namespace, session: BankSession, case: Case) -> None:
    """Keep the case token when asked. It comes after the bank's answer is shown, so a
    password store that cannot keep it is a warning, never a lost answer."""
    if not (args.remember and case.token and case.case_id):
        return
    try:
        session.secrets.save_case_token(case.case_id, case.token)
    except errors.SafeHashError as exc:
        print(f"safehash: warning: {exc.message}", file=sys.stderr)
        print(
            "safehash: warning: The case token was not remembered; keep it safe yourself.",
            file=sys.stderr,
        )


def read_receipts(paths: Sequence[str] | None) -> list[Receipt]:
    receipts = []
    for path in paths or ():
        try:
            receipts.append(Receipt.loads(Path(path).read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise UsageError("A receipt file could not be read, or is not a receipt.") from exc
    return receipts
