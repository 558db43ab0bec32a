"""The ``geoevents`` command: a thin entry point over ``pipelines/`` and the warehouse views.

geoevents run --output DIR [--feeds FILE|samples] [--spacy-model NAME] [Beam options...]
geoevents annotate --in FILE --out FILE [--stages language,ner,events]
geoevents query --output DIR "SQL"
geoevents eval events FILE.jsonl
"""

from __future__ import annotations

import _thread
import argparse
import gc
import json
import logging
import os
import signal
import sys
import threading
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, NoReturn, TextIO

from geoevents import checks
from geoevents.cli_annotate import annotate_record, cameo_countries, read_jsonl, utc
from geoevents.config import ConfigError, load_registry

EXIT_CONFIG = 2
EXIT_FAILED = 1
EXIT_INTERRUPTED = 130  # 128 + SIGINT, what shells report for Ctrl-C
STAGES = ("language", "ner", "events")
DEFAULT_MODEL = "nl_geoevents"
VIEWS = "articles, mentions, events, dead_letters, *_latest, events_gdelt"


class _DropBeamImportNoise(logging.Filter):
    """Beam logs "apitools not found ..." on the root logger whenever its GCP modules are
    imported without the GCP extras; geoevents never uses BigQuery IO, so the line is noise."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("apitools not found")


logging.getLogger().addFilter(_DropBeamImportNoise())


class _Parser(argparse.ArgumentParser):
    """Usage errors as one line and exit 2, like every other user error of the CLI."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_CONFIG, f"{self.prog}: {message}; see {self.prog} --help\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="geoevents",
        description="Dutch news (NOS, NRC) to CAMEO/GDELT event data.",
        allow_abbrev=False,
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress")
    # -v also after the command; SUPPRESS keeps a -v given before it.
    verbose = argparse.ArgumentParser(add_help=False)
    verbose.add_argument(
        "-v", "--verbose", action="store_true", default=argparse.SUPPRESS, help="log progress"
    )
    sub = parser.add_subparsers(dest="command", required=True)

    def command(name: str, **kwargs: Any) -> argparse.ArgumentParser:
        return sub.add_parser(name, parents=[verbose], allow_abbrev=False, **kwargs)

    run = command(
        "run",
        help="run the batch job",
        description="Run the batch job. Beam pipeline options may follow (e.g. --runner "
        "DataflowRunner --project P --region R --setup_file ./setup.py); an option neither "
        "geoevents nor Beam knows is an error. Options after -- go to the runner unchecked.",
    )
    run.add_argument("--output", required=True, help="output folder (local path or gs://...)")
    run.add_argument(
        "--feeds",
        default=None,
        help="feed file (YAML), 'samples' for the bundled offline samples; default: live NOS/NRC",
    )
    run.add_argument("--spacy-model", default=DEFAULT_MODEL, help="spaCy pipeline name or path")
    run.add_argument("--since", type=utc, help="only articles published at or after this time")
    run.add_argument("--until", type=utc, help="only articles published before this time")
    run.add_argument(
        "--lookback-hours",
        type=float,
        default=48.0,
        help="without --since: start this long before the last successful run's newest article "
        "(re-reads edited articles; reruns are idempotent). Default 48",
    )
    run.add_argument(
        "--archive",
        help="backfill from article archives (JSONL/Parquet file, folder or glob) instead of feeds",
    )
    run.add_argument(
        "--allow-private-host",
        action="append",
        default=None,
        help="allow fetching from this private/loopback host (tests, intranet mirrors)",
    )
    run.add_argument("--json", action="store_true", help="print the run manifest as JSON")
    run.add_argument(
        "--streaming",
        action="store_true",
        help="poll the feeds continuously and write fixed windows (see --poll-interval)",
    )
    run.add_argument(
        "--poll-interval", type=float, default=900.0, help="seconds between polls (streaming)"
    )
    run.add_argument(
        "--window-seconds",
        type=int,
        default=900,
        help="fixed window length (streaming; default 900, GDELT's cadence)",
    )
    run.add_argument(
        "--stop-after",
        type=float,
        default=None,
        help="end a streaming run after this many seconds (bounded runs, DirectRunner)",
    )

    annotate = command("annotate", help="annotate JSONL texts (QA and evaluation)")
    annotate.add_argument("--in", dest="input", required=True, help="JSONL input, - for stdin")
    annotate.add_argument("--out", dest="output", required=True, help="JSONL output, - for stdout")
    annotate.add_argument(
        "--stages", default=",".join(STAGES), help="comma list of " + ",".join(STAGES)
    )
    annotate.add_argument("--spacy-model", default=DEFAULT_MODEL)
    annotate.add_argument(
        "--feed-country",
        metavar="CODE",
        help="the records' outlet's home country (CAMEO, e.g. NLD), as a feed's config names it; "
        "a record's own feed_country comes first",
    )

    query = command("query", help="SQL over the output tables with DuckDB")
    query.add_argument("sql", help=f"SQL; views: {VIEWS}")
    query.add_argument("--output", default=".", help="output folder of a run (default: .)")
    query.add_argument("--format", choices=("table", "csv", "json"), default="table")

    upgrade = command(
        "upgrade",
        help="rewrite stored files of an older table version in the current one",
        description="Rewrite every stored file written before a column rename (dead_letters "
        "2.0.0: occurred_at -> fetched_at) in the current schema, under the output's run lock. "
        "Runs and 'geoevents query' read old files as they are; loaders that apply the current "
        "schema to every file (schemas/bigquery/load.sh) need this first.",
    )
    upgrade.add_argument("--output", required=True, help="output folder of runs (path or gs://)")

    evaluate = command("eval", help="evaluate a component on a gold file")
    evaluate.add_argument("what", choices=("events",))
    evaluate.add_argument("gold", help="gold JSONL in the annotation guidelines' format")
    evaluate.add_argument("--spacy-model", default=DEFAULT_MODEL)
    evaluate.add_argument(
        "--summary",
        action="store_true",
        help="scores only, no missed or spurious sentences (for blind sets: never read their errors)",
    )
    evaluate.add_argument(
        "--context",
        metavar="FILE",
        help="the article sentences before each gold line (eval/context/, built by "
        "eval/build_context.py): coded with it, never scored",
    )
    evaluate.add_argument(
        "--feed-country",
        metavar="CODE",
        help="code every line as an article of a feed with this home country (CAMEO, e.g. NLD), "
        "as the pipeline codes a feed whose config names one",
    )
    return parser


