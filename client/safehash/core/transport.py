"""HTTP for talking to hash banks: verified TLS, optional key pinning, no redirects, no
cookies, capped answers, patient retries, hard deadlines, and a log the person can read.

Deadlines: no request takes longer than ``request_timeout`` however the server dribbles
(connect, TLS handshake, headers, body: a watchdog shuts the connection's socket down at
the deadline), and no call with all its retries, nor a whole sending (``deadline()``),
takes longer than ``sending_timeout``.

Proxies only ever carry TLS: plain http:// is allowed only to this computer (the practice
bank), and such a request never goes through a proxy, which could only reach its own
computer and would read the case token in clear.

Everything a request could reveal about the person is kept out: the only identifying
header is ``User-Agent: SafeHash/<version>``; no Accept-Language, no cookies, no proxy or
certificate settings taken from the environment (``trust_env`` is off, so ``.netrc`` can
never add credentials either).
"""

from __future__ import annotations

import base64
import email.utils
import hashlib
import http.cookiejar
import ipaddress
import json
import random
import socket
import threading
import time
import urllib.parse
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import requests
import requests.adapters
import urllib3.connection
import urllib3.connectionpool
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from requests.structures import CaseInsensitiveDict
from urllib3.contrib import socks as urllib3_socks

from safehash import __version__
from safehash.core import errors

USER_AGENT = f"SafeHash/{__version__}"
LOOPBACK_NAMES = frozenset({"localhost", "localhost."})
PROXY_SCHEMES = {"http": "http", "https": "https", "socks5h": "socks5h", "socks4a": "socks4a",
                 # Names must be resolved by the proxy (for Tor, the whole point).
                 "socks5": "socks5h", "socks4": "socks4a"}  # fmt: skip
DEFAULT_REQUEST_TIMEOUT = 60.0  # seconds for one request, from connecting to the last byte
DEFAULT_SENDING_TIMEOUT = 300.0  # seconds for a whole sending (or any call), retries included
# Statuses that say the server did not act on the request, so even a request that must
# not be repeated blindly may be sent again.
_NOT_PROCESSED_STATUSES = frozenset({429, 503})


# --- URLs -------------------------------------------------------------------------------


def is_loopback_host(host: str) -> bool:
    host = host.strip("[]").lower()
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_url(url: str) -> urllib.parse.SplitResult:
    """Refuse anything but https:// (or http:// to this computer), with no credentials."""
    try:
        parts = urllib.parse.urlsplit(url)
        _ = parts.port  # ValueError on a bad port
    except ValueError as exc:
        raise errors.InvalidUrl() from exc
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise errors.InvalidUrl()
    if parts.username is not None or parts.password is not None:
        raise errors.InvalidUrl("The address must not contain a user name or password.")
    if parts.scheme == "http" and not is_loopback_host(parts.hostname):
        raise errors.InsecureUrl()
    return parts


def normalise_proxy(proxy: str) -> str:
    """A proxy URL with a scheme we support; socks5:// becomes socks5h:// (DNS via proxy)."""
    try:
        parts = urllib.parse.urlsplit(proxy.strip())
        _ = parts.port
    except ValueError as exc:
        raise errors.InvalidUrl("The proxy address is not valid.") from exc
    scheme = PROXY_SCHEMES.get(parts.scheme.lower())
    if scheme is None or not parts.hostname:
        raise errors.InvalidUrl(
            "The proxy address must start with socks5h://, socks5://, http:// or https://."
        )
    return urllib.parse.urlunsplit(parts._replace(scheme=scheme))


# --- Certificate pins -------------------------------------------------------------------


class PinMismatchError(Exception):
    """Raised inside urllib3; deliberately not an OSError so nothing there retries it."""


def spki_sha256(der_certificate: bytes) -> str:
    """Base64 SHA-256 of the certificate's SubjectPublicKeyInfo (as in HPKP and curl)."""
    key = x509.load_der_x509_certificate(der_certificate).public_key()
    spki = key.public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)
    return base64.b64encode(hashlib.sha256(spki).digest()).decode("ascii")


