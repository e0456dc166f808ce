"""The wheel and sdist are the whole app: built from a clean clone (``git clone`` of this
repository's committed state), installed non-editable in a fresh virtual environment, and
run as a person who installed it with pip or pipx would: ``safehash --version``,
``safehash hash``, ``safehash submit`` to the practice bank, and all nine languages
offered by the window.

Slow (a few minutes the first time: it installs PySide6, PyAV and the rest from the
package index; pip's cache makes later runs quicker), so it runs with the packaging tests.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from support.reference_images import photo_like

pytestmark = [pytest.mark.packaging, pytest.mark.slow]

REPO_ROOT = Path(__file__).resolve().parents[2]
# pip's cache of the person running the tests, found before the tests point HOME elsewhere.
PIP_CACHE = os.environ.get("PIP_CACHE_DIR") or str(Path.home() / ".cache" / "pip")
LANGUAGES = ["ar", "de", "en", "es", "fr", "hi", "ko", "nl", "pt_BR"]
OFFSCREEN_CHECK = """
import json
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from safehash.gui import i18n
app = QApplication([])
offered = i18n.available_languages()
said = {}
for code in offered:
    assert i18n.set_language(code), code
    said[code] = QCoreApplication.translate("Forget", "Keep it")
print(json.dumps({"offered": offered, "said": said, "dir": str(i18n.i18n_dir())}))
"""


def _run(*args: str | Path, cwd: Path, env: dict[str, str], timeout: float = 900,
         stdin: str | None = None) -> subprocess.CompletedProcess[str]:  # fmt: skip
    done = subprocess.run([str(a) for a in args], cwd=cwd, env=env, input=stdin, text=True,
                          capture_output=True, timeout=timeout, check=False)  # fmt: skip
    return done


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(sdist, wheel): the sdist built from a fresh clone, the wheel built from the sdist."""
    if shutil.which("git") is None:
        pytest.skip("git is needed to clone the repository")
    work = tmp_path_factory.mktemp("wheel-build")
    clone, dist = work / "clone", work / "dist"
    env = {**os.environ, "PIP_CACHE_DIR": PIP_CACHE, "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    done = _run("git", "clone", "-q", REPO_ROOT, clone, cwd=work, env=env)
    assert done.returncode == 0, done.stderr
    done = _run(sys.executable, "-m", "build", "--sdist", "--outdir", dist, clone, cwd=work,
                env=env)  # fmt: skip
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    (sdist,) = dist.glob("safehash-*.tar.gz")
    done = _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", dist, sdist, cwd=work,
                env=env)  # fmt: skip
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    (wheel,) = dist.glob("safehash-*.whl")
    return sdist, wheel


@pytest.fixture(scope="module")
def installed(built: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with the wheel installed (not editable), pinned as a
    release is; returns its bin/ folder."""
    venv = tmp_path_factory.mktemp("wheel-venv") / "venv"
    env = {**os.environ, "PIP_CACHE_DIR": PIP_CACHE, "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    done = _run(sys.executable, "-m", "venv", venv, cwd=venv.parent, env=env)
    assert done.returncode == 0, done.stderr
    done = _run(venv / "bin" / "python", "-m", "pip", "install", "-q", "-c",
                REPO_ROOT / "build" / "constraints.txt", built[1], cwd=venv.parent,
                env=env)  # fmt: skip
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return venv / "bin"


def _user_env(home: Path) -> dict[str, str]:
    """A person's environment: their own HOME, no source tree on the path, no password
    store (nothing is remembered), offscreen Qt."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    return {**env, "HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
            "PYTHONIOENCODING": "utf-8"}  # fmt: skip


def test_the_wheel_carries_the_resources_and_compiled_translations(built) -> None:
    sdist, wheel = built
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "safehash/resources/deployment.toml" in names
    assert "safehash/resources/i18n/languages.json" in names
    for code in LANGUAGES[:2] + LANGUAGES[3:]:  # every language but English, compiled
        assert f"safehash/resources/i18n/safehash_{code}.qm" in names
    assert not [n for n in names if n.endswith(".ts")]
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)  # Apache-2.0 text
    with tarfile.open(sdist) as archive:
        members = {m.name.split("/", 1)[1] for m in archive.getmembers() if "/" in m.name}
    assert "resources/i18n/safehash_es.ts" in members and "scripts/i18n.py" in members
    assert not [n for n in members if n.endswith(".qm")]  # rebuilt, never shipped


def test_version_hash_and_a_practice_submission(installed: Path, tmp_path: Path) -> None:
    env = _user_env(tmp_path / "home")
    photo = tmp_path / "photo.jpg"
    Image.fromarray(photo_like(640, 480, seed=21)).save(photo, quality=92)

    version = _run(installed / "safehash", "--version", cwd=tmp_path, env=env, timeout=60)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip().startswith("safehash ") and "unknown" not in version.stdout

    hashed = _run(installed / "safehash", "hash", "--json", photo, cwd=tmp_path, env=env,
                  timeout=120)  # fmt: skip
    assert hashed.returncode == 0, hashed.stderr
    assert json.loads(hashed.stdout)["ok"] is True

    sent = _run(installed / "safehash", "submit", photo, "--json", cwd=tmp_path, env=env,
                timeout=120)  # fmt: skip
    assert sent.returncode == 0, sent.stderr
    receipt = json.loads(sent.stdout)
    assert receipt["endpoint_host"] == "demo"
    assert [item["status"] for item in receipt["items"]] == ["accepted"]


def test_the_window_offers_all_nine_languages(installed: Path, tmp_path: Path) -> None:
    env = _user_env(tmp_path / "home")
    done = _run(installed / "python", "-c", OFFSCREEN_CHECK, cwd=tmp_path, env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["offered"] == LANGUAGES
    assert "site-packages" in report["dir"]  # the installed package's, not a checkout's
    assert report["said"]["en"] == "Keep it"
    assert len({report["said"][code] for code in LANGUAGES}) == len(LANGUAGES)  # all translated


def test_resources_are_read_from_inside_a_zip(built: tuple[Path, Path], tmp_path: Path) -> None:
    """importlib.resources, not file paths: the wheel itself on sys.path (a zip, as a zipapp
    is) gives the profile and the nine languages."""
    code = (
        "import json\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from safehash.core.package_data import resources\n"
        "from safehash.core.profile import load_profile\n"
        "from safehash.gui import i18n\n"
        "app = QApplication([])\n"
        "print(json.dumps({'zip': type(resources()).__module__, 'bank': load_profile().endpoint,"
        " 'offered': i18n.available_languages(), 'es': i18n.set_language('es')}))\n"
    )
    env = {**_user_env(tmp_path / "home"), "PYTHONPATH": str(built[1])}
    done = _run(sys.executable, "-c", code, cwd=tmp_path, env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report == {"zip": "zipfile._path" if sys.version_info >= (3, 12) else "zipfile",
                      "bank": "demo", "offered": LANGUAGES, "es": True}  # fmt: skip
