"""Where the ontology and SHACL shapes live, in a wheel and in a source checkout.

The Turtle files are data, not code: a wheel carries them as ``kg/_ontology`` (pyproject
force-includes the repo's ``ontology/`` there), while an editable install reads them straight
from ``ontology/`` at the repository root. Callers parse the returned paths themselves, so
nothing is read at import time.
"""

from pathlib import Path

__all__ = ["ontology_path", "shapes_path"]

ONTOLOGY_FILE = "newskg.ttl"
SHAPES_FILE = "shapes.ttl"

_PACKAGE_DIR = Path(__file__).resolve().parent
_SEARCH_DIRS = (
    _PACKAGE_DIR / "_ontology",  # wheel install
    _PACKAGE_DIR.parent / "ontology",  # editable install / source checkout
)


def ontology_path() -> Path:
    """Return the path of the OWL ontology (``newskg.ttl``).

    Raises:
        FileNotFoundError: If neither the packaged nor the checkout copy exists.
    """
    return _find(ONTOLOGY_FILE)


def shapes_path() -> Path:
    """Return the path of the SHACL shapes (``shapes.ttl``) that a built graph must pass.

    Raises:
        FileNotFoundError: If neither the packaged nor the checkout copy exists.
    """
    return _find(SHAPES_FILE)


def _find(name: str) -> Path:
    """Return the first existing ``name`` in the search directories.

    Args:
        name: File name inside the ontology directory.

    Raises:
        FileNotFoundError: Listing every place looked at, so a broken install is obvious.
    """
    for directory in _SEARCH_DIRS:
        candidate = directory / name
        if candidate.is_file():
            return candidate
    looked = ", ".join(str(d / name) for d in _SEARCH_DIRS)
    raise FileNotFoundError(
        f"Cannot find the newskg ontology file {name!r}; looked in: {looked}. "
        "Reinstall newskg (the wheel ships it as kg/_ontology) or run from a checkout "
        "that has the ontology/ directory."
    )
