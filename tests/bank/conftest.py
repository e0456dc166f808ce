from __future__ import annotations

import pytest
import trustme

from bank.httpfixtures import TestServer, server_tls, write_ca
from bank.images import hash_all, sample_images
from support.fixtures import hma_fake, refbank  # noqa: F401 - fixtures used by tests


@pytest.fixture(scope="session")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def ca_file(ca, tmp_path) -> str:
    return write_ca(ca, tmp_path)


@pytest.fixture
def serve(ca):
    """serve(handler, tls=True) -> a running TestServer, stopped after the test."""
    servers: list[TestServer] = []

    def start(handler, tls: bool = True, server_ca: trustme.CA | None = None) -> TestServer:
        context = server_tls(server_ca or ca) if tls else None
        server = TestServer(handler, context)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


class Sleeps:
    """A real sleep replacement that records what it was asked to wait, and returns."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def memory_keyring():
    """Registers an in-memory backend as *the* keyring for the test, then restores."""
    import keyring

    from bank.memory_keyring import MemoryKeyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def images(tmp_path_factory):
    return sample_images(tmp_path_factory.mktemp("images"))


@pytest.fixture(scope="session")
def records(images):
    return hash_all(images)


def make_profile(endpoint: str, kind: str = "safehash-v1", bank: str = "SAFEHASH",
                 pins: tuple[str, ...] = (), auth_header: str = ""):  # fmt: skip
    from safehash.core.profile import parse_profile

    signal_types = '["pdq"]' if kind == "hma" else '["pdq", "md5", "sha256", "phash"]'
    pin_list = ", ".join(f'"{p}"' for p in pins)
    return parse_profile(f"""
profile_version = 1
[organisation]
name = "Test organisation"
[bank]
kind = "{kind}"
endpoint = "{endpoint}"
name = "{bank}"
signal_types = {signal_types}
certificate_pins = [{pin_list}]
auth_header = "{auth_header}"
[age_note]
text = "Under 18? Use Take It Down."
url = "https://takeitdown.ncmec.org"
""")