def normalise_pin(pin: str) -> str:
    """``sha256/BASE64`` or ``BASE64`` -> ``BASE64``; ValueError when it is not 32 bytes."""
    text = pin.strip()
    if text.lower().startswith("sha256/"):
        text = text[len("sha256/") :]
    try:
        raw = base64.b64decode(text, validate=True)
    except ValueError as exc:
        raise ValueError("a pin must be base64") from exc
    if len(raw) != hashlib.sha256().digest_size:
        raise ValueError("a pin must be the base64 of a 32-byte SHA-256 digest")
    return base64.b64encode(raw).decode("ascii")


def normalise_pins(pins: Iterable[str]) -> list[str]:
    return [normalise_pin(p) for p in pins]


# --- The log the person can read ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NetworkLogEntry:
    when: float  # seconds since the epoch
    method: str
    host: str
    path: str  # never the query string
    bytes_sent: int  # request body
    bytes_received: int  # response body
    status: int | None  # None when no answer came
    outcome: str  # "ok", an HTTP status phrase, or an error code
    seconds: float

    def line(self) -> str:
        stamp = time.strftime("%H:%M:%S", time.localtime(self.when))
        status = self.status if self.status is not None else "-"
        return (
            f"{stamp} {self.method} {self.host}{self.path} -> {status} {self.outcome} "
            f"(sent {self.bytes_sent} B, received {self.bytes_received} B, "
            f"{self.seconds:.2f} s)"
        )


class NetworkLog:
    """Every request SafeHash made, in memory only: no bodies, tokens or query strings."""

    def __init__(self, max_entries: int = 500) -> None:
        self._entries: deque[NetworkLogEntry] = deque(maxlen=max_entries)
        self._lock = threading.Lock()

    def add(self, entry: NetworkLogEntry) -> None:
        with self._lock:
            self._entries.append(entry)

    def entries(self) -> list[NetworkLogEntry]:
        with self._lock:
            return list(self._entries)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def text(self) -> str:
        return "\n".join(e.line() for e in self.entries())


# --- Sessions: pinning, no cookies --------------------------------------------------------


class _RejectAllCookies(http.cookiejar.DefaultCookiePolicy):
    def set_ok(self, cookie: http.cookiejar.Cookie, request: Any) -> bool:
        return False

    def return_ok(self, cookie: http.cookiejar.Cookie, request: Any) -> bool:
        return False


class _NoRedirectSession(requests.Session):
    # requests reads a redirect's whole body (uncapped) even with allow_redirects=False;
    # with no target there is nothing to follow or read, and we refuse 3xx ourselves.
    def get_redirect_target(self, resp: requests.Response) -> None:
        return None


class _Watch:
    """The sockets of one request. At its deadline a timer shuts them down, which ends any
    connect, handshake, read or write at once, however slowly the server answers."""

    def __init__(self, seconds: float) -> None:
        self._lock = threading.Lock()
        self._socks: dict[int, socket.socket] = {}
        self._over = False
        self.expired = False
        self._timer = threading.Timer(max(0.0, seconds), self._expire)
        self._timer.daemon = True
        self._timer.start()

    def add(self, sock: socket.socket) -> None:
        with self._lock:
            if self._over or sock.fileno() in self._socks:
                return
            try:
                # A duplicate descriptor of the same connection: it stays valid when TLS
                # takes the socket over (an SSLSocket cannot be dup()ed itself).
                copy = socket.socket(sock.family, sock.type, sock.proto,
                                     fileno=socket.dup(sock.fileno()))  # fmt: skip
            except OSError:
                return
            self._socks[sock.fileno()] = copy
            if self.expired:
                _shut(copy)

    def _expire(self) -> None:
        with self._lock:
            if self._over:
                return
            self.expired = True
            for sock in self._socks.values():
                _shut(sock)

    def close(self) -> None:
        self._timer.cancel()
        with self._lock:
            self._over = True
            for sock in self._socks.values():
                sock.close()
            self._socks.clear()


def _shut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass  # already closed: nothing left to stop


# The request in progress on this thread (an HttpClient is used from one thread at a time).
_current = threading.local()


def _watch(sock: socket.socket | None) -> None:
    watch: _Watch | None = getattr(_current, "watch", None)
    if watch is not None and sock is not None:
        watch.add(sock)


