"""The worker pool: real processes, real files, faults planted by a test-only hook.

A file that crashes, hangs, floods or lies to its worker gets its own error, within its
limit plus a few seconds, and the rest of the batch is hashed by fresh workers.
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from safehash.core import errors
from safehash.core.batch import HashBatch, hash_paths
from safehash.core.isolation import CancelToken, IsolatedReader, ReaderLimits
from safehash.core.limits import DEFAULT_LIMITS
from support import worker_hooks
from support.reference_images import photo_like

TIME_LIMIT = 3.0
GRACE = 5.0  # the "within its limit plus 5 s"


@pytest.fixture(scope="module")
def faulty_reader() -> Iterator[IsolatedReader]:
    reader = IsolatedReader(
        2, ReaderLimits(time_limit=TIME_LIMIT), test_hook=worker_hooks.install_faults
    )
    yield reader
    reader.close()


@pytest.fixture
def photos(tmp_path: Path) -> list[Path]:
    paths = []
    for i in range(4):
        path = tmp_path / f"photo-{i}.png"
        Image.fromarray(photo_like(120, 90, seed=i)).save(path)
        paths.append(path)
    return paths


def _planted(tmp_path: Path, photo: Path, fault: str) -> Path:
    path = tmp_path / f"{fault}.png"
    shutil.copy(photo, path)
    return path


@pytest.mark.parametrize(
    ("fault", "error"),
    [
        (worker_hooks.CRASH, errors.ReaderCrashed),
        (worker_hooks.HANG, errors.TookTooLong),
        (worker_hooks.HUGE_ANSWER, errors.ReaderMisbehaved),
        (worker_hooks.GARBAGE, errors.ReaderMisbehaved),
        (worker_hooks.LIE, errors.ReaderMisbehaved),
    ],
)
def test_a_misbehaving_file_gets_its_error_and_the_batch_goes_on(
    faulty_reader: IsolatedReader, photos: list[Path], tmp_path: Path, fault: str, error: type
) -> None:
    bad = _planted(tmp_path, photos[0], fault)
    given = [photos[0], bad, *photos[1:]]
    started = time.monotonic()
    results = sorted(hash_paths(given, reader=faulty_reader), key=lambda r: r.index)
    elapsed = time.monotonic() - started
    assert [r.path for r in results] == [str(p) for p in given]
    assert [r.ok for r in results] == [True, False, True, True, True]
    assert type(results[1].error) is error
    assert elapsed < TIME_LIMIT + GRACE
    # A worker that broke a limit is replaced: the next batch is served as usual.
    again = list(hash_paths(photos[:2], reader=faulty_reader))
    assert all(r.ok for r in again)


def test_a_file_needing_too_much_memory_is_stopped(
    faulty_reader: IsolatedReader, photos: list[Path], tmp_path: Path
) -> None:
    hog = _planted(tmp_path, photos[0], worker_hooks.HOG)
    results = {r.path: r for r in hash_paths([hog, photos[1]], reader=faulty_reader)}
    assert type(results[str(hog)].error) is errors.NeedsTooMuchMemory
    assert results[str(photos[1])].ok


def test_records_from_workers_equal_hashing_here(
    faulty_reader: IsolatedReader, photos: list[Path]
) -> None:
    from safehash.core.hashing import hash_file

    for path in photos:
        assert faulty_reader.hash(str(path), DEFAULT_LIMITS) == hash_file(path)


def test_cancel_kills_the_workers_at_once(
    faulty_reader: IsolatedReader, photos: list[Path], tmp_path: Path
) -> None:
    hangs = [_planted(tmp_path, photos[0], f"{worker_hooks.HANG}-{i}") for i in range(2)]
    slow = IsolatedReader(
        2, ReaderLimits(time_limit=600), test_hook=worker_hooks.install_faults
    )
    try:
        batch = HashBatch([*hangs, *photos], reader=slow)
        results: list[object] = []
        consumer = threading.Thread(target=lambda: results.extend(batch))
        consumer.start()
        # Both workers are busy with a hanging file once two processes are spinning.
        deadline = time.monotonic() + 60
        while len(slow.processes(busy_only=True)) < 2 and time.monotonic() < deadline:
            consumer.join(0.05)
        busy = slow.processes(busy_only=True)
        assert len(busy) == 2
        started = time.monotonic()
        batch.cancel()
        consumer.join(GRACE)
        assert not consumer.is_alive()
        assert time.monotonic() - started < 2.0
        assert not any(p.is_alive() for p in busy)
        assert results == []  # files stopped by a cancel have no result, not a fake error
    finally:
        slow.close()


def test_cancel_token_stops_a_preview(photos: list[Path]) -> None:
    reader = IsolatedReader(1, test_hook=worker_hooks.slow_previews)
    token = CancelToken()
    outcome: list[BaseException] = []

    def ask() -> None:
        try:
            reader.preview(str(photos[0]), DEFAULT_LIMITS, 256, token)
        except BaseException as exc:  # noqa: BLE001 - recorded for the assertion
            outcome.append(exc)

    try:
        asking = threading.Thread(target=ask)
        asking.start()
        deadline = time.monotonic() + 60
        while not reader.processes(busy_only=True) and time.monotonic() < deadline:
            asking.join(0.05)
        token.cancel()
        asking.join(GRACE)
        assert not asking.is_alive()
        assert [type(e) for e in outcome] == [errors.Cancelled]
    finally:
        reader.close()


def test_preview_is_small_upright_rgb(faulty_reader: IsolatedReader, tmp_path: Path) -> None:
    path = tmp_path / "wide.png"
    Image.fromarray(photo_like(900, 300, seed=3)).save(path)
    preview = faulty_reader.preview(str(path), DEFAULT_LIMITS, 300)
    assert (preview.width, preview.height) == (300, 100)
    assert len(preview.rgb) == 300 * 100 * 3


def test_kill_all_leaves_a_usable_reader(photos: list[Path]) -> None:
    reader = IsolatedReader(2)
    try:
        assert reader.hash(str(photos[0]), DEFAULT_LIMITS).pdq
        processes = reader.processes()
        reader.kill_all()
        for process in processes:
            # SIGKILL is immediate, but a process inside the kernel (a page fault under
            # memory compaction on a loaded machine) dies only when it leaves it: twice in
            # full runs here it outlived 5 s. Quick exit never waits for this.
            process.join(30)
            assert not process.is_alive()
        assert reader.hash(str(photos[1]), DEFAULT_LIMITS).pdq  # fresh workers start
    finally:
        reader.close()


def test_the_main_process_loads_no_decoder(photos: list[Path]) -> None:
    """Hashing from the command line's process never imports Pillow, numpy or libheif."""
    code = (
        "import json, sys\n"
        "from safehash.core.batch import hash_paths\n"
        f"ok = [r.ok for r in hash_paths({[str(p) for p in photos]!r})]\n"
        "loaded = sorted(m for m in ('PIL', 'numpy', 'pi_heif', 'pillow_heif', 'scipy', 'av')"
        " if m in sys.modules)\n"
        "print(json.dumps({'ok': ok, 'loaded': loaded}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, timeout=120, check=True
    )
    report = json.loads(done.stdout)
    assert report == {"ok": [True] * len(photos), "loaded": []}


