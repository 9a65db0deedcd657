"""Builds the _sitrep extension with the repository's CMake build (target
sitrep_python) and puts it in the sitrep package. SITREP_CMAKE_ARGS adds
CMake arguments; SITREP_BUILD_DIR reuses a configured build directory
(e.g. build-dev) instead of configuring build-python."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent.parent  # the repository: python/ is one level down


class CMakeBuild(build_ext):
    def build_extension(self, ext):
        build_dir = Path(os.environ.get("SITREP_BUILD_DIR", ROOT / "build-python")).resolve()
        args = ["cmake", "-S", str(ROOT), "-B", str(build_dir), "-DCMAKE_BUILD_TYPE=Release",
                "-DSITREP_TESTS=OFF", "-DSITREP_BENCH=OFF", "-DSITREP_PYTHON=ON",
                f"-DPython_EXECUTABLE={sys.executable}"]
        args += os.environ.get("SITREP_CMAKE_ARGS", "").split()
        if not (build_dir / "CMakeCache.txt").exists() or "SITREP_BUILD_DIR" not in os.environ:
            subprocess.check_call(args)  # a given, configured build directory is built as it is
        jobs = os.environ.get("SITREP_BUILD_JOBS", str(os.cpu_count() or 1))
        subprocess.check_call(["cmake", "--build", str(build_dir), "--target", "sitrep_python", "-j", jobs])
        built = sorted((build_dir / "python" / "sitrep").glob("_sitrep*.so"))
        if not built:
            raise RuntimeError(f"CMake built no _sitrep module in {build_dir}/python/sitrep")
        target = Path(self.get_ext_fullpath(ext.name))
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(built[-1], target)


setup(
    packages=["sitrep"],
    ext_modules=[Extension("sitrep._sitrep", sources=[])],
    cmdclass={"build_ext": CMakeBuild},
    zip_safe=False,
)
