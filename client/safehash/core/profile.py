"""The deployment profile: which hash bank an organisation points SafeHash at, and the
words and links shown with it. A TOML file (see docs/deployment-profile.md); every
mistake is reported with the name of the key at fault, never silently ignored.
"""

from __future__ import annotations

import dataclasses
import os
import re
import tomllib
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from safehash.core import errors
from safehash.core.package_data import resources
from safehash.core.records import IMAGE_SIGNAL_TYPES, VIDEO_SIGNAL_TYPES, MediaSignalTypes
from safehash.core.transport import (
    DEFAULT_REQUEST_TIMEOUT,
    DEFAULT_SENDING_TIMEOUT,
    check_url,
    normalise_pin,
)

PROFILE_VERSION = 1
KIND_SAFEHASH_V1 = "safehash-v1"
KIND_HMA = "hma"
BANK_KINDS = (KIND_SAFEHASH_V1, KIND_HMA)
DEMO_ENDPOINT = "demo"  # the demonstration bank SafeHash starts on this computer
TEXT_KEYS = ("organisation_name", "age_note")
MAX_PROFILE_BYTES = 1 << 20
MAX_TIMEOUT = 3600.0  # seconds; a deadline is there to end waiting, not to allow an hour

_HMA_BANK_NAME = re.compile(r"[A-Z_][A-Z0-9_]*")
# HMA's names for what it takes of a video: video_md5 and vpdq (no video SHA-256).
HMA_VIDEO_SIGNAL_TYPES = ("vpdq", "md5")
_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
# Headers the app itself sets; a profile may not replace them.
_RESERVED_HEADERS = frozenset(
    {"host", "content-length", "content-type", "transfer-encoding", "connection", "cookie",
     "user-agent", "accept", "accept-encoding", "idempotency-key", "proxy-authorization"}
)  # fmt: skip
_LANGUAGE_TAG = re.compile(r"[a-z]{2,3}(-[A-Z]{2})?")
_COUNTRY = re.compile(r"[A-Z]{2}")
ENV_PROFILE = "SAFEHASH_PROFILE"


@dataclass(frozen=True, slots=True)
class SupportLink:
    name: str
    url: str
    phone: str | None = None


@dataclass(frozen=True, slots=True)
class Profile:
    organisation_name: str
    bank_kind: str
    endpoint: str  # an https:// URL, or "demo"
    bank_name: str | None
    signal_types: tuple[str, ...]  # what is sent of a photo
    video_signal_types: tuple[str, ...] = VIDEO_SIGNAL_TYPES  # of a video; () sends none
    certificate_pins: tuple[str, ...] = ()
    auth_header: str | None = None
    request_timeout: float = DEFAULT_REQUEST_TIMEOUT  # one request, however slow the bank
    sending_timeout: float = DEFAULT_SENDING_TIMEOUT  # one sending, every retry included
    age_note: str = ""
    age_note_url: str = ""
    support: Mapping[str, SupportLink] = field(default_factory=dict)
    texts: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    @property
    def is_demo(self) -> bool:
        return self.endpoint == DEMO_ENDPOINT

    @property
    def media_signal_types(self) -> MediaSignalTypes:
        return MediaSignalTypes(self.signal_types, self.video_signal_types)

    @property
    def endpoint_host(self) -> str:
        if self.is_demo:
            return DEMO_ENDPOINT
        return urllib.parse.urlsplit(self.endpoint).netloc

    def text(self, key: str, language: str | None = None) -> str:
        """``organisation_name`` or ``age_note`` in ``language`` (e.g. "es-MX"), else base."""
        if key not in TEXT_KEYS:
            raise KeyError(key)
        for tag in _language_fallbacks(language):
            value = self.texts.get(tag, {}).get(key)
            if value:
                return value
        return str(getattr(self, key))

    def support_for(
        self, language: str | None = None, country: str | None = None
    ) -> SupportLink | None:
        """The best support link: language-COUNTRY, then COUNTRY, then language, then en."""
        lang, _, tag_country = (language or "").replace("_", "-").partition("-")
        country = (country or tag_country or "").upper() or None
        candidates = []
        if lang and country:
            candidates.append(f"{lang.lower()}-{country}")
        if country:
            candidates.append(country)
        if lang:
            candidates.append(lang.lower())
        candidates.append("en")
        for tag in candidates:
            if tag in self.support:
                return self.support[tag]
        return next(iter(self.support.values()), None)

    def with_overrides(
        self,
        *,
        endpoint: str | None = None,
        kind: str | None = None,
        bank_name: str | None = None,
        request_timeout: float | None = None,
        sending_timeout: float | None = None,
    ) -> Profile:
        """The profile with the person's advanced choices applied, validated again."""
        kind = kind or self.bank_kind
        signal_types, video_types = self.signal_types, self.video_signal_types
        if kind == KIND_HMA and kind != self.bank_kind:
            signal_types = ("pdq",)
            video_types = tuple(t for t in video_types if t in HMA_VIDEO_SIGNAL_TYPES)
        changed = dataclasses.replace(
            self,
            bank_kind=kind,
            endpoint=endpoint or self.endpoint,
            bank_name=bank_name if bank_name is not None else self.bank_name,
            signal_types=signal_types,
            video_signal_types=video_types,
            request_timeout=request_timeout or self.request_timeout,
            sending_timeout=sending_timeout or self.sending_timeout,
        )
        _check_bank(changed)
        return changed


