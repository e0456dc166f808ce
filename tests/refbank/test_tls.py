"""TLS: the reference bank and the HMA fake over HTTPS with a test CA (trustme)."""

from __future__ import annotations

import socket
import ssl

import pytest
import requests
import trustme

from safehash.refbank import start_refbank
from support.hma_fake import start_hma_fake

from .helpers import TIMEOUT, auth, item, submit


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def ca_file(ca, tmp_path) -> str:
    path = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return str(path)


@pytest.fixture
def server_context(ca) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    return context


def test_https_with_the_ca_trusted(tmp_path, server_context, ca_file):
    with start_refbank(tmp_path, tls=server_context) as bank:
        assert bank.url.startswith("https://127.0.0.1:")
        # verify= on each call: REQUESTS_CA_BUNDLE in the environment beats session.verify.
        session = requests.Session()
        info = session.get(f"{bank.url}/v1/info", timeout=TIMEOUT, verify=ca_file)
        assert info.status_code == 200
        case = session.post(f"{bank.url}/v1/cases", json={}, timeout=TIMEOUT,
                            verify=ca_file).json()
        response = submit(bank.url, case["case_token"], {"items": [item()]}, session=session,
                          verify=ca_file)
        assert response.status_code == 201


def test_untrusted_certificate_is_refused(tmp_path, server_context):
    with start_refbank(tmp_path, tls=server_context) as bank:
        with pytest.raises(requests.exceptions.SSLError):
            requests.get(f"{bank.url}/v1/info", timeout=TIMEOUT)  # only the system's CAs


def test_plain_http_to_a_tls_port_fails_and_the_server_survives(
    tmp_path, server_context, ca_file
):
    with start_refbank(tmp_path, tls=server_context) as bank:
        plain = bank.url.replace("https://", "http://")
        with pytest.raises(requests.exceptions.ConnectionError):
            requests.get(f"{plain}/v1/info", timeout=TIMEOUT)
        # A client that connects and says nothing does not block others.
        silent = socket.create_connection(("127.0.0.1", bank.port), timeout=TIMEOUT)
        try:
            ok = requests.get(f"{bank.url}/v1/info", timeout=TIMEOUT, verify=ca_file)
            assert ok.status_code == 200
        finally:
            silent.close()


def test_tls_with_a_case_issued_offline(tmp_path, server_context, ca_file):
    with start_refbank(tmp_path, tls=server_context, self_service=False) as bank:
        case_id, token = bank.issue_case()
        response = requests.get(f"{bank.url}/v1/cases/{case_id}", headers=auth(token),
                                timeout=TIMEOUT, verify=ca_file)
        assert response.status_code == 200


def test_stop_with_an_open_tls_connection_is_clean(tmp_path, server_context, ca_file):
    bank = start_refbank(tmp_path, tls=server_context)
    session = requests.Session()
    open_case_url = f"{bank.url}/v1/cases"
    assert session.post(open_case_url, json={}, timeout=TIMEOUT,
                        verify=ca_file).status_code == 201
    bank.stop()  # the keep-alive connection is shut, not left answering
    with pytest.raises(requests.exceptions.ConnectionError):
        session.get(f"{bank.url}/v1/info", timeout=TIMEOUT, verify=ca_file)


def test_hma_fake_over_tls(server_context, ca_file):
    with start_hma_fake(tls=server_context) as fake:
        response = requests.get(f"{fake.url}/status", timeout=TIMEOUT, verify=ca_file)
        assert response.text == "I-AM-ALIVE"