class _Watched:
    """Mixin for urllib3 connections: every socket, new or reused, joins the watch of the
    request that uses it."""

    sock: socket.socket | None

    def _new_conn(self) -> socket.socket:
        sock = super()._new_conn()  # type: ignore[misc]
        _watch(sock)
        return sock

    def request(self, *args: Any, **kwargs: Any) -> Any:
        _watch(self.sock)  # a kept-alive connection: the new request's deadline applies
        return super().request(*args, **kwargs)  # type: ignore[misc]


class _PinCheck:
    """Mixin for urllib3 HTTPS connections: after the TLS handshake, before any byte of
    the request, the peer's public key must match one of ``pins``."""

    pins: frozenset[str] = frozenset()

    def connect(self) -> None:
        super().connect()  # type: ignore[misc]
        sock = self.sock  # type: ignore[attr-defined]
        der = sock.getpeercert(binary_form=True) if sock is not None else None
        if der is None or spki_sha256(der) not in self.pins:
            self.close()  # type: ignore[attr-defined]
            raise PinMismatchError()


def _pool_classes(pins: frozenset[str], socks: bool) -> dict[str, type]:
    if socks:
        http_conn: type = urllib3_socks.SOCKSConnection
        https_conn: type = urllib3_socks.SOCKSHTTPSConnection
        http_pool: type = urllib3_socks.SOCKSHTTPConnectionPool
        https_pool: type = urllib3_socks.SOCKSHTTPSConnectionPool
    else:
        http_conn = urllib3.connection.HTTPConnection
        https_conn = urllib3.connection.HTTPSConnection
        http_pool = urllib3.connectionpool.HTTPConnectionPool
        https_pool = urllib3.connectionpool.HTTPSConnectionPool
    https_bases = (_PinCheck, _Watched, https_conn) if pins else (_Watched, https_conn)
    conn_cls = type("WatchedHTTPConnection", (_Watched, http_conn), {})
    tls_cls = type("WatchedHTTPSConnection", https_bases, {"pins": pins})
    return {
        "http": type("WatchedHTTPConnectionPool", (http_pool,), {"ConnectionCls": conn_cls}),
        "https": type("WatchedHTTPSConnectionPool", (https_pool,), {"ConnectionCls": tls_cls}),
    }


class _WatchedAdapter(requests.adapters.HTTPAdapter):
    def __init__(self, pins: frozenset[str]) -> None:
        self._pins = pins
        super().__init__(max_retries=0)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = _pool_classes(self._pins, False)

    def proxy_manager_for(self, proxy: str, **kwargs: Any) -> Any:
        manager = super().proxy_manager_for(proxy, **kwargs)
        socks = proxy.lower().startswith("socks")
        manager.pool_classes_by_scheme = _pool_classes(self._pins, socks)
        return manager