def test_workers_use_spawn_and_end_with_the_reader(photos: list[Path]) -> None:
    reader = IsolatedReader(2)
    reader.hash(str(photos[0]), DEFAULT_LIMITS)
    processes = reader.processes()
    assert processes, "the worker that served the file should still be there"
    assert all(type(p).__name__ == "SpawnProcess" for p in processes)
    reader.close()
    for process in processes:
        process.join(GRACE)
        assert process.exitcode is not None, "a worker outlived its reader"


_CLI_WITH_FAULTS = """
import sys
from safehash.cli import hash_command, main
from safehash.core.isolation import IsolatedReader, use_shared_reader
from support import worker_hooks

def faulty(workers, limits):
    reader = IsolatedReader(workers, limits, test_hook=worker_hooks.install_faults)
    use_shared_reader(reader)
    return reader

hash_command.configure_shared_reader = faulty
sys.exit(main(["hash", "--workers", "2", "--time-limit", "600", *sys.argv[1:]]))
"""


def _stat(pid: int | str) -> list[str] | None:
    """The fields of /proc/<pid>/stat after the command's name (state first), or None
    when the process is gone."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (stat := _stat(entry.name)) and int(stat[1]) == pid:
            found.append(int(entry.name))
    return found


def _cpu_seconds(pid: int) -> float:
    if (stat := _stat(pid)) is None:
        return 0.0
    return (int(stat[11]) + int(stat[12])) / os.sysconf("SC_CLK_TCK")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_ctrl_c_on_the_command_line_kills_the_workers_at_once(
    photos: list[Path], tmp_path: Path
) -> None:
    hangs = [_planted(tmp_path, photos[0], f"{worker_hooks.HANG}-{i}") for i in range(2)]
    tests_dir = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(tests_dir)}
    cli = subprocess.Popen(
        [sys.executable, "-c", _CLI_WITH_FAULTS, *map(str, hangs), str(photos[1])],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )  # fmt: skip
    try:
        # Wait until two workers are spinning on the hanging files.
        deadline = time.monotonic() + 60
        spinning: list[int] = []
        while len(spinning) < 2 and time.monotonic() < deadline:
            spinning = [c for c in _children(cli.pid) if _cpu_seconds(c) > 1.0]
            with contextlib.suppress(subprocess.TimeoutExpired):
                cli.wait(0.1)  # polls /proc ten times a second; ends early if it exits
        assert len(spinning) == 2
        started = time.monotonic()
        cli.send_signal(signal.SIGINT)
        _, stderr = cli.communicate(timeout=GRACE)
        assert time.monotonic() - started < 3.0
        assert cli.returncode == 130
        assert b"Stopped." in stderr
        assert b"Traceback" not in stderr
        for pid in spinning:
            assert not Path(f"/proc/{pid}").exists() or "Z" in _proc_state(pid)
    finally:
        cli.kill()
        cli.wait()


def _proc_state(pid: int) -> str:
    stat = _stat(pid)
    return "gone" if stat is None else stat[0]


def test_a_worker_cannot_write_into_the_command_lines_output(
    photos: list[Path], tmp_path: Path
) -> None:
    forger = _planted(tmp_path, photos[0], worker_hooks.FORGE)
    tests_dir = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", _CLI_WITH_FAULTS, "--json", str(forger), str(photos[1])],
        capture_output=True, timeout=120, check=False,
        env={**os.environ, "PYTHONPATH": str(tests_dir)},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [line["path"] for line in lines] == [str(forger), str(photos[1])]
    assert b"forged" not in done.stdout + done.stderr
    assert b"\x1b" not in done.stdout + done.stderr


def test_no_worker_outlives_kill_all_even_one_still_starting(photos: list[Path]) -> None:
    others = set(multiprocessing.active_children())  # other tests' readers
    reader = IsolatedReader(2)
    try:
        reader.warm_up()
        reader.kill_all()  # both workers are still being started

        def ours() -> list[multiprocessing.process.BaseProcess]:
            return [p for p in multiprocessing.active_children() if p not in others]

        deadline = time.monotonic() + 60
        while ours() and time.monotonic() < deadline:
            ours()[0].join(0.1)
        assert ours() == []
        token = CancelToken()
        token.cancel()
        with pytest.raises(errors.Cancelled):
            reader.hash(str(photos[0]), DEFAULT_LIMITS, token)
        assert reader.processes() == []  # no worker was started for stopped work
        assert reader.hash(str(photos[0]), DEFAULT_LIMITS).pdq  # and the reader still works
    finally:
        reader.close()


def test_bytes_held_in_memory_are_hashed_in_a_worker(
    faulty_reader: IsolatedReader, photos: list[Path]
) -> None:
    from safehash.core.hashing import hash_file

    data = photos[2].read_bytes()
    assert faulty_reader.hash_data(data, DEFAULT_LIMITS) == hash_file(photos[2])
    with pytest.raises(errors.NotAnImage):
        faulty_reader.hash_data(b"not a picture at all", DEFAULT_LIMITS)
    with pytest.raises(errors.EmptyFile):
        faulty_reader.hash_data(b"", DEFAULT_LIMITS)
