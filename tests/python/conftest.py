"""Shared fixtures for the Python tests: the built module (PYTHONPATH set by
CTest to build-dev/python), the CLI beside it, the repository paths."""
import atexit
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

# Each run's Dask clusters keep their worker directories (and the lock files
# Dask uses to purge stale ones) in a directory of their own, not the shared
# /tmp/dask-scratch-space where another run's clusters on the same machine
# would see them. Set before dask is imported; worker processes inherit it.
if "DASK_TEMPORARY_DIRECTORY" not in os.environ:
    os.environ["DASK_TEMPORARY_DIRECTORY"] = tempfile.mkdtemp(prefix="sitrep-pytest-dask-")
    atexit.register(shutil.rmtree, os.environ["DASK_TEMPORARY_DIRECTORY"], ignore_errors=True)

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("SITREP_SHARED_DIR", ROOT.parent / "shared"))


def cli_binary():
    path = os.environ.get("SITREP_BINARY") or str(ROOT / "build-dev" / "sitrep")
    if not Path(path).exists():
        pytest.skip(f"the sitrep CLI is not built ({path}); run the tests through ctest")
    return path


def run_cli(*args, stdin=None):
    """Runs `sitrep ARGS...`; returns (records as dicts, stderr)."""
    # The CLI carries its own sanitizer runtime in sanitizer builds: not the
    # one preloaded into this interpreter for the module.
    env = {k: v for k, v in os.environ.items() if k != "LD_PRELOAD"}
    done = subprocess.run([cli_binary(), *map(str, args)], input=stdin, capture_output=True, cwd=ROOT,
                          timeout=300, env=env)
    assert done.returncode in (0, 1), done.stderr.decode()
    lines = done.stdout.decode("utf-8").splitlines()
    return [json.loads(line) for line in lines if line], done.stderr.decode()


@pytest.fixture(scope="session")
def engine():
    import sitrep
    return sitrep.Engine()