def _check_model(name: str) -> None:
    """Fail before any work when the spaCy pipeline cannot be found (without loading it)."""
    import spacy

    from geoevents.model import embedded_models, resolve_model

    target = resolve_model(name)
    if isinstance(target, Path) or Path(str(target)).exists():
        if (Path(target) / "config.cfg").is_file():
            return
        raise ConfigError(f"--spacy-model {name!r}: {target} is not a spaCy pipeline folder")
    if spacy.util.is_package(str(target)):
        return
    raise ConfigError(
        f"--spacy-model {name!r} is neither an installed spaCy pipeline nor a folder. Embedded: "
        f"{', '.join(embedded_models()) or 'none'}; others install with pip (e.g. a "
        "nl_core_news_lg wheel) where a network is available."
    )


def _check_feed_countries(registry: Any) -> None:
    """A feed's ``country`` must be a country code the event coder knows (its actor codes)."""
    for feed in registry.feeds:
        if feed.country:
            _check_country(feed.country, f"feed {feed.name!r}: country")


def _check_country(code: str, what: str) -> None:
    if code not in cameo_countries():
        raise ConfigError(
            f"{what} {code!r} is not a CAMEO country code "
            "(e.g. NLD, BEL; see transforms/coder/data/cameo_actor_codes.tsv)"
        )


