from __future__ import annotations

import json
import os

import pytest

from safehash.core import errors
from safehash.core.settings import (
    Settings,
    atomic_write,
    forget_settings,
    load_settings,
    save_settings,
    settings_path,
)


def test_defaults_remember_nothing_and_write_nothing(isolated_home):
    assert load_settings() == Settings()
    assert not settings_path().exists()
    assert settings_path() == isolated_home / ".config" / "SafeHash" / "settings.json"


def test_round_trip_is_private_and_atomic(isolated_home):
    chosen = Settings(language="es", proxy="socks5://127.0.0.1:9050", remember_case=True)
    save_settings(chosen)
    path = settings_path()
    assert load_settings() == chosen
    assert (path.stat().st_mode & 0o777) == 0o600
    assert [p.name for p in path.parent.iterdir()] == ["settings.json"]  # no temp left
    doc = json.loads(path.read_text())
    assert doc["version"] == 1 and doc["proxy"] == "socks5://127.0.0.1:9050"
    forget_settings()
    assert not path.exists()


@pytest.mark.parametrize(
    "values",
    [
        {"language": "../../etc"},
        {"proxy": "ftp://x"},
        {"proxy": "socks5h://user:pw@127.0.0.1:9050"},
        {"endpoint_override": "http://bank.example.org"},
        {"keep_outbox": "yes"},
        {"text_size": 110},
        {"text_size": "150"},
        {"text_size": True},
    ],
)
def test_invalid_values_refused(values):
    with pytest.raises(errors.SettingsError):
        Settings(**values)


@pytest.mark.parametrize(
    "content", [b"{not json", b"[]", b'{"version": 99}', b'{"version": 1, "language": 5}']
)
def test_damaged_file_is_a_typed_error(content):
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    with pytest.raises(errors.SettingsError) as info:
        load_settings()
    assert info.value.code == "settings_invalid"


def test_text_size_round_trip_and_old_files_use_the_usual_size(isolated_home):
    save_settings(Settings(text_size=150))
    assert load_settings().text_size == 150
    settings_path().write_text('{"version": 1, "language": "fr"}')  # saved before sizes
    assert load_settings().text_size == 100


def test_unknown_keys_from_a_newer_version_are_ignored():
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_text('{"version": 1, "language": "fr", "future": true}')
    assert load_settings() == Settings(language="fr")


def test_atomic_write_replaces_and_keeps_no_temp(tmp_path):
    target = tmp_path / "deep" / "f.bin"
    atomic_write(target, b"one")
    atomic_write(target, b"two")
    assert target.read_bytes() == b"two"
    assert os.listdir(target.parent) == ["f.bin"]
