"""The wheel that `pip install` and PyPI get: every resource file inside, the licence, the metadata a package
index shows, the window's launcher as a GUI script and its console twin for `train`. (That the wheel runs outside
the source tree, installed into a fresh environment, is scripts/smoke_wheel.sh's part: CI runs it.)"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest

from nnplayground import version

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "nnplayground" / "resources"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> zipfile.ZipFile:
    """The wheel built by pip from a copy of what the source tree ships (never building inside the tree itself,
    which would leave build/ and egg-info folders behind)."""
    tree = tmp_path_factory.mktemp("tree")
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy(ROOT / name, tree / name)
    shutil.copytree(ROOT / "nnplayground", tree / "nnplayground", ignore=shutil.ignore_patterns("__pycache__"))
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", str(out), str(tree)],
        capture_output=True,
        text=True,
        timeout=600,
        env={"PIP_DISABLE_PIP_VERSION_CHECK": "1", "PIP_NO_INPUT": "1", "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stdout + done.stderr
    (path,) = out.glob("nnplayground-*.whl")
    with zipfile.ZipFile(path) as zf:
        yield zf


def dist_info(wheel: zipfile.ZipFile, name: str) -> str:
    return wheel.read(f"nnplayground-{version()}.dist-info/{name}").decode("utf-8")


def test_the_wheel_carries_every_resource_file(wheel):
    shipped = {
        p.relative_to(ROOT).as_posix() for p in RESOURCES.rglob("*") if p.is_file() and "__pycache__" not in p.parts
    }
    assert len(shipped) > 20  # the icons, the desktop files, the README, ...
    missing = shipped - set(wheel.namelist())
    assert not missing, sorted(missing)
    for name in sorted(shipped):
        assert wheel.read(name) == (ROOT / name).read_bytes(), name  # whole, byte for byte


def test_the_wheel_holds_the_package_alone_and_its_licence(wheel):
    top = {name.split("/")[0] for name in wheel.namelist()}
    assert top == {"nnplayground", f"nnplayground-{version()}.dist-info"}  # no tests, bench or scripts
    assert dist_info(wheel, "licenses/LICENSE") == (ROOT / "LICENSE").read_text(encoding="utf-8")


def test_the_metadata_has_the_licence_classifiers_urls_and_keywords(wheel):
    meta = Parser().parsestr(dist_info(wheel, "METADATA"))
    assert meta["Name"] == "nnplayground" and meta["Version"] == version()
    assert meta["License-Expression"] == "MIT" and meta.get_all("License-File") == ["LICENSE"]
    classifiers = meta.get_all("Classifier")
    for c in ("Intended Audience :: Education", "Topic :: Education", "Environment :: X11 Applications :: Qt"):
        assert c in classifiers, c
    urls = dict(u.split(", ", 1) for u in meta.get_all("Project-URL"))
    assert urls["Homepage"] == "https://github.com/nnplayground/nnplayground"
    assert urls["Issues"] == urls["Homepage"] + "/issues"
    assert "neural network" in meta["Keywords"] and "education" in meta["Keywords"]
    assert meta["Summary"] and meta["Description-Content-Type"] == "text/markdown"
    assert meta.get_payload().startswith("# nnplayground")  # the README is the long description


def test_the_window_is_a_gui_script_and_train_has_a_console_twin(wheel):
    from configparser import ConfigParser

    points = ConfigParser()
    points.read_string(dist_info(wheel, "entry_points.txt"))
    assert dict(points["gui_scripts"]) == {"nnplayground": "nnplayground.__main__:main"}
    assert dict(points["console_scripts"]) == {"nnplayground-cli": "nnplayground.__main__:main"}


def test_the_readme_pictures_and_links_work_on_a_package_index():
    """PyPI shows the README without the repository beside it: a relative link leads nowhere there, a relative
    picture shows nothing."""
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for link in re.findall(r"\]\(([^)]+)\)", readme):
        assert link.startswith(("https://", "#")), link
    pictures = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", readme)
    assert pictures
    raw = "https://raw.githubusercontent.com/nnplayground/nnplayground/main/"
    for link in pictures:
        assert link.startswith(raw), link
        assert (ROOT / link[len(raw) :]).is_file(), link  # and the picture is in the repository at that path


def install_desktop(*args: str, data: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["bash", str(ROOT / "scripts" / "install_desktop.sh"), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={"XDG_DATA_HOME": str(data), "HOME": str(data.parent), "PATH": "/usr/bin:/bin"},
    )


@pytest.mark.skipif(shutil.which("bash") is None, reason="the desktop entry's installer is a bash script")
def test_the_desktop_installer_puts_the_entry_icons_and_file_type_in_the_users_data_folder(tmp_path):
    app_id = "io.github.nnplayground.nnplayground"
    launcher = tmp_path / "my apps" / 'nn"p$'  # a space, a quote and a dollar: quoted as the spec says
    launcher.parent.mkdir()
    launcher.write_text("#!/bin/sh\n")
    launcher.chmod(0o755)
    data = tmp_path / "share"
    done = install_desktop("--exec", str(launcher), data=data)
    assert done.returncode == 0, done.stderr

    entry = (data / "applications" / f"{app_id}.desktop").read_text(encoding="utf-8").splitlines()
    source = (RESOURCES / "desktop" / f"{app_id}.desktop").read_text(encoding="utf-8").splitlines()
    assert [line for line in entry if line.startswith("Exec=")] == [f'Exec="{tmp_path}/my apps/nn\\\\"p\\\\$" %f']
    assert [line for line in entry if not line.startswith("Exec=")] == [l for l in source if not l.startswith("Exec=")]
    assert (data / "metainfo" / f"{app_id}.metainfo.xml").is_file()
    assert (data / "mime" / "packages" / f"{app_id}.xml").is_file()
    icons = data / "icons" / "hicolor"
    for size in (16, 48, 256):
        app_png = icons / f"{size}x{size}" / "apps" / f"{app_id}.png"
        assert app_png.read_bytes() == (RESOURCES / "icons" / f"nnplayground-{size}.png").read_bytes()
        session_png = icons / f"{size}x{size}" / "mimetypes" / "application-x-nnplayground-session.png"
        assert session_png.read_bytes() == (RESOURCES / "icons" / f"session-{size}.png").read_bytes()
    assert (icons / "scalable" / "apps" / f"{app_id}.svg").is_file()

    assert install_desktop("--uninstall", data=data).returncode == 0
    left = [p for p in data.rglob("*") if p.is_file() and (app_id in p.name or "nnplayground-session" in p.name)]
    assert left == []


def test_the_desktop_installer_refuses_a_launcher_that_is_not_there_and_writes_nothing(tmp_path):
    data = tmp_path / "share"
    done = install_desktop("--exec", str(tmp_path / "nowhere"), data=data)
    assert done.returncode == 1 and "no launcher" in done.stderr
    assert not data.exists()
    done = install_desktop("--frobnicate", data=data)
    assert done.returncode == 2 and "unknown option" in done.stderr