def cmd_run(args: argparse.Namespace, beam_args: list[str]) -> int:
    from apache_beam.options.pipeline_options import PipelineOptions, StandardOptions

    from geoevents.pipelines.batch import Job, load_validators, load_watermark, run
    from geoevents.pipelines.lock import make_run_id
    from geoevents.transforms.archive import archive_files

    registry = load_registry(
        args.feeds,
        allow_private_hosts=tuple(args.allow_private_host) if args.allow_private_host else None,
    )
    _check_feed_countries(registry)
    if args.since and args.until and args.since >= args.until:
        raise ConfigError("--since must be before --until")
    if args.lookback_hours < 0:
        raise ConfigError("--lookback-hours must be >= 0")
    archive: tuple[str, ...] = ()
    if args.archive:
        archive = tuple(archive_files(args.archive))
        if not archive:
            raise ConfigError(f"--archive {args.archive!r}: no .jsonl or .parquet files found")
    options = PipelineOptions(beam_args)
    checks.check_runner(options.view_as(StandardOptions).runner, streaming=args.streaming)
    checks.check_output_folder(args.output)
    _check_model(args.spacy_model)
    started_at = datetime.now(UTC)
    since = args.since
    if since is None and args.until is None and not archive:
        watermark = load_watermark(args.output)
        if watermark is not None:
            since = watermark - timedelta(hours=args.lookback_hours)
    job = Job(
        registry=registry,
        output=args.output,
        model=args.spacy_model,
        run_id=make_run_id(started_at),
        started_at=started_at,
        since=since,
        until=args.until,
        validators=None if (args.since or args.until) else load_validators(args.output),
        archive=archive,
    )
    if args.streaming:
        from geoevents.pipelines.streaming import run_streaming

        manifest = run_streaming(
            job, options, args.poll_interval, args.window_seconds, args.stop_after
        )
    else:
        manifest = run(job, options)
    summary = manifest["summary"]
    if args.json:
        print(json.dumps(manifest, indent=2, sort_keys=True))
    else:
        print(format_summary(job.run_id, args.output, summary))
    if not summary["reconciles"]:
        print("run summary does not reconcile: see the manifest", file=sys.stderr)
        return EXIT_FAILED
    if summary["feeds_read"] and summary["feeds_failed"] == summary["feeds_read"]:
        print("every feed failed: see dead_letters (stage fetch_feed/parse_feed)", file=sys.stderr)
        return EXIT_FAILED
    return 0


def _coder_notes(summary: dict[str, Any]) -> str:
    """What the event coder gave up on, when it gave up on anything (else nothing)."""
    parts = [
        f"{summary[key]} {what}"
        for key, what in (
            ("nlp_coder_trees_restored", "sentences coded without parse repairs"),
            ("nlp_coder_sentences_skipped", "sentences not coded"),
            ("nlp_coder_articles_skipped", "articles not coded"),
        )
        if summary.get(key)
    ]
    return f" ({', '.join(parts)})" if parts else ""


def format_summary(run_id: str, output: str, summary: dict[str, Any]) -> str:
    lines = [
        f"run {run_id} -> {output}",
        f"  archive      {summary['archive_files_read']} files read"
        if summary.get("archive_files_read")
        else f"  feeds        {summary['feeds_read']} read, {summary['feeds_failed']} failed, "
        f"{summary['feeds_not_modified']} not modified",
        f"  items        {summary['items_read']} read, {summary['items_duplicate']} duplicate, "
        f"{summary['items_dead']} dead, {summary['items_outside_window']} outside the window",
        f"  articles     {summary['articles']} ({summary['articles_dutch']} Dutch, "
        f"{summary['articles_not_dutch']} other languages); pages {summary['pages_fetched']} "
        f"fetched, {summary['pages_failed']} failed",
        f"  nlp          {summary['nlp_documents']} documents, {summary['nlp_failed']} failed"
        + _coder_notes(summary),
        f"  mentions     {summary['mentions']}",
        f"  events       {summary['events']}"
        + (
            f" ({summary['nlp_events_actor_from_feed']} with a bare role given the feed's country)"
            if summary.get("nlp_events_actor_from_feed")
            else ""
        ),
        f"  dead letters {summary['dead_letters']}"
        + (
            " ("
            + ", ".join(f"{k}: {v}" for k, v in summary["dead_letters_by_reason"].items())
            + ")"
            if summary["dead_letters_by_reason"]
            else ""
        ),
        f"  reconciles   {'yes' if summary['reconciles'] else 'NO'}",
        f"  seconds      {summary['seconds']}",
    ]
    return "\n".join(lines)