# --- The client ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HttpResponse:
    status: int
    headers: Mapping[str, str]
    content: bytes

    def json(self) -> Any:
        try:
            return json.loads(self.content.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise errors.BadResponse() from exc

    def json_object(self) -> dict[str, Any]:
        data = self.json()
        if not isinstance(data, dict):
            raise errors.BadResponse()
        return data


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    max_attempts: int = 4
    backoff_base: float = 0.5  # seconds before the first retry, doubled each time
    backoff_cap: float = 8.0
    retry_after_cap: float = 30.0  # a longer wait is left to the outbox, not a blocked call


class HttpClient:
    """One session to hash banks. Use it from one thread at a time."""

    def __init__(
        self,
        *,
        pins: Iterable[str] = (),
        proxy: str | None = None,
        ca_file: str | None = None,
        connect_timeout: float = 10.0,
        read_timeout: float = 30.0,
        request_timeout: float = DEFAULT_REQUEST_TIMEOUT,
        sending_timeout: float = DEFAULT_SENDING_TIMEOUT,
        max_response_bytes: int = 1 << 20,
        retry: RetryPolicy | None = None,
        log: NetworkLog | None = None,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
    ) -> None:
        self.log = log if log is not None else NetworkLog()
        self.proxy = normalise_proxy(proxy) if proxy else None
        self.timeouts = (connect_timeout, read_timeout)
        self.request_timeout = request_timeout
        self.sending_timeout = sending_timeout
        self._expires: float | None = None  # the deadline of the sending in progress
        self.max_response_bytes = max_response_bytes
        self.retry = retry or RetryPolicy()
        self._sleep, self._clock = sleep, time.monotonic
        self._rng = rng or random.Random()  # jitter only; nothing secret  # noqa: S311
        self._pins = frozenset(normalise_pins(pins))
        self._session = self._new_session(ca_file)

    def _new_session(self, ca_file: str | None) -> requests.Session:
        session = _NoRedirectSession()
        session.trust_env = False
        session.verify = ca_file if ca_file else True
        session.cookies.set_policy(_RejectAllCookies())
        session.headers.clear()
        session.headers.update(
            {"User-Agent": USER_AGENT, "Accept": "application/json", "Accept-Encoding": "identity"}
        )
        if self.proxy:
            session.proxies = {"http": self.proxy, "https": self.proxy}
        adapter = _WatchedAdapter(self._pins)
        session.mount("https://", adapter)
        session.mount("http://", adapter)
        return session

    def close(self) -> None:
        self._session.close()

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def set_deadlines(self, request_timeout: float, sending_timeout: float) -> None:
        """The deadline of one request, and of one sending or call with its retries."""
        self.request_timeout, self.sending_timeout = request_timeout, sending_timeout

    @contextmanager
    def deadline(self, seconds: float | None = None) -> Iterator[None]:
        """Everything sent inside the block ends by ``seconds`` (default: the sending
        timeout) from now; a deadline already running is never extended."""
        previous = self._expires
        expires = self._clock() + (self.sending_timeout if seconds is None else seconds)
        self._expires = expires if previous is None else min(previous, expires)
        try:
            yield
        finally:
            self._expires = previous

    def request(
        self,
        method: str,
        url: str,
        *,
        json_body: Any = None,
        headers: Mapping[str, str] | None = None,
        idempotent: bool,
    ) -> HttpResponse:
        """Send one request, retrying what is safe to retry; return any 2xx or 4xx answer.

        ``idempotent`` requests (GET, DELETE, a submission with its Idempotency-Key) are
        retried after any network failure, 5xx or 429; others only when nothing can have
        been processed (no connection made, 429, 503). Raises a ``BankError``.
        """
        parts = check_url(url)
        body = None
        send_headers = dict(headers or {})
        if json_body is not None:
            body = json.dumps(json_body, separators=(",", ":")).encode("utf-8")
            send_headers["Content-Type"] = "application/json"
        with self.deadline():
            assert self._expires is not None
            attempt = 0
            while True:
                attempt += 1
                try:
                    return self._attempt(method, url, parts, body, send_headers)
                except errors.BankError as exc:
                    delay = self._retry_delay(exc, attempt, idempotent)
                    if delay is None or self._clock() + delay >= self._expires:
                        raise  # no time left for another try: the outbox keeps it
                    self._sleep(delay)

    def _retry_delay(self, exc: errors.BankError, attempt: int, idempotent: bool) -> float | None:
        if attempt >= self.retry.max_attempts or not exc.retryable:
            return None
        unprocessed = exc.not_sent or exc.status in _NOT_PROCESSED_STATUSES
        if not idempotent and not unprocessed:
            return None
        if isinstance(exc, errors.RateLimited) and exc.retry_after is not None:
            if exc.retry_after > self.retry.retry_after_cap:
                return None  # the outbox will wait instead
            return exc.retry_after
        step = min(self.retry.backoff_cap, self.retry.backoff_base * 2 ** (attempt - 1))
        return step / 2 + self._rng.uniform(0, step / 2)

    def _attempt(
        self,
        method: str,
        url: str,
        parts: urllib.parse.SplitResult,
        body: bytes | None,
        headers: dict[str, str],
    ) -> HttpResponse:
        started, wall = self._clock(), time.time()
        status: int | None = None
        received = 0
        outcome = "ok"
        try:
            status, resp_headers, content = self._exchange(method, url, body, headers, started)
            received = len(content)
            error = _error_for_status(status, resp_headers)
            if error is not None:
                outcome = error.code
                raise error
            outcome = "ok" if status < 400 else f"refused ({status})"
            return HttpResponse(status, resp_headers, content)
        except errors.BankError as exc:
            outcome = exc.code
            raise
        finally:
            self.log.add(
                NetworkLogEntry(
                    when=wall,
                    method=method,
                    host=parts.netloc.rpartition("@")[2],
                    path=parts.path or "/",
                    bytes_sent=len(body or b""),
                    bytes_received=received,
                    status=status,
                    outcome=outcome,
                    seconds=max(0.0, self._clock() - started),
                )
            )

    def _exchange(
        self, method: str, url: str, body: bytes | None, headers: dict[str, str], started: float
    ) -> tuple[int, CaseInsensitiveDict[str], bytes]:
        assert self._expires is not None
        left = min(self.request_timeout, self._expires - started)
        if left <= 0:
            error = errors.NetworkTimeout()
            error.not_sent = True
            raise error
        connect, read = self.timeouts
        plain = urllib.parse.urlsplit(url).scheme == "http"  # on this computer only
        watch = _Watch(left)
        _current.watch = watch
        try:
            try:
                resp = self._session.request(
                    method,
                    url,
                    data=body,
                    headers=headers,
                    timeout=(min(connect, left), min(read, left)),
                    allow_redirects=False,
                    stream=True,
                    # None removes the session's proxy for this request.
                    proxies={"http": None, "https": None} if plain else None,  # type: ignore[dict-item]
                )
            except PinMismatchError as exc:
                raise errors.CertificatePinMismatch() from exc
            except requests.RequestException as exc:
                raise self._network_error(exc, watch) from exc
            with resp:
                headers_copy = CaseInsensitiveDict(dict(resp.headers))
                if 300 <= resp.status_code < 400:
                    raise errors.RedirectRefused()
                content = self._read_capped(resp, watch)
            if watch.expired:  # a body cut short by the deadline is no answer
                raise errors.NetworkTimeout()
            return resp.status_code, headers_copy, content
        finally:
            _current.watch = None
            watch.close()

    def _read_capped(self, resp: requests.Response, watch: _Watch) -> bytes:
        limit = self.max_response_bytes
        declared = resp.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > limit:
            raise errors.ResponseTooLarge()
        chunks: list[bytes] = []
        size = 0
        try:
            for chunk in resp.iter_content(16384):
                size += len(chunk)
                if size > limit:
                    raise errors.ResponseTooLarge()
                chunks.append(chunk)
        except requests.RequestException as exc:
            raise self._network_error(exc, watch) from exc
        return b"".join(chunks)

    def _network_error(
        self, exc: requests.RequestException, watch: _Watch
    ) -> errors.BankError:
        error: errors.BankError
        if isinstance(exc, requests.exceptions.ConnectTimeout):
            error = errors.NetworkTimeout()
            error.not_sent = True
            return error
        if watch.expired:
            return errors.NetworkTimeout()  # the watchdog cut the connection
        if isinstance(exc, requests.exceptions.SSLError):
            return errors.TlsFailed()
        if isinstance(exc, requests.exceptions.Timeout):
            return errors.NetworkTimeout()
        if isinstance(exc, requests.exceptions.InvalidURL | requests.exceptions.InvalidSchema):
            return errors.InvalidUrl()
        if isinstance(exc, requests.exceptions.ProxyError) or (
            self.proxy and isinstance(exc, requests.exceptions.ConnectionError)
        ):
            error = errors.ProxyFailed()
        else:
            error = errors.Offline()
        error.not_sent = _never_connected(exc)
        return error


def _never_connected(exc: BaseException) -> bool:
    """True when the error chain shows no connection was made (so nothing was sent)."""
    seen: set[int] = set()
    stack: list[BaseException] = [exc]
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, urllib3.exceptions.NewConnectionError):
            return True
        reason = getattr(current, "reason", None)
        for nxt in (current.__cause__, current.__context__, reason, *current.args):
            if isinstance(nxt, BaseException):
                stack.append(nxt)
    return False


def _error_for_status(status: int, headers: Mapping[str, str]) -> errors.BankError | None:
    """429 and 5xx become (retryable) errors here; 2xx and 4xx go back to the adapter."""
    error: errors.BankError
    if status == 429:
        error = errors.RateLimited(retry_after=_retry_after(headers))
    elif status >= 500:
        error = errors.ServerError()
    elif status < 200:
        error = errors.BadResponse()
    else:
        return None
    error.status = status
    return error


def _retry_after(headers: Mapping[str, str]) -> float | None:
    value = headers.get("Retry-After", "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())
