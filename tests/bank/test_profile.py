from __future__ import annotations

import pytest

from safehash.core import errors
from safehash.core.profile import (
    KIND_HMA,
    default_profile_path,
    load_profile,
    parse_profile,
)

PIN = "sha256/" + "A" * 43 + "="

VALID = """
profile_version = 1
[organisation]
name = "Helpline"
[bank]
kind = "hma"
endpoint = "https://hma.example.org/api"
name = "SAFEHASH"
signal_types = ["pdq"]
certificate_pins = ["PIN"]
auth_header = "X-Proxy-Key"
[age_note]
text = "Under 18? Use Take It Down."
url = "https://takeitdown.ncmec.org"
[support.en]
name = "Helpline"
url = "https://help.example.org"
phone = "+44 000"
[support."pt-BR"]
name = "Ajuda"
url = "https://ajuda.example.org"
[support.GB]
name = "UK line"
url = "https://uk.example.org"
[text.es]
organisation_name = "Línea de ayuda"
""".replace("PIN", PIN)


def test_bundled_default_points_at_the_demo_bank():
    profile = load_profile()
    assert default_profile_path().name == "deployment.toml"
    assert profile.is_demo and profile.endpoint_host == "demo"
    assert "takeitdown.ncmec.org" in profile.age_note_url
    assert profile.support_for("en")


def test_valid_profile_and_lookups():
    profile = parse_profile(VALID)
    assert profile.bank_kind == KIND_HMA and profile.bank_name == "SAFEHASH"
    assert profile.certificate_pins == ("A" * 43 + "=",)
    assert profile.endpoint_host == "hma.example.org"
    assert profile.text("organisation_name", "es-MX") == "Línea de ayuda"
    assert profile.text("organisation_name", "fr") == "Helpline"
    assert profile.support_for("pt_BR").name == "Ajuda"
    assert profile.support_for("pt").name == "Helpline"  # falls back to en
    assert profile.support_for("fr", "GB").name == "UK line"
    assert profile.support_for("en-GB").name == "UK line"


def test_env_chooses_the_profile(tmp_path, monkeypatch):
    path = tmp_path / "p.toml"
    path.write_text(VALID, encoding="utf-8")
    monkeypatch.setenv("SAFEHASH_PROFILE", str(path))
    assert load_profile().bank_kind == KIND_HMA


@pytest.mark.parametrize(
    ("old", "new", "key"),
    [
        ('kind = "hma"', 'kind = "other"', "bank.kind"),
        ('kind = "hma"', "kind = 3", "bank.kind"),
        ('endpoint = "https://hma.example.org/api"', 'endpoint = "http://hma.example.org"',
         "bank.endpoint"),
        ('endpoint = "https://hma.example.org/api"', 'endpoint = "https://x.org/?k=1"',
         "bank.endpoint"),
        ('name = "SAFEHASH"', 'name = "safehash"', "bank.name"),
        ('signal_types = ["pdq"]', 'signal_types = ["pdq", "md5"]', "bank.signal_types"),
        (PIN, "sha256/short", "bank.certificate_pins[0]"),
        ('auth_header = "X-Proxy-Key"', 'auth_header = "Cookie"', "bank.auth_header"),
        ('auth_header = "X-Proxy-Key"', 'auth_header = "Bad Header"', "bank.auth_header"),
        ('url = "https://takeitdown.ncmec.org"', 'url = "http://takeitdown.ncmec.org"',
         "age_note.url"),
        ('[support.GB]', '[support.england]', "support.england"),
        ('phone = "+44 000"', 'fone = "+44 000"', "support.en.fone"),
        ('[organisation]\nname = "Helpline"', '[organisation]\nname = "  "', "organisation.name"),
        ("profile_version = 1", "profile_version = 2", "profile_version"),
        ("[age_note]", "[age_nte]\n[age_note]", "age_nte"),
        ('organisation_name = "Línea de ayuda"', 'greeting = "Hola"', "text.es.greeting"),
        ('signal_types = ["pdq"]', 'signal_types = ["pdq"]\nvideo_signal_types = ["sha256"]',
         "bank.video_signal_types"),
        ('signal_types = ["pdq"]', 'signal_types = ["pdq"]\nvideo_signal_types = ["tmk"]',
         "bank.video_signal_types"),
        ('signal_types = ["pdq"]', 'signal_types = ["pdq"]\nvideo_signal_types = "md5"',
         "bank.video_signal_types"),
    ],
)  # fmt: skip
def test_mistakes_name_the_key(old, new, key):
    assert old in VALID
    with pytest.raises(errors.ProfileError) as info:
        parse_profile(VALID.replace(old, new, 1))
    assert info.value.key == key
    assert key.split("[")[0] in info.value.message
    assert info.value.code == "profile_invalid"


def test_v1_may_not_use_authorization_as_proxy_header():
    text = VALID.replace('kind = "hma"', 'kind = "safehash-v1"').replace(
        "X-Proxy-Key", "Authorization"
    )
    with pytest.raises(errors.ProfileError) as info:
        parse_profile(text)
    assert info.value.key == "bank.auth_header"


def test_not_toml_and_missing_file(tmp_path):
    with pytest.raises(errors.ProfileError, match="not valid TOML"):
        parse_profile("bank = [")
    with pytest.raises(errors.ProfileError, match="could not be read"):
        load_profile(tmp_path / "absent.toml")


def test_overrides_are_validated():
    profile = load_profile()
    hma = profile.with_overrides(endpoint="http://127.0.0.1:5000", kind="hma", bank_name="BANK")
    assert hma.bank_kind == "hma" and hma.signal_types == ("pdq",)
    with pytest.raises(errors.ProfileError):
        profile.with_overrides(endpoint="http://bank.example.org")
    with pytest.raises(errors.ProfileError):
        profile.with_overrides(kind="hma", bank_name="lower")


def test_what_is_sent_of_a_video():
    hma = parse_profile(VALID)
    assert hma.video_signal_types == ("vpdq", "md5")  # HMA's names: no video SHA-256
    v1 = parse_profile(VALID.replace('kind = "hma"', 'kind = "safehash-v1"'))
    assert v1.video_signal_types == ("vpdq", "md5", "sha256")
    assert v1.media_signal_types.video == ("vpdq", "md5", "sha256")
    none = parse_profile(VALID.replace('signal_types = ["pdq"]',
                                       'signal_types = ["pdq"]\nvideo_signal_types = []'))
    assert none.video_signal_types == () and not none.media_signal_types.takes_videos
    switched = v1.with_overrides(kind="hma")
    assert switched.video_signal_types == ("vpdq", "md5")
    with pytest.raises(errors.ProfileError) as info:
        parse_profile(VALID.replace('kind = "hma"', 'kind = "safehash-v1"').replace(
            'signal_types = ["pdq"]', 'signal_types = ["pdq"]\nvideo_signal_types = ["md5", "md5"]'
        ))
    assert info.value.key == "bank.video_signal_types"
