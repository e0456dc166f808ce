from __future__ import annotations

import random

import pytest
import trustme
from cryptography import x509

from bank.httpfixtures import ConnectProxy, Reply, Socks5Proxy
from safehash.core import errors
from safehash.core.transport import (
    USER_AGENT,
    HttpClient,
    RetryPolicy,
    check_url,
    normalise_proxy,
    spki_sha256,
)

OK = Reply(200, {"ok": True})


def client_for(ca_file, **kwargs) -> HttpClient:
    kwargs.setdefault("rng", random.Random(1))
    return HttpClient(ca_file=ca_file, **kwargs)


def server_pin(server) -> str:
    import socket
    import ssl

    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    with socket.create_connection(("127.0.0.1", server.port)) as raw:
        with context.wrap_socket(raw, server_hostname="localhost") as tls:
            der = tls.getpeercert(binary_form=True)
    assert der is not None
    return spki_sha256(der)


def test_https_verified_and_neutral_headers(serve, ca_file):
    server = serve(lambda seen: OK)
    with client_for(ca_file) as client:
        response = client.request("POST", server.url + "/v1/x", json_body={"a": 1}, idempotent=True)
    assert response.status == 200 and response.json() == {"ok": True}
    headers = {k.lower(): v for k, v in server.seen[0].headers.items()}
    assert headers["user-agent"] == USER_AGENT
    assert set(headers) <= {
        "host", "user-agent", "accept", "accept-encoding", "content-length", "content-type",
    }  # fmt: skip
    assert "accept-language" not in headers and "cookie" not in headers


def test_wrong_ca_fails_clearly_and_sends_nothing(serve, ca_file):
    other = trustme.CA()
    server = serve(lambda seen: OK, server_ca=other)
    with client_for(ca_file) as client, pytest.raises(errors.TlsFailed) as info:
        client.request("POST", server.url + "/v1/x", json_body={"a": 1}, idempotent=True)
    assert info.value.code == "tls_failed"
    assert server.seen == []


def test_spki_pin_match(serve, ca_file):
    server = serve(lambda seen: OK)
    pin = server_pin(server)
    with client_for(ca_file, pins=[f"sha256/{pin}"]) as client:
        assert client.request("GET", server.url + "/", idempotent=True).status == 200


def test_spki_pin_mismatch_stops_before_the_body(serve, ca_file):
    server = serve(lambda seen: OK)
    wrong = "sha256/" + "A" * 43 + "="
    with client_for(ca_file, pins=[wrong]) as client:
        with pytest.raises(errors.CertificatePinMismatch):
            client.request("POST", server.url + "/v1/x", json_body={"secret": 1}, idempotent=True)
    assert server.seen == []  # the handshake happened, no request did
    assert client.log.entries()[-1].outcome == "certificate_pin_mismatch"


def test_pin_is_checked_through_a_socks_proxy_and_dns_goes_through_it(serve, ca_file):
    server = serve(lambda seen: OK)
    proxy = Socks5Proxy()
    try:
        with client_for(ca_file, pins=[server_pin(server)], proxy=proxy.url) as client:
            assert client.request("GET", server.url + "/", idempotent=True).status == 200
        # socks5h: the name reached the proxy unresolved.
        assert proxy.requested == [("localhost", server.port)]
        with client_for(ca_file, pins=["B" * 43 + "="], proxy=proxy.url) as client:
            with pytest.raises(errors.CertificatePinMismatch):
                client.request("GET", server.url + "/", idempotent=True)
    finally:
        proxy.stop()


def test_plain_socks5_is_upgraded_to_remote_dns():
    assert normalise_proxy("socks5://127.0.0.1:9050") == "socks5h://127.0.0.1:9050"
    with pytest.raises(errors.InvalidUrl):
        normalise_proxy("ftp://127.0.0.1:21")


@pytest.mark.parametrize(
    "url",
    ["http://example.org/v1", "http://10.0.0.1/", "http://[fe80::1]/", "http://127.evil.com/"],
)
def test_plain_http_refused_off_loopback(url):
    with pytest.raises(errors.InsecureUrl):
        check_url(url)
    with HttpClient() as client, pytest.raises(errors.InsecureUrl):
        client.request("GET", url, idempotent=True)
    assert client.log.entries() == []


@pytest.mark.parametrize("url", ["http://127.0.0.1:8/", "http://localhost/", "http://[::1]:9/"])
def test_plain_http_allowed_to_loopback(url):
    check_url(url)


