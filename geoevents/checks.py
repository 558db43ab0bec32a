"""Fail-fast checks of what a user typed, each raising ``ConfigError`` with one line to act on.

The CLI runs them before any model loads or feed is fetched, so a typo costs a second and exit
status 2, never a traceback or a run over the wrong window.
"""

from __future__ import annotations

import difflib
import importlib
import json
import tempfile
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from geoevents.config import ConfigError

CAMEO_ROOTS = frozenset(f"{root:02d}" for root in range(1, 21))
BEAM_DASK_RUNNER = "apache_beam.runners.dask.dask_runner.DaskRunner"
DASK_RUNNER = "geoevents.pipelines.dask_runner.DaskRunner"


def suggestion(name: str, choices: Iterable[str]) -> str:
    """' (did you mean X?)' for the closest choice, or ''."""
    close = difflib.get_close_matches(name, list(choices), n=1, cutoff=0.6)
    return f" (did you mean {close[0]}?)" if close else ""


def unknown_argument(args: list[str], choices: Iterable[str], command: str) -> ConfigError:
    """The error for the first argument no parser took: an option, or a stray word."""
    option = next((a for a in args if a.startswith("-")), None)
    if option is None:
        return ConfigError(f"unexpected argument {args[0]!r}; see geoevents {command} --help")
    name = option.split("=", 1)[0]
    return ConfigError(
        f"unknown option {name}{suggestion(name, choices)}; see geoevents {command} --help"
    )


def beam_args(args: list[str], own_options: Iterable[str]) -> list[str]:
    """``args`` if Beam's PipelineOptions parser takes every one of them, else ``ConfigError``.

    Beam only logs and drops what it does not know, so ``--sinse 2024-01-01`` would run over the
    wrong window and exit 0. The parser is built the way ``PipelineOptions.get_all_options``
    builds it (every registered options class), so whatever Beam accepts passes unchanged.
    """
    if not args:
        return args
    from apache_beam.options.pipeline_options import PipelineOptions, _BeamArgumentParser

    try:  # Beam knows DaskOptions (--dask_client_address, ...) only once its runner is imported
        import apache_beam.runners.dask.dask_runner  # noqa: F401
    except ImportError:
        pass

    class StrictParser(_BeamArgumentParser):
        def error(self, message: str) -> Any:  # argparse would print usage and exit
            raise ConfigError(f"Beam option: {message}")

    parser = StrictParser(allow_abbrev=False)
    classes = {str(cls): cls for cls in PipelineOptions.__subclasses__()}
    for cls in classes.values():
        cls._add_argparse_args(parser)
    _, unknown = parser.parse_known_args(args)
    if unknown:
        beam = [option for action in parser._actions for option in action.option_strings]
        raise unknown_argument(unknown, [*own_options, *beam], "run")
    return args


def check_runner(name: str | None, streaming: bool = False) -> None:
    """A runner Beam can create: a known name (any case, ``Runner`` optional) or a dotted path.

    ``streaming``: the job is the streaming one, which Beam's DaskRunner cannot run."""
    if not name:
        return
    from apache_beam.options.pipeline_options import StandardOptions

    known = {path.rsplit(".", 1)[1].lower(): path for path in StandardOptions.ALL_KNOWN_RUNNERS}
    # The batch job runs Beam's DaskRunner through its own subclass (pipelines/dask_runner.py).
    known["daskrunner"] = DASK_RUNNER
    known[BEAM_DASK_RUNNER.lower()] = DASK_RUNNER
    path = known.get(name.lower()) or known.get(name.lower() + "runner") or name
    if streaming and path == DASK_RUNNER:
        raise ConfigError(
            f"--runner {name!r} runs batch jobs only (Beam's DaskRunner has no unbounded "
            "sources or windows); drop --streaming, or stream on another runner"
        )
    if "." not in path:
        raise ConfigError(
            f"--runner {name!r} is not a Beam runner{suggestion(name, StandardOptions.KNOWN_RUNNER_NAMES)}"
            f"; choose one of {', '.join(StandardOptions.KNOWN_RUNNER_NAMES)} or give a "
            "module.Class path"
        )
    module, cls = path.rsplit(".", 1)
    try:
        found = getattr(importlib.import_module(module), cls, None)
    except ImportError as exc:
        if path == DASK_RUNNER:
            raise ConfigError(
                f"--runner {name!r} needs dask.distributed ({exc.name} is not installed); "
                "pip install 'geoevents[dask]'"
            ) from None
        raise ConfigError(
            f"--runner {name!r} needs a package that is not installed ({exc.name}); install the "
            "matching Beam extra, e.g. pip install 'apache-beam[gcp]' for Dataflow"
        ) from None
    if found is None:
        raise ConfigError(f"--runner {name!r}: {module} has no {cls}")


