"""The package finds its resources wherever it runs from."""

from nnplayground import resources


def test_the_resources_folder_is_found_and_readable():
    readme = resources.path("README.md")
    assert readme.is_file() and "translations" in readme.read_text(encoding="utf-8")