def cmd_annotate(args: argparse.Namespace) -> int:
    stages = {s.strip() for s in args.stages.split(",") if s.strip()}
    unknown = stages - set(STAGES)
    if unknown or not stages:
        raise ConfigError(f"--stages: unknown {sorted(unknown)}; choose from {', '.join(STAGES)}")
    if args.feed_country:
        _check_country(args.feed_country, "--feed-country")
    source = _open(args.input, "rb", "--in")
    try:
        if stages & {"ner", "events"}:
            _check_model(args.spacy_model)
        sink = _open(args.output, "w", "--out")
    except ConfigError:
        if args.input != "-":
            source.close()
        raise
    from geoevents.langid import LanguageDetector
    from geoevents.transforms.nlp import load_annotator

    annotator = load_annotator(args.spacy_model) if stages & {"ner", "events"} else None
    detector = LanguageDetector()
    records = errors = 0
    try:
        for number, record, problem in read_jsonl(source):
            records += 1
            if record is None:
                errors += 1
                print(problem, file=sys.stderr)
                continue
            try:
                annotated = annotate_record(record, stages, annotator, detector, args.feed_country)
            except Exception as exc:  # one record's failure must not end the file
                errors += 1
                print(
                    f"line {number}: not annotated ({type(exc).__name__}: {exc})", file=sys.stderr
                )
                continue
            sink.write(json.dumps(annotated, default=str, ensure_ascii=False) + "\n")
    finally:
        if args.input != "-":
            source.close()
        if args.output != "-":
            sink.close()
    if errors:
        print(
            f"geoevents annotate: {errors} of {records} records failed (lines above); "
            f"the other {records - errors} were written",
            file=sys.stderr,
        )
        return EXIT_FAILED
    return 0


def _open(path: str, mode: str, option: str) -> Any:
    """``-`` is stdin (bytes) or stdout; a path that cannot be opened is a one-line error."""
    if path == "-":
        return sys.stdin.buffer if "r" in mode else sys.stdout
    try:
        return open(path, mode, **({} if "b" in mode else {"encoding": "utf-8"}))
    except OSError as exc:
        raise ConfigError(f"{option} {path!r}: {exc.strerror or type(exc).__name__}") from None


def cmd_query(args: argparse.Namespace) -> int:
    import duckdb

    from geoevents.schemas.tables import TABLES
    from geoevents.schemas.warehouse import connect

    checks.check_tables(args.output, TABLES)
    con = connect(args.output)
    try:
        relation = con.sql(args.sql)
        if relation is None:
            return 0
        if args.format == "table":
            relation.show(max_rows=1000, max_width=200)
        elif args.format == "csv":
            write_csv(relation, sys.stdout)
        else:
            columns = relation.columns
            for row in relation.fetchall():
                print(json.dumps(dict(zip(columns, row)), default=str, ensure_ascii=False))
    except duckdb.Error as exc:
        hint = f"; views: {VIEWS}" if isinstance(exc, duckdb.CatalogException) else ""
        raise ConfigError(f"query: {_first_lines(str(exc))}{hint}") from None
    return 0


def cmd_upgrade(args: argparse.Namespace) -> int:
    from geoevents.pipelines.lock import make_run_id, run_lock
    from geoevents.transforms.sink import manifest_path, upgrade_output

    checks.check_output_folder(args.output)
    run_id = make_run_id(datetime.now(UTC))
    with run_lock(args.output, run_id):
        upgraded = upgrade_output(args.output, run_id)
    print(f"{len(upgraded)} file(s) rewritten in the current schema")
    for path in upgraded:
        print(f"  {path}")
    if upgraded:
        print(f"manifest: {manifest_path(args.output, run_id)}")
    return 0


def write_csv(relation: Any, out: TextIO, chunk: int = 10_000) -> None:
    """Rows as CSV (DuckDB's text form of each value, NULL as empty) to the open ``out``.

    Written to ``sys.stdout`` itself, never by opening ``/dev/stdout``: that reopens the file a
    shell redirect names and truncates it (``query --format csv >> file``, issue 20.8).
    """
    import csv

    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(relation.columns)
    texts = relation.query("q", "SELECT CAST(COLUMNS(*) AS VARCHAR) FROM q")
    for batch in texts.to_arrow_reader(chunk):
        writer.writerows(zip(*(column.to_pylist() for column in batch.columns)))
    out.flush()


def _first_lines(message: str) -> str:
    """DuckDB's message up to its source excerpt ("LINE 1: ..."), on one line."""
    lines = []
    for line in message.splitlines():
        if line.startswith("LINE "):
            break
        if line.strip():
            lines.append(line.strip())
    return " ".join(lines)


def cmd_eval(args: argparse.Namespace) -> int:
    checks.check_gold(args.gold)
    if args.context:
        checks.check_context(args.context)
    if args.feed_country:
        _check_country(args.feed_country, "--feed-country")
    _check_model(args.spacy_model)
    from geoevents.model import load_pipeline
    from geoevents.transforms.coder.evaluate import evaluate, format_report

    nlp = load_pipeline(args.spacy_model)
    report = evaluate(args.gold, nlp, context_path=args.context, feed_country=args.feed_country)
    print(format_report(report, verbose=not args.summary))
    return 0