def check_output_folder(output: str) -> None:
    """A local ``--output`` must be a folder, or creatable, where this process can write.

    Nothing is created here: the probe file goes into the nearest folder that exists. Object-store
    paths (``gs://``) are left to the runner, which checks credentials itself.
    """
    if not output.strip():
        # an unset shell variable ("--output $OUT"): Path("") would be the working folder
        raise ConfigError("--output is empty; give a folder (created if missing), e.g. out/")
    if "://" in output:
        return
    folder = Path(output).absolute()
    if folder.exists() and not folder.is_dir():
        raise ConfigError(f"--output {output!r} is a file; give a folder (created if missing)")
    existing = folder
    while not existing.exists():
        existing = existing.parent
    if not existing.is_dir():
        raise ConfigError(f"--output {output!r}: {existing} is a file, not a folder")
    try:
        with tempfile.TemporaryFile(dir=existing, prefix=".geoevents-write-check-"):
            pass
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise ConfigError(
            f"--output {output!r} is not writable ({reason} in {existing}); choose another "
            "folder or fix its permissions"
        ) from None


def check_tables(output: str, tables: Iterable[str]) -> None:
    """``query`` on a folder without any table would answer 0 rows for every question."""
    folder = Path(output)
    if not folder.is_dir():
        raise ConfigError(f"--output {output!r} is not a folder; give the --output of a run")
    names = list(tables)
    if not any(next((folder / t).glob("source=*/date=*/part-*.parquet"), None) for t in names):
        raise ConfigError(
            f"no geoevents tables in {output!r} (none of {', '.join(names)} holds Parquet "
            "files); give the --output folder of a run"
        )


def check_gold(path: str) -> int:
    """Validate a gold file in the guidelines' format (docs/EVENT_GUIDELINES.md) before the model
    loads; returns the number of records. The first bad line is the error, with its number."""
    source = Path(path)
    if not source.is_file():
        raise ConfigError(f"{path!r}: no such gold file")
    count = 0
    try:
        with source.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                problem = _gold_problem(line)
                if problem:
                    raise ConfigError(f"{path}:{number}: {problem}")
                count += 1
    except UnicodeDecodeError:
        raise ConfigError(f"{path!r} is not UTF-8 text; a gold file is JSON lines") from None
    if not count:
        raise ConfigError(f"{path!r} holds no records; a gold file is JSON lines")
    return count


def check_context(path: str) -> None:
    """Validate a context file (``{"id", "before": [sentence, ...]}`` per line) before the model
    loads; the first bad line is the error, with its number."""
    from geoevents.transforms.coder.evaluate import load_context

    if not Path(path).is_file():
        raise ConfigError(f"{path!r}: no such context file")
    try:
        load_context(path)
    except UnicodeDecodeError:
        raise ConfigError(f"{path!r} is not UTF-8 text; a context file is JSON lines") from None
    except ValueError as exc:
        raise ConfigError(str(exc)) from None


def _gold_problem(line: str) -> str:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return f"not JSON ({exc.msg})"
    if not isinstance(record, dict):
        return "not a JSON object"
    missing = [k for k in ("id", "date", "text", "events") if k not in record]
    if missing:
        return f"missing {', '.join(missing)} (a record has id, date, text, events)"
    if not isinstance(record["text"], str):
        return "'text' is not a string"
    try:
        date.fromisoformat(str(record["date"]))
    except ValueError:
        return f"'date' {record['date']!r} is not an ISO date (e.g. 2023-11-15)"
    if not isinstance(record["events"], list):
        return "'events' is not a list"
    for index, event in enumerate(record["events"]):
        problem = _event_problem(event)
        if problem:
            return f"event {index + 1}: {problem}"
    return ""


def _event_problem(event: Any) -> str:
    if not isinstance(event, dict):
        return "not a JSON object"
    for key in ("actor1", "actor2"):
        if not isinstance(event.get(key), str) or not event[key]:
            return f"{key!r} must be an actor code such as 'USA'"
    roots = event.get("roots")
    if (
        not isinstance(roots, list)
        or not roots
        or not all(isinstance(r, str) and r in CAMEO_ROOTS for r in roots)
    ):
        return f"'roots' must list CAMEO roots '01'..'20', got {roots!r}"
    code = event.get("code")
    if code is not None and not (isinstance(code, str) and code.isdigit()):
        return f"'code' must be a CAMEO code string such as '040', got {code!r}"
    return ""