def test_credentials_in_url_refused():
    with pytest.raises(errors.InvalidUrl):
        check_url("https://user:secret@bank.example/")


def test_redirect_to_another_host_is_refused(serve, ca_file):
    elsewhere = serve(lambda seen: OK, tls=False)
    server = serve(lambda seen: Reply(307, headers={"Location": elsewhere.url + "/steal"}))
    with client_for(ca_file) as client, pytest.raises(errors.RedirectRefused):
        client.request("POST", server.url + "/v1/x", json_body={"a": 1}, idempotent=True)
    assert elsewhere.seen == []
    assert len(server.seen) == 1  # not retried either


def test_huge_response_is_capped(serve, ca_file):
    server = serve(lambda seen: Reply(200, stream_bytes=50 << 20))
    with client_for(ca_file, max_response_bytes=64 << 10) as client:
        with pytest.raises(errors.ResponseTooLarge):
            client.request("GET", server.url + "/", idempotent=True)
    entry = client.log.entries()[-1]
    assert entry.outcome == "response_too_large" and entry.bytes_received == 0


def test_declared_huge_response_refused_before_reading(serve, ca_file):
    server = serve(lambda seen: Reply(200, body=b"x" * 200_000))
    with client_for(ca_file, max_response_bytes=1000) as client:
        with pytest.raises(errors.ResponseTooLarge):
            client.request("GET", server.url + "/", idempotent=True)


def test_garbage_json_is_a_bad_response(serve, ca_file):
    server = serve(lambda seen: Reply(200, body=b"\x00{not json"))
    with client_for(ca_file) as client:
        response = client.request("GET", server.url + "/", idempotent=True)
    with pytest.raises(errors.BadResponse):
        response.json()


def test_5xx_retried_with_backoff_then_succeeds(serve, ca_file, sleeps):
    replies = iter([Reply(500), Reply(502), OK])
    server = serve(lambda seen: next(replies))
    policy = RetryPolicy(max_attempts=4, backoff_base=1.0, backoff_cap=8.0)
    with client_for(ca_file, retry=policy, sleep=sleeps) as client:
        response = client.request("POST", server.url + "/", json_body={}, idempotent=True)
    assert response.status == 200 and len(server.seen) == 3
    assert len(sleeps.calls) == 2
    assert 0.5 <= sleeps.calls[0] <= 1.0 and 1.0 <= sleeps.calls[1] <= 2.0  # doubling + jitter


def test_5xx_gives_server_error_after_the_last_attempt(serve, ca_file, sleeps):
    server = serve(lambda seen: Reply(500, {"error": {"code": "server_error", "message": "x"}}))
    with client_for(ca_file, retry=RetryPolicy(max_attempts=3), sleep=sleeps) as client:
        with pytest.raises(errors.ServerError) as info:
            client.request("GET", server.url + "/", idempotent=True)
    assert info.value.retryable and len(server.seen) == 3 and len(sleeps.calls) == 2


def test_non_idempotent_post_is_not_retried_after_500(serve, ca_file, sleeps):
    server = serve(lambda seen: Reply(500))
    with client_for(ca_file, sleep=sleeps) as client, pytest.raises(errors.ServerError):
        client.request("POST", server.url + "/", json_body={}, idempotent=False)
    assert len(server.seen) == 1 and sleeps.calls == []


def test_429_retry_after_is_honoured(serve, ca_file, sleeps):
    replies = iter([Reply(429, headers={"Retry-After": "7"}), OK])
    server = serve(lambda seen: next(replies))
    with client_for(ca_file, sleep=sleeps) as client:
        response = client.request("POST", server.url + "/", json_body={}, idempotent=False)
    assert response.status == 200
    assert sleeps.calls == [7.0]


def test_429_with_a_long_retry_after_is_left_to_the_outbox(serve, ca_file, sleeps):
    server = serve(lambda seen: Reply(429, headers={"Retry-After": "3600"}))
    with client_for(ca_file, sleep=sleeps) as client, pytest.raises(errors.RateLimited) as info:
        client.request("GET", server.url + "/", idempotent=True)
    assert info.value.retry_after == 3600 and sleeps.calls == [] and len(server.seen) == 1


def test_read_timeout(serve, ca_file, sleeps):
    server = serve(lambda seen: Reply(action="hang"))
    policy = RetryPolicy(max_attempts=2)
    with client_for(ca_file, read_timeout=0.3, retry=policy, sleep=sleeps) as client:
        with pytest.raises(errors.NetworkTimeout) as info:
            client.request("GET", server.url + "/", idempotent=True)
    assert info.value.retryable and len(server.seen) == 2


