"""geoevents: Dutch news (NOS, NRC) to CAMEO/GDELT event data on Apache Beam.

Installed, the layers live inside this package (``geoevents.pipelines``, ``geoevents.transforms``,
``geoevents.schemas``: setup.py maps the repository's top-level folders there). In a source checkout
they stay beside this folder, so the checkout's root is added to the package path; either way
they import under the one name ``geoevents`` and nothing generic is importable at the top level.
"""

from pathlib import Path as _Path

__version__ = "0.1.0"

_here = _Path(__file__).resolve().parent
if not (_here / "transforms").is_dir() and (_here.parent / "transforms" / "__init__.py").is_file():
    __path__.append(str(_here.parent))  # noqa: F821 (a package's own __path__)