def _options(parser: argparse.ArgumentParser, command: str) -> list[str]:
    """Every option string of ``command`` (for "did you mean" suggestions)."""
    actions = list(parser._actions)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            actions += action.choices[command]._actions
    return [option for action in actions for option in action.option_strings]


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; user errors print one line and return 2, Ctrl-C returns 130."""
    interrupted = threading.Event()
    previous = _on_interrupt(interrupted)
    try:
        parser = _parser()
        args, rest = parser.parse_known_args(argv)
        logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING)
        return _dispatch(args, rest, _options(parser, args.command))
    except ConfigError as exc:
        print(f"geoevents: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    except (Exception, KeyboardInterrupt):
        # Beam re-raises a KeyboardInterrupt caught inside a bundle as RuntimeError("...
        # KeyboardInterrupt [while running ...]"): after a Ctrl-C, whatever ends the command is it.
        if not interrupted.is_set():
            raise
        print("geoevents: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    finally:
        _restore_interrupt(previous, interrupted)


def _on_interrupt(interrupted: threading.Event) -> Any:
    """Note Ctrl-C, then interrupt as Python does; a second Ctrl-C exits at once.

    Returns the handler it replaced (None when not on the main thread, where it cannot)."""

    swallowed = threading.Event()

    def handler(signum: int, frame: Any) -> None:
        if swallowed.is_set():
            swallowed.clear()
            raise KeyboardInterrupt
        if interrupted.is_set():
            os._exit(EXIT_INTERRUPTED)
        interrupted.set()
        # Beam logs the interrupted bundle, and its worker threads die, with tracebacks.
        logging.disable(logging.CRITICAL)
        threading.excepthook = lambda _args: None
        raise KeyboardInterrupt

    def unraisable(hook_args: Any) -> None:
        """A Ctrl-C that lands in a weakref callback or ``__del__`` is printed and dropped
        there, and the run would go on; raise it again once the callback has returned."""
        if interrupted.is_set() and isinstance(hook_args.exc_value, KeyboardInterrupt):
            swallowed.set()
            threading.Timer(0.05, _thread.interrupt_main, (signal.SIGINT,)).start()
            return
        sys.__unraisablehook__(hook_args)

    if threading.current_thread() is not threading.main_thread():
        return None
    sys.unraisablehook = unraisable
    return signal.signal(signal.SIGINT, handler)


def _restore_interrupt(previous: Any, interrupted: threading.Event) -> None:
    """Undo `_on_interrupt`, so a caller that runs `main` in-process gets its handlers back."""
    if previous is not None:
        signal.signal(signal.SIGINT, previous)
        sys.unraisablehook = sys.__unraisablehook__
    if interrupted.is_set():
        logging.disable(logging.NOTSET)
        threading.excepthook = threading.__excepthook__


def _dispatch(args: argparse.Namespace, rest: list[str], options: list[str]) -> int:
    if args.command != "run" and rest:
        raise checks.unknown_argument(rest, options, args.command)
    if args.command in ("run", "upgrade"):
        from geoevents.pipelines.lock import RunLockedError

        # After "--": options for the runner alone (Dataflow passes unknown ones to the service).
        cut = rest.index("--") if "--" in rest else len(rest)
        try:
            if args.command == "upgrade":
                return cmd_upgrade(args)
            return cmd_run(args, checks.beam_args(rest[:cut], options) + rest[cut + 1 :])
        except RunLockedError as exc:
            print(f"geoevents: {exc}", file=sys.stderr)
            return EXIT_FAILED
    if args.command == "annotate":
        return cmd_annotate(args)
    if args.command == "query":
        return cmd_query(args)
    return cmd_eval(args)


def entry_point() -> int:
    """The console script: `main`, then exit without the interpreter's final garbage collection.

    After a run the process holds the spaCy model and the runner's state, and the collection at
    interpreter shutdown would walk all of it for nothing (0.5-0.7 s per run, measured).
    `gc.freeze` takes every live object out of the collector's reach; reference counting still
    frees them, and everything the run wrote is closed by then.
    """
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    if code == EXIT_INTERRUPTED:
        # The lock and staging are cleaned up by now; a runner's worker threads that Ctrl-C left
        # running (a streaming job's polls) must not keep the process alive until they end.
        os._exit(code)
    gc.freeze()
    return code


if __name__ == "__main__":
    sys.exit(entry_point())