def _language_fallbacks(language: str | None) -> list[str]:
    if not language:
        return []
    tag = language.replace("_", "-")
    lang, _, country = tag.partition("-")
    tags = [f"{lang.lower()}-{country.upper()}"] if country else []
    return [*tags, lang.lower()]


# --- Loading ------------------------------------------------------------------------------


def default_profile_path() -> Path | Traversable:
    """$SAFEHASH_PROFILE, else the profile installed with the app (package data)."""
    configured = os.environ.get(ENV_PROFILE)
    if configured:
        return Path(configured)
    return resources() / "deployment.toml"


def load_profile(path: str | os.PathLike[str] | None = None) -> Profile:
    target = Path(path) if path is not None else default_profile_path()
    try:
        with target.open("rb") as handle:
            data = handle.read(MAX_PROFILE_BYTES + 1)
    except OSError as exc:
        raise errors.ProfileError("The deployment profile could not be read.") from exc
    if len(data) > MAX_PROFILE_BYTES:
        raise errors.ProfileError("The deployment profile is far too large.")
    try:
        return parse_profile(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise errors.ProfileError("The deployment profile must be UTF-8 text.") from exc


def parse_profile(text: str) -> Profile:
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise errors.ProfileError(f"The deployment profile is not valid TOML ({exc}).") from exc
    reader = _Reader(raw)
    version = reader.get("profile_version", int)
    if version != PROFILE_VERSION:
        reader.fail("profile_version", f"must be {PROFILE_VERSION}")
    reader.only("", {"profile_version", "organisation", "bank", "age_note", "support", "text"})
    reader.only("organisation", {"name"})
    reader.only("bank", {"kind", "endpoint", "name", "signal_types", "video_signal_types",
                         "certificate_pins", "auth_header", "request_timeout",
                         "sending_timeout"})  # fmt: skip
    reader.only("age_note", {"text", "url"})

    pins = []
    for i, pin in enumerate(reader.get("bank.certificate_pins", list, [])):
        try:
            pins.append(normalise_pin(pin if isinstance(pin, str) else ""))
        except ValueError:
            reader.fail(f"bank.certificate_pins[{i}]", "must be sha256/ followed by base64")
    signal_types = reader.get("bank.signal_types", list, list(IMAGE_SIGNAL_TYPES))
    kind = reader.get("bank.kind", str)
    video_default = HMA_VIDEO_SIGNAL_TYPES if kind == KIND_HMA else VIDEO_SIGNAL_TYPES
    video_types = reader.get("bank.video_signal_types", list, list(video_default))
    profile = Profile(
        organisation_name=reader.text("organisation.name"),
        bank_kind=kind,
        endpoint=reader.get("bank.endpoint", str),
        bank_name=reader.get("bank.name", str, "") or None,
        signal_types=tuple(signal_types),
        video_signal_types=tuple(video_types),
        certificate_pins=tuple(pins),
        auth_header=reader.get("bank.auth_header", str, "") or None,
        request_timeout=reader.seconds("bank.request_timeout", DEFAULT_REQUEST_TIMEOUT),
        sending_timeout=reader.seconds("bank.sending_timeout", DEFAULT_SENDING_TIMEOUT),
        age_note=reader.text("age_note.text"),
        age_note_url=reader.url("age_note.url"),
        support=_support(reader),
        texts=_texts(reader),
    )
    _check_bank(profile)
    return profile


def _support(reader: _Reader) -> dict[str, SupportLink]:
    links = {}
    for tag in reader.get("support", dict, {}):
        where = f"support.{_quote(tag)}"
        if not (_LANGUAGE_TAG.fullmatch(tag) or _COUNTRY.fullmatch(tag)):
            reader.fail(where, 'must be named by a language ("es", "pt-BR") or a country ("GB")')
        reader.only(where, {"name", "url", "phone"}, raw_key=("support", tag))
        table = reader.get(where, dict, raw_key=("support", tag))
        phone = table.get("phone")
        if phone is not None and (not isinstance(phone, str) or not phone.strip()):
            reader.fail(f"{where}.phone", "must be text")
        links[tag] = SupportLink(
            name=reader.text(f"{where}.name", raw_key=("support", tag, "name")),
            url=reader.url(f"{where}.url", raw_key=("support", tag, "url")),
            phone=phone,
        )
    return links


def _texts(reader: _Reader) -> dict[str, dict[str, str]]:
    texts = {}
    for tag in reader.get("text", dict, {}):
        where = f"text.{_quote(tag)}"
        if not _LANGUAGE_TAG.fullmatch(tag):
            reader.fail(where, 'must be named by a language such as "es" or "pt-BR"')
        reader.only(where, set(TEXT_KEYS), raw_key=("text", tag))
        texts[tag] = {
            key: reader.text(f"{where}.{key}", raw_key=("text", tag, key))
            for key in reader.get(where, dict, raw_key=("text", tag))
        }
    return texts


def _check_bank(profile: Profile) -> None:
    def fail(key: str, problem: str) -> None:
        raise errors.ProfileError(f"In the deployment profile, {key} {problem}.", key=key)

    if profile.bank_kind not in BANK_KINDS:
        fail("bank.kind", 'must be "safehash-v1" or "hma"')
    if profile.endpoint != DEMO_ENDPOINT:
        try:
            parts = check_url(profile.endpoint)
        except errors.InsecureUrl:
            fail("bank.endpoint", "must start with https:// (http:// only to this computer)")
        except errors.BankError:
            fail("bank.endpoint", 'must be a web address or "demo"')
        if parts.query or parts.fragment:
            fail("bank.endpoint", "must not contain ? or #")
    for key in ("request_timeout", "sending_timeout"):
        if not 1 <= getattr(profile, key) <= MAX_TIMEOUT:
            fail(f"bank.{key}", f"must be a number of seconds from 1 to {MAX_TIMEOUT:.0f}")
    if profile.bank_kind == KIND_HMA:
        if not profile.bank_name or not _HMA_BANK_NAME.fullmatch(profile.bank_name):
            fail("bank.name", "must be upper-case letters, digits and _ (e.g. SAFEHASH) for hma")
        if tuple(profile.signal_types) != ("pdq",):
            fail("bank.signal_types", 'must be ["pdq"] for hma')
        if not set(profile.video_signal_types) <= set(HMA_VIDEO_SIGNAL_TYPES):
            fail("bank.video_signal_types", "must list some of vpdq, md5 for hma")
    types = profile.signal_types
    if not types or len(set(types)) != len(types) or not set(types) <= set(IMAGE_SIGNAL_TYPES):
        fail("bank.signal_types", "must list some of pdq, md5, sha256, phash, each once")
    video = profile.video_signal_types
    if len(set(video)) != len(video) or not set(video) <= set(VIDEO_SIGNAL_TYPES):
        # Empty is allowed: the organisation's bank takes no videos from SafeHash.
        fail("bank.video_signal_types", "must list some of vpdq, md5, sha256, each once")
    header = profile.auth_header
    if header is not None:
        if not _HEADER_NAME.fullmatch(header) or header.lower() in _RESERVED_HEADERS:
            fail("bank.auth_header", "must be a header name SafeHash does not already send")
        if profile.bank_kind == KIND_SAFEHASH_V1 and header.lower() == "authorization":
            fail("bank.auth_header", "cannot be Authorization (it carries the case token)")


def _quote(tag: str) -> str:
    return tag if re.fullmatch(r"[A-Za-z0-9_-]+", tag) else f'"{tag}"'


class _Reader:
    """Typed access to the parsed TOML, failing with the dotted name of the key."""

    _MISSING = object()

    def __init__(self, raw: dict[str, Any]) -> None:
        self.raw = raw

    def fail(self, key: str, problem: str) -> None:
        raise errors.ProfileError(f"In the deployment profile, {key} {problem}.", key=key)

    def _lookup(self, key: str, raw_key: tuple[str, ...] | None) -> Any:
        node: Any = self.raw
        for part in raw_key or tuple(key.split(".")):
            if not isinstance(node, dict) or part not in node:
                return self._MISSING
            node = node[part]
        return node

    def get(
        self, key: str, kind: type, default: Any = _MISSING, raw_key: tuple[str, ...] | None = None
    ) -> Any:
        value = self._lookup(key, raw_key)
        if value is self._MISSING:
            if default is self._MISSING:
                self.fail(key, "is missing")
            return default
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            names = {str: "text", int: "a whole number", list: "a list", dict: "a table"}
            self.fail(key, f"must be {names.get(kind, kind.__name__)}")
        if kind is list and not all(isinstance(v, str) for v in value):
            self.fail(key, "must be a list of text")
        return value

    def seconds(self, key: str, default: float) -> float:
        value = self._lookup(key, None)
        if value is self._MISSING:
            return default
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.fail(key, "must be a number of seconds")
        return float(value)

    def text(self, key: str, raw_key: tuple[str, ...] | None = None) -> str:
        value = self.get(key, str, raw_key=raw_key).strip()
        if not value:
            self.fail(key, "must not be empty")
        return value

    def url(self, key: str, raw_key: tuple[str, ...] | None = None) -> str:
        value = self.text(key, raw_key)
        parts = urllib.parse.urlsplit(value)
        if parts.scheme != "https" or not parts.hostname:
            self.fail(key, "must be an https:// address")
        return value

    def only(self, key: str, allowed: set[str], raw_key: tuple[str, ...] | None = None) -> None:
        table = self.raw if key == "" else self._lookup(key, raw_key)
        if table is self._MISSING:
            return
        if not isinstance(table, dict):
            self.fail(key, "must be a table")
        for name in table:
            if name not in allowed:
                full = f"{key}.{_quote(name)}" if key else _quote(name)
                raise errors.ProfileError(
                    f"The deployment profile has an unknown setting {full}; check its spelling.",
                    key=full,
                )