def test_connection_refused_is_offline(sleeps):
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with HttpClient(sleep=sleeps, retry=RetryPolicy(max_attempts=2)) as client:
        with pytest.raises(errors.Offline) as info:
            client.request("POST", f"http://127.0.0.1:{port}/", json_body={}, idempotent=False)
    # Nothing can have been processed, so even a non-idempotent request was tried again.
    assert info.value.not_sent and len(sleeps.calls) == 1


def test_dropped_connection_is_offline(serve, ca_file, sleeps):
    server = serve(lambda seen: Reply(action="drop"))
    with client_for(ca_file, sleep=sleeps, retry=RetryPolicy(max_attempts=1)) as client:
        with pytest.raises(errors.Offline):
            client.request("POST", server.url + "/", json_body={}, idempotent=True)
    assert len(server.seen) == 1


def test_cookies_are_never_kept(serve, ca_file):
    server = serve(lambda seen: Reply(200, {}, headers={"Set-Cookie": "track=me; Path=/"}))
    with client_for(ca_file) as client:
        client.request("GET", server.url + "/", idempotent=True)
        client.request("GET", server.url + "/", idempotent=True)
    assert all("Cookie" not in seen.headers for seen in server.seen)


def test_network_log_keeps_no_secrets(serve, ca_file):
    server = serve(lambda seen: OK)
    token = "SH-AAAA-BBBB-CCCC-DDDD-EEEE-F"
    with client_for(ca_file) as client:
        client.request(
            "POST",
            server.url + "/v1/submissions?key=s3cret",
            json_body={"pdq": "ab" * 32},
            headers={"Authorization": f"Bearer {token}"},
            idempotent=True,
        )
    (entry,) = client.log.entries()
    text = client.log.text()
    assert entry.path == "/v1/submissions" and entry.method == "POST" and entry.status == 200
    assert entry.bytes_sent > 0 and entry.bytes_received > 0
    for secret in ("s3cret", token, "abab", "Bearer"):
        assert secret not in text and secret not in repr(entry)


def test_spki_matches_cryptography(ca):
    cert = x509.load_pem_x509_certificate(ca.cert_pem.bytes())
    from cryptography.hazmat.primitives.serialization import Encoding

    assert len(spki_sha256(cert.public_bytes(Encoding.DER))) == 44


TOKEN = "SH-0000-0000-0000-0000-0000-0"
BEARER = {"Authorization": f"Bearer {TOKEN}"}


def test_an_http_proxy_only_ever_carries_tls(serve, ca_file):
    """An https:// bank through an http:// proxy: a CONNECT tunnel, the token inside TLS."""
    server = serve(lambda seen: OK)
    proxy = ConnectProxy()
    try:
        with client_for(ca_file, proxy=proxy.url) as client:
            client.request("POST", server.url + "/v1/submissions", json_body={"a": 1},
                           headers=BEARER, idempotent=True)  # fmt: skip
        assert proxy.received.startswith(b"CONNECT localhost:")
        assert TOKEN.encode() not in proxy.received and b"Bearer" not in proxy.received
        assert server.seen[0].headers["Authorization"] == f"Bearer {TOKEN}"
    finally:
        proxy.stop()


@pytest.mark.parametrize("kind", ["http", "socks5h"])
def test_plain_http_on_this_computer_never_goes_through_a_proxy(serve, kind):
    server = serve(lambda seen: OK, tls=False)
    proxy = ConnectProxy() if kind == "http" else Socks5Proxy()
    try:
        with HttpClient(proxy=proxy.url) as client:
            client.request("GET", server.url + "/v1/cases/x", headers=BEARER, idempotent=True)
        assert len(server.seen) == 1
        if isinstance(proxy, ConnectProxy):
            assert proxy.connections == 0 and proxy.received == b""
        else:
            assert proxy.requested == []
    finally:
        proxy.stop()


def test_the_practice_bank_works_whatever_proxy_is_set():
    from safehash.core.profile import load_profile
    from safehash.practice_bank import open_bank

    profile = load_profile()
    assert profile.is_demo
    dead_proxy = "socks5h://127.0.0.1:9"  # nothing listens there
    with HttpClient(proxy=dead_proxy) as client, open_bank(profile, client) as adapter:
        case = adapter.open_case()
        assert adapter.status(case).status == "open"
