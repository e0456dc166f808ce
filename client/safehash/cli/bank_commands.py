"""``safehash submit | status | withdraw | export`` (and, from case_commands, ``cases`` and
``outbox``): sending hashes to a hash bank from the command line.

Exit codes: 0 done, 1 failed (one plain sentence on standard error), 2 wrong usage. The
case token is read from a file, standard input or the password store, never from an
argument.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from safehash.cli import case_commands
from safehash.cli.bank_context import (
    BankSession,
    UsageError,
    add_bank_options,
    bank_session,
    case_for,
    read_receipts,
    refuse_tokens_in,
    remember,
)
from safehash.cli.receipts import (
    WITHDRAWN_BEFORE,
    photos_and_videos,
    print_receipt,
    print_status,
    reason_text,
    receipt_json,
    status_json,
)
from safehash.core import case_token, errors
from safehash.core.bank import types_to_send
from safehash.core.batch import hash_paths
from safehash.core.display import clean_for_display
from safehash.core.export import read_hash_file, write_hash_file
from safehash.core.outbox import Outbox, send
from safehash.core.records import (
    ALL_SIGNAL_NAMES,
    Case,
    HashRecord,
    MediaSignalTypes,
    NoSignals,
    Receipt,
    Submission,
    SubmissionItem,
)
from safehash.core.settings import atomic_write

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
Command = Callable[[argparse.Namespace], int]


def register(subparsers: argparse._SubParsersAction) -> None:
    def add(name: str, help_text: str, description: str) -> argparse.ArgumentParser:
        # allow_abbrev=False: "--case-token" must not quietly mean "--case-token-file".
        return subparsers.add_parser(
            name, help=help_text, description=description, allow_abbrev=False
        )

    submit = add(
        "submit",
        "hash photos and videos and send only the hashes to the hash bank",
        "Hash photos and videos on this computer and send only their hashes, with your "
        "case token, to the hash bank. The files never leave this computer.",
    )
    submit.add_argument("paths", nargs="*", metavar="PATH",
                        help="photo and video files or folders")  # fmt: skip
    submit.add_argument(
        "--from",
        dest="from_file",
        metavar="FILE",
        help="send the hashes in a SafeHash hash file instead",
    )
    submit.add_argument("--save-receipt", metavar="FILE", help="also save the receipt here")
    submit.add_argument(
        "--keep-outbox",
        action="store_true",
        help="if sending fails, keep it (encrypted) to send later",
    )
    add_bank_options(submit)
    submit.set_defaults(func=guarded(run_submit))

    status = add(
        "status",
        "what the hash bank holds for your case",
        "Ask the hash bank what it holds for your case.",
    )
    status.add_argument(
        "--receipt",
        action="append",
        metavar="FILE",
        help="a saved receipt (HMA banks need every receipt)",
    )
    add_bank_options(status)
    status.set_defaults(func=guarded(run_status))

    withdraw = add(
        "withdraw",
        "ask the hash bank to delete what you sent",
        "Ask the hash bank to delete the hashes of one sending (its receipt), "
        "or of the whole case.",
    )
    withdraw.add_argument(
        "--receipt", action="append", metavar="FILE", help="receipt of the sending to withdraw"
    )
    withdraw.add_argument("--whole-case", action="store_true", help="withdraw the whole case")
    add_bank_options(withdraw)
    withdraw.set_defaults(func=guarded(run_withdraw))

    export = add(
        "export",
        "write the hashes of photos and videos to a file (nothing is sent)",
        "Write the hashes of photos and videos to a SafeHash hash file "
        "(docs/hash-file-format.md). Nothing is sent anywhere.",
    )
    export.add_argument("paths", nargs="+", metavar="PATH",
                        help="photo and video files or folders")  # fmt: skip
    export.add_argument("--out", required=True, metavar="FILE", help="the hash file to write")
    export.add_argument(
        "--signals",
        default=",".join(ALL_SIGNAL_NAMES),
        help="which hashes, e.g. pdq,sha256 (default: all); each name for photos and videos "
        "alike where they have it (md5: of both; vpdq: of videos)",
    )
    export.add_argument("--json", action="store_true", help="print JSON instead of text")
    export.set_defaults(func=guarded(run_export))

    case_commands.register(subparsers, guarded)


def guarded(command: Command) -> Command:
    """Turn errors into their sentence and exit code."""

    def run(args: argparse.Namespace) -> int:
        try:
            refuse_tokens_in(args)
            return command(args)
        except UsageError as exc:
            print(f"safehash: error: {case_token.redact(str(exc))}", file=sys.stderr)
            return EXIT_USAGE
        except errors.SafeHashError as exc:
            print(f"safehash: {case_token.redact(exc.message)}", file=sys.stderr)
            return EXIT_FAILED

    return run


# --- submit -------------------------------------------------------------------------------


def _name(path: str) -> str:
    return case_token.redact(clean_for_display(path, 120))


def hash_files(paths: list[str]) -> tuple[list[HashRecord], list[str]]:
    """Hash every photo and video; any failure stops everything before a byte is sent."""
    results = sorted(hash_paths(paths), key=lambda r: r.index)
    failed = [r for r in results if r.record is None]
    for result in failed:
        message = result.error.message if result.error else "It could not be hashed."
        print(f"safehash: {_name(result.path)}: {message}", file=sys.stderr)
    if failed:
        raise errors.SafeHashError("Nothing was sent: leave out or fix the files above.")
    if not results:
        raise UsageError("No photos or videos were found in what you gave.")
    return [r.record for r in results if r.record is not None], [r.path for r in results]


def run_submit(args: argparse.Namespace) -> int:
    if bool(args.paths) == bool(args.from_file):
        raise UsageError("Give the photos and videos to send, or --from FILE (not both).")
    with bank_session(args) as session:
        files: list[str] | None = None
        if args.from_file:
            candidates = list(read_hash_file(args.from_file))
        else:
            records, files = hash_files(args.paths)
            candidates = [SubmissionItem.from_record(r) for r in records]
        try:
            info = session.adapter.info()
        except errors.BankError as exc:
            if not exc.retryable:
                raise
            info = None  # offline: the submission still goes into the outbox below
        # Only what this bank takes, per media; what it cannot take is named, not dropped.
        submission = Submission.from_items(candidates, types_to_send(session.profile, info))
        if not submission.items:
            _say_nothing_taken(submission, files)
        count = len(submission.items)
        if info is not None and info.max_items is not None and count > info.max_items:
            raise errors.TooLarge(f"This bank takes at most {info.max_items} pictures at a time.")
        case = case_for(args, session)
        outbox = _outbox(args, session)
        try:
            receipt = send(session.adapter, outbox, submission, case)
        except errors.BankError as exc:
            print(f"safehash: {exc.message}", file=sys.stderr)
            print(_outbox_sentence(outbox), file=sys.stderr)
            return EXIT_FAILED
        # The bank has answered: its receipt is shown and saved before anything else that
        # could fail (remembering the token), so a submission id is never lost.
        if args.json:
            print(json.dumps(receipt_json(receipt, files), ensure_ascii=False), flush=True)
        else:
            print_receipt(receipt, sys.stdout, files)
            sys.stdout.flush()
        status = _save_receipt(args.save_receipt, receipt)
        if receipt.withdrawn:
            print(f"safehash: {WITHDRAWN_BEFORE}", file=sys.stderr)
            status = EXIT_FAILED
        remember(args, session, Case(receipt.case_id, case.token))
    return status


def _say_nothing_taken(submission: Submission, files: list[str] | None) -> None:
    for skipped in submission.not_sent:
        where = (
            _name(files[skipped.position])
            if files
            else f"Item {skipped.position + 1} of the hash file"
        )
        print(f"safehash: {where}: {reason_text(skipped.reason)}.", file=sys.stderr)
    if files is None:
        raise errors.HashFileError("The hash file has no hashes this bank takes.")
    raise errors.NothingToSend("Nothing was sent: this bank takes none of these files.")


def _save_receipt(path: str | None, receipt: Receipt) -> int:
    if not path:
        return EXIT_OK
    try:
        atomic_write(Path(path), receipt.dumps().encode("utf-8"))
    except OSError:
        print(
            "safehash: The receipt could not be saved to that file; it is printed above: "
            "keep a copy of it.",
            file=sys.stderr,
        )
        return EXIT_FAILED
    return EXIT_OK


def _outbox(args: argparse.Namespace, session: BankSession) -> Outbox:
    if not (args.keep_outbox or session.settings.keep_outbox):
        return Outbox()
    try:
        return Outbox.open_persistent(session.secrets)
    except errors.SafeHashError as exc:
        # Nothing may wait in a plain file; sending now is still safe and still wanted.
        print(f"safehash: {exc.message}", file=sys.stderr)
        print(
            "safehash: Nothing can wait safely on this computer, so the hashes are sent now; "
            "if sending fails, nothing is kept.",
            file=sys.stderr,
        )
        return Outbox()


def _outbox_sentence(outbox: Outbox) -> str:
    if outbox.persistent:
        return (
            "The hashes wait, encrypted, in the outbox: 'safehash outbox send' tries again "
            "and cannot store them twice."
        )
    return "Nothing was kept on this computer; run the same command again to try again."


# --- status and withdraw --------------------------------------------------------------------


def _matching(receipts: list[Receipt], session: BankSession) -> None:
    for receipt in receipts:
        if (receipt.bank_kind, receipt.endpoint_host) != (
            session.adapter.kind,
            session.adapter.endpoint_host,
        ):
            raise UsageError(
                "This receipt is from another bank than the one chosen; use the profile or "
                "--endpoint of the bank that gave it."
            )


def _case_with_id(args: argparse.Namespace, session: BankSession, receipts: list[Receipt]) -> Case:
    case = case_for(args, session, receipts)
    if session.adapter.kind == "hma":
        if not receipts:
            raise UsageError("An HMA bank keeps no cases: give the receipts (--receipt FILE).")
    elif not case.case_id:
        raise UsageError("Which case? Give --receipt FILE or --case-id ID.")
    return case


def run_status(args: argparse.Namespace) -> int:
    receipts = read_receipts(args.receipt)
    with bank_session(args) as session:
        _matching(receipts, session)
        case = _case_with_id(args, session, receipts)
        status = session.adapter.status(case, receipts)
        if args.json:
            print(json.dumps(status_json(status), ensure_ascii=False), flush=True)
        else:
            print_status(status, sys.stdout)
            sys.stdout.flush()
        remember(args, session, case)
    return EXIT_OK


def run_withdraw(args: argparse.Namespace) -> int:
    receipts = read_receipts(args.receipt)
    if not receipts and not args.whole_case:
        raise UsageError(
            "Give the receipt of the sending to withdraw (--receipt FILE), or --whole-case."
        )
    with bank_session(args) as session:
        _matching(receipts, session)
        case = _case_with_id(args, session, receipts)
        if args.whole_case:
            session.adapter.withdraw_case(case, receipts)
            withdrawn = [case.case_id]
        else:
            for receipt in receipts:
                session.adapter.withdraw_submission(receipt, case)
            withdrawn = [r.submission_id for r in receipts]
    if args.json:
        print(json.dumps({"withdrawn": withdrawn, "whole_case": args.whole_case}))
    else:
        count = len(withdrawn)
        what = (
            "The whole case"
            if args.whole_case
            else ("1 sending" if count == 1 else f"{count} sendings")
        )
        print(f"{what} withdrawn: the bank was asked to delete the hashes, and agreed.")
    return EXIT_OK


# --- export ---------------------------------------------------------------------------------


def run_export(args: argparse.Namespace) -> int:
    names = [t.strip() for t in args.signals.split(",") if t.strip()]
    try:
        types = MediaSignalTypes.from_names(names)
    except ValueError:
        types = None
    if types is None or not names:
        raise UsageError(f"--signals takes some of {', '.join(ALL_SIGNAL_NAMES)}.")
    records, files = hash_files(args.paths)
    items, left = [], 0
    for record, path in zip(records, files, strict=True):
        try:
            items.append(SubmissionItem.from_record(record, types))
        except NoSignals:  # never a file silently missing from the hash file
            left += 1
            kind = "video" if record.is_video else "photo"
            print(f"safehash: {_name(path)}: this {kind} has none of the hashes chosen with "
                  "--signals.", file=sys.stderr)  # fmt: skip
    if left:
        raise UsageError("Nothing was written: choose --signals that every file has.")
    write_hash_file(args.out, items)
    videos = sum(1 for item in items if item.is_video)
    if args.json:
        print(json.dumps({"out": args.out, "items": len(items), "videos": videos},
                         ensure_ascii=False))  # fmt: skip
    else:
        what = photos_and_videos(len(items) - videos, videos)
        print(
            f"Wrote the hashes of {what} to {clean_for_display(args.out)}. It holds no file "
            "names, but hashes are sensitive: keep it as safe as the photos and videos."
        )
    return EXIT_OK
