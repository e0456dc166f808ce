"""``safehash cases new | forget`` and ``safehash outbox [list | send | discard ID]``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

from safehash.cli.bank_context import (
    UsageError,
    add_bank_options,
    bank_session,
    case_for,
    read_receipts,
)
from safehash.cli.receipts import (
    WITHDRAWN_BEFORE,
    photos_and_videos,
    print_receipt,
    receipt_json,
)
from safehash.core import errors
from safehash.core.display import clean_for_display
from safehash.core.outbox import Outbox, forget_case, outbox_path, resend
from safehash.core.records import Case
from safehash.core.secrets import SecretStore

Command = Callable[[argparse.Namespace], int]


def register(subparsers: argparse._SubParsersAction, guarded: Callable[[Command], Command]) -> None:
    cases = subparsers.add_parser(
        "cases",
        help="open or forget a case",
        description="Open a new case, or forget one on this computer.",
    )
    actions = cases.add_subparsers(dest="cases_command", metavar="ACTION", required=True)
    new = actions.add_parser(
        "new",
        help="open a new case at the hash bank",
        allow_abbrev=False,
        description="Open a new case. Its token is shown once.",
    )
    add_bank_options(new, case=False)
    new.add_argument(
        "--remember", action="store_true", help="keep the token in this computer's password store"
    )
    new.set_defaults(func=guarded(run_new))

    forget = actions.add_parser(
        "forget",
        allow_abbrev=False,
        help="forget a case on this computer",
        description="Remove the case's token from the password store, what waits in the "
        "outbox for it, and its receipts (kept ones, and the receipt files you name). "
        "The bank is not asked anything: use 'safehash withdraw' for that.",
    )
    forget.add_argument("--case-id", metavar="ID", help="the case (default: the remembered one)")
    forget.add_argument(
        "--receipt", action="append", metavar="FILE", help="a receipt file of this case to delete"
    )
    forget.set_defaults(func=guarded(run_forget))

    outbox = subparsers.add_parser(
        "outbox",
        allow_abbrev=False,
        help="sendings that failed and were kept",
        description="List, send again or discard what waits in the (encrypted) outbox.",
    )
    outbox.add_argument("action", nargs="?", choices=("list", "send", "discard"), default="list")
    outbox.add_argument("entry", nargs="?", metavar="ID", help="the entry to discard")
    add_bank_options(outbox)
    outbox.set_defaults(func=guarded(run_outbox))


def run_new(args: argparse.Namespace) -> int:
    with bank_session(args) as session:
        case = session.adapter.open_case()
        try:
            session.adapter.info()  # the bank's own name, not the profile's
        except errors.BankError:
            pass  # the case is open; only its name is missing
        bank = session.adapter.bank_name()
        remembered = False
        if args.remember and case.token:
            try:
                session.secrets.save_case_token(case.case_id, case.token)
                remembered = True
            except errors.SafeHashError as exc:
                print(f"safehash: {exc.message}", file=sys.stderr)
    if args.json:
        print(
            json.dumps(
                {"case_id": case.case_id, "case_token": case.token, "remembered": remembered}
            )
        )
    else:
        print(f"A new case was opened at {clean_for_display(bank, 80)}.")
        print(f"Case:        {case.case_id}")
        if case.token:
            print(f"Case token:  {case.token}")
            print(
                "\nWrite the case token down and keep it safe. It is shown only once, "
                "and anyone who has it can add to or withdraw this case."
            )
        else:
            print("This bank has no case tokens; keep your receipts to check or withdraw.")
        if remembered:
            print("This computer's password store keeps the token for you.")
    return 1 if args.remember and case.token and not remembered else 0


def run_forget(args: argparse.Namespace) -> int:
    receipts = read_receipts(args.receipt)
    secrets = SecretStore()
    available = secrets.status().available
    case_id = args.case_id or next((r.case_id for r in receipts), None)
    if case_id is None and available:
        case_id = secrets.current_case_id()
    if not case_id:
        raise UsageError("Which case? Give --case-id ID or --receipt FILE.")
    outbox = Outbox.open_persistent(secrets) if available and outbox_path().exists() else Outbox()
    forget_case(
        case_id,
        outbox=outbox,
        secrets=secrets if available else None,
        receipt_files=args.receipt or (),
    )
    print(
        "This computer no longer keeps anything about that case. The bank still holds "
        "what was sent: 'safehash withdraw' asks it to delete it."
    )
    return 0


def run_outbox(args: argparse.Namespace) -> int:
    secrets = SecretStore()
    if not outbox_path().exists():
        print("Nothing waits in the outbox.")
        return 0
    outbox = Outbox.open_persistent(secrets)
    if args.action == "discard":
        if not args.entry or outbox.get(args.entry) is None:
            raise UsageError("Give the ID of an entry shown by 'safehash outbox list'.")
        outbox.discard(args.entry)
        print("Discarded: those hashes will not be sent.")
        return 0
    if args.action == "list":
        entries = outbox.entries()
        if args.json:
            print(
                json.dumps(
                    [
                        {
                            "id": e.entry_id,
                            "case_id": e.case_id,
                            "bank": e.endpoint_host,
                            "items": len(e.submission.items),
                            "attempts": e.attempts,
                            "last_error": e.last_error,
                        }
                        for e in entries
                    ]
                )
            )
        for e in [] if args.json else entries:
            videos = sum(1 for item in e.submission.items if item.is_video)
            what = photos_and_videos(len(e.submission.items) - videos, videos)
            print(
                f"{e.entry_id}  {what} for {e.endpoint_host}, "
                f"case {e.case_id or '?'}; tried {e.attempts} times ({e.last_error})"
            )
        if not entries and not args.json:
            print("Nothing waits in the outbox.")
        return 0
    return _send_all(args, outbox)


def _send_all(args: argparse.Namespace, outbox: Outbox) -> int:
    failures = 0
    with bank_session(args) as session:
        given: Case | None = None  # from --case-token-file: read once (stdin can be read once)
        for entry in outbox.entries():
            if (entry.bank_kind, entry.endpoint_host) != (
                session.adapter.kind,
                session.adapter.endpoint_host,
            ):
                print(f"safehash: {entry.entry_id} is for another bank; skipped.", file=sys.stderr)
                continue
            if args.case_token_file:
                given = given or case_for(args, session)
                case = Case(entry.case_id or given.case_id, given.token)
            else:
                args.case_id = entry.case_id or args.case_id
                found = case_for(args, session)
                case = Case(entry.case_id or found.case_id, found.token)
            try:
                receipt = resend(session.adapter, outbox, entry.entry_id, case)
            except KeyError:
                continue  # another SafeHash (the window, say) sent it meanwhile
            except errors.BankError as exc:
                print(f"safehash: {exc.message}", file=sys.stderr)
                failures += 1
                continue
            if args.json:
                print(json.dumps(receipt_json(receipt), ensure_ascii=False), flush=True)
            else:
                print_receipt(receipt, sys.stdout)
                sys.stdout.flush()
            if receipt.withdrawn:
                print(f"safehash: {WITHDRAWN_BEFORE}", file=sys.stderr)
                failures += 1
    return 1 if failures else 0
