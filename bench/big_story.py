"""How the work on one story grows with its size: the figures of issue 14, as ratios in one run.

    python bench/big_story.py [--quick]

Prints, each as the time at the largest size over the time at the smallest, next to the ratio a
linear algorithm would give (the ratio of the sizes):

- entity merging (``canonicalise_claims``) over one story of 100 to 5,000 sources, each naming a
  handful of invented people, places and organisations, many of them in several spellings, next to
  a loop that only reads each of the same claims once (the growth the memory alone gives: the
  smallest story fits in a core's own cache, the largest does not);
- claim extraction of one text whose longest sentence is 1 KB to 64 KB (a run-on "sentence" of
  invented clauses joined by commas: every stage reads a sentence around each claim), stage by
  stage (segmentation, entities, times, quantities, ages, recurrences, incident places, the stance
  and event of each claim), with the growth over the last step (8 KB to 64 KB) too;
- suppression directives, 1,000 to 10,000 in one paragraph, and a text of 2,000 to 200,000
  "<!--" openings never closed;
- ``--jobs 2`` over ``--jobs 1`` (wall time of ``factcheck check``, no cache) on ONE story of
  1,000 generated articles (``--story-size``), and of ``factcheck corpus`` on a corpus of as many
  sources in stories of three to seven; with the split of the story's work between extraction
  (shared by the workers, with what the comparison reads of each source alone) and comparison (one
  task), and the best ratio that split allows, and that the rest of the main process's work
  (start-up, loading, output: one process as well) leaves; and,
  since a busy machine's wall times say little, the CPU of the main process and of the workers of
  ``--jobs 2``, and the wall time they would take on an idle machine (main + workers / 2, less half
  of what the main process does while the workers extract); and the serial part of ``--jobs 2``
  (all but extraction, and but reading the claims' JSON back, which the main process does as the
  workers return them) piece by piece: start-up and imports, loading, merging entities, the story
  frame, judging, the report record, the JSON report and the rest, with what it may take in all for
  1.7x;
- the peak memory (resident set) of ``factcheck check --jobs 1`` on one story of 1,000 and of 5,000
  generated articles, without a cache and with a new one (printed, not checked; ``--parts memory``).

Times are CPU seconds of this process (``time.process_time``), best of three, except for the
``--jobs`` runs: wall seconds of a whole run, best of two. The texts are made up here (the
``--jobs`` part writes its story with ``bench/scale.py``'s generator to a temporary folder).
``--parts jobs`` and ``--parts memory`` run only that part, ``--parts sizes`` only the in-process ones.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from factcheck.extract.claims import canonicalise_claims, claims_of
from factcheck.records import Entity, EntityClaim, Source
from factcheck.report.suppress import find_suppressions

FIRST = ["Dana", "Tomas", "Lena", "Ravi", "Mira", "Jonas", "Aiko", "Pavel", "Nora", "Kofi", "Ines", "Yusuf"]
LAST = ["Quist", "Arlo", "Voss", "Okafor", "Lindqvist", "Haddad", "Moreau", "Tanaka", "Novak", "Brennan"]
PLACES = ["Port Ilari", "Kelby", "Tarrow", "New Halden", "Vessberg", "Ostrava Bay", "Lyne"]
ORGS = ["Harbour Authority", "Northern Rail", "Civil Defence Corps", "Tarrow City Council"]


def _source(number: int, text: str) -> Source:
    return Source(
        id=f"s{number:05d}",
        path=f"story/s{number:05d}.txt",
        text=text,
        published=dt.date(2024, 3, 5),
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
    )


SYLLABLES = [
    "ka",
    "lo",
    "mer",
    "vin",
    "tas",
    "rel",
    "do",
    "nu",
    "bri",
    "sen",
    "qua",
    "hol",
    "mi",
    "zar",
    "te",
]


def entity_claims_of_story(sources: int, seed: int = 14) -> list[EntityClaim]:
    """The entity claims a story of ``sources`` articles gives: a cast of about half as many
    people as sources, with made-up surnames; each article names five of them (some with a
    middle initial, some by surname alone), a place and an organisation."""
    generator = random.Random(seed)
    cast = [
        (generator.choice(FIRST), "".join(generator.choice(SYLLABLES) for _ in range(3)).capitalize())
        for _ in range(max(10, sources // 2))
    ]
    claims = []
    for number in range(sources):
        names = []
        for _ in range(5):
            first, last = generator.choice(cast)
            form = generator.random()
            name = f"{first} {last}" if form < 0.6 else f"{first} K. {last}" if form < 0.8 else last
            names.append(("person", name))
        names += [("place", generator.choice(PLACES)), ("organisation", generator.choice(ORGS))]
        for index, (kind, name) in enumerate(names):
            entity_id = f"{kind}:{name.lower().replace(' ', '_').replace('.', '')}"
            claims.append(
                EntityClaim(
                    id=f"s{number}:{index}:entity",
                    source=f"s{number:05d}",
                    start=index,
                    end=index + 1,
                    quote=name,
                    sentence_start=0,
                    sentence_end=1,
                    predicate="mentions",
                    value=Entity(id=entity_id, kind=kind, name=name),
                )
            )
    return claims


# Invented clauses of a news story, each with something for some extractor: people, places, dates and
# clock times, counts, ages, verbs of saying, hedges, denials, expectations, relative clauses.
CLAUSES = [
    "Mayor {name} said {n} people died in the fire on {day} and {m} were hurt",
    "police arrested {m} men in {place} last {day}",
    "the {org} reportedly closed {n} roads near {place} until {month} {d}",
    "{name} {last}, {age}, was taken to hospital with burns to {m} percent of her body",
    "a spokesman for the {org} told reporters that {n} homes had been evacuated since {day}",
    "the quake struck {place} at {h} a.m. on {month} {d}, killing {m} people",
    "officials will not confirm whether the {n}-year-old bridge may have collapsed in {year}",
    "{name} denied that the {org} had spent ${n} million on the scheme, according to {last}",
    "about {n} residents were moved to a shelter {m} kilometres from {place} two days later",
    "the storm, which dropped {m} inches of rain, is expected to reach {place} by {day} evening",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "March", "May", "July", "September", "November"]


def run_on_text(length: int, seed: int = 14) -> str:
    """One run-on "sentence" of about ``length`` characters: invented clauses joined by commas."""
    generator = random.Random(seed)
    parts, size = [], 0
    while size < length:
        clause = generator.choice(CLAUSES).format(
            name=generator.choice(FIRST),
            last=generator.choice(LAST),
            place=generator.choice(PLACES),
            org=generator.choice(ORGS),
            day=generator.choice(DAYS),
            month=generator.choice(MONTHS),
            d=generator.randint(1, 28),
            n=generator.randint(2, 900),
            m=generator.randint(2, 40),
            age=generator.randint(18, 90),
            h=generator.randint(1, 11),
            year=generator.randint(1990, 2023),
        )
        parts.append(clause)
        size += len(clause) + 2
    text = ", ".join(parts) + "."
    return text[0].upper() + text[1:]


def extraction_stages(source: Source) -> dict[str, Callable[[], object]]:
    """Each stage of ``claims_of`` on ``source`` as a call of its own, given what the stages before it
    found."""
    from factcheck.extract import claims as extraction
    from factcheck.read.segment import segment_source

    segments = segment_source(source)
    content = [s for s in segments if s.content and s.duplicate_of is None]
    index = extraction.find_entities(source, content)
    times = extraction.find_times(source, content)
    claims = sorted(
        [
            *extraction.entity_claims(source, content, index),
            *extraction.find_roles(source, content, index),
            *times,
            *extraction.find_quantities(source, content, times),
            *extraction.find_ages(source, content),
            *extraction.find_recurrences(source, content, times),
        ],
        key=lambda c: (c.start, c.end, extraction._KIND_ORDER[c.kind], c.id),
    )

    def annotated() -> object:
        events = extraction.EventResolver(source.text, index)
        return [extraction._annotated(source, index, events, claim) for claim in claims]

    return {
        "segmentation": lambda: segment_source(source),
        "entities": lambda: extraction.find_entities(source, content),
        "entity and role claims": lambda: (
            extraction.entity_claims(source, content, index),
            extraction.find_roles(source, content, index),
        ),
        "times (timex)": lambda: extraction.find_times(source, content),
        "quantities": lambda: extraction.find_quantities(source, content, times),
        "ages": lambda: extraction.find_ages(source, content),
        "recurrences": lambda: extraction.find_recurrences(source, content, times),
        "incident places": lambda: extraction._incident_places(
            source, content, index, extraction.EventResolver(source.text, index)
        ),
        "stance and events of each claim": annotated,
        "claims_of (all of the above)": lambda: claims_of(source),
    }


def stage_ratios(sizes: list[int]) -> None:
    """The time of every stage of extraction at each length of the longest sentence, and its growth
    over the whole range and over the last step (a stage that finds little in the shortest text, as
    ages in 1 KB, takes too little there for the first ratio to say much)."""
    timings: dict[str, list[float]] = {}
    for size in sizes:
        for name, work in extraction_stages(_source(1, run_on_text(size))).items():
            timings.setdefault(name, []).append(best_of(work))
    whole, step = sizes[-1] / sizes[0], sizes[-1] / sizes[-2]
    print(
        f"  {'stage':<34}"
        + "".join(f"{size:>10,}" for size in sizes)
        + f"   growth (linear: {whole:,.0f}x, last step {step:,.0f}x)"
    )
    for name, seconds in timings.items():
        ratios = (seconds[-1] / max(seconds[0], 1e-9), seconds[-1] / max(seconds[-2], 1e-9))
        print(
            f"  {name:<34}"
            + "".join(f"{t * 1000:8.2f}ms" for t in seconds)
            + "".join(f"{r:8.1f}x" for r in ratios)
        )
    print()


def best_of(work: Callable[[], object], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.process_time()
        work()
        times.append(time.process_time() - start)
    return min(times)


def ratios(name: str, sizes: list[int], work: Callable[[int], Callable[[], object]]) -> None:
    timings = [best_of(work(size)) for size in sizes]
    for size, seconds in zip(sizes, timings, strict=True):
        print(f"  {name:<34} {size:>8,}  {seconds * 1000:10.3f} ms")
    growth = timings[-1] / max(timings[0], 1e-9)
    linear = sizes[-1] / sizes[0]
    line = f"  {name:<34} grows {growth:,.1f}x for {linear:,.0f}x the size (linear: {linear:,.0f}x)"
    if len(sizes) > 2:
        step = timings[-1] / max(timings[-2], 1e-9)
        line += f"; last step {step:,.1f}x for {sizes[-1] / sizes[-2]:,.0f}x"
    print(line + "\n")


def write_big_story(folder: Path, count: int, seed: int = 14) -> int:
    """One story (a bus crash) told by ``count`` generated articles, with ``bench/scale.py``'s
    phrasings and one planted conflict; the bytes written."""
    import scale

    rng = random.Random(seed)
    day = dt.date(2023, 5, 9)
    story = scale.accident(rng, "big-story", day)
    for number in range(count):
        published = day + dt.timedelta(days=rng.choice([0, 1, 1, 2]))
        outlet = f"{rng.choice(scale.OUTLETS)} {number}"
        story.sources.append(scale.SourcePlan(published, outlet, weekday_ok=0 < (published - day).days < 7))
    return scale.write_story(rng, story, folder)[1]


@contextmanager
def timed(pieces: dict[str, float], name: str, module: object, function: str) -> Iterator[None]:
    """While within: the CPU seconds of every call of ``module.function`` added up in ``pieces[name]``
    (the calls look the function up in its module when they are made, so the patched one is called)."""
    original = getattr(module, function)

    def counted(*args: object, **keywords: object) -> object:
        start = time.process_time()
        try:
            return original(*args, **keywords)
        finally:
            pieces[name] = pieces.get(name, 0.0) + time.process_time() - start

    setattr(module, function, counted)
    try:
        yield
    finally:
        setattr(module, function, original)


def split_of_work(folder: Path) -> dict[str, float]:
    """CPU seconds, in this process, of each piece of one story's work after the imports: loading it,
    extracting its sources (with what the comparison reads of each source alone, as the workers do),
    the pieces of comparing them (the one task: reading the claims' JSON back, and their leads'
    readings', merging entities, the story frame, judging its facts and the claims it does not place,
    the report record), and the JSON of the report (as ``--format json`` prints it)."""
    import factcheck.compare
    import factcheck.run.tasks
    from factcheck.extract import claims as extraction
    from factcheck.read.loaders import load_sources
    from factcheck.run.tasks import extract_parts, story_built

    extraction.load_lookup_tables()
    pieces: dict[str, float] = {}
    start = time.process_time()
    sources = sorted(load_sources([folder]).sources, key=lambda source: source.id)
    pieces["loading"] = time.process_time() - start
    start = time.process_time()
    extracted = [extract_parts(source) for source in sources]
    pieces["extraction"] = time.process_time() - start
    # their leads' readings read back as --jobs 2 does (before the comparison), counted with the claims
    start = time.process_time()
    read = [parts.read() for _, parts in extracted]
    leads = pieces["reading the claims back"] = time.process_time() - start
    task = (sources, [claims for claims, _ in extracted], [], None, read)
    del extracted, read
    with (
        timed(pieces, "reading the claims back", factcheck.run.tasks, "_cached_claims"),
        timed(pieces, "merging entities", extraction, "canonicalise_claims"),
        timed(pieces, "comparing", factcheck.compare, "compare"),
        timed(pieces, "the story frame", factcheck.compare, "build_frame"),
        timed(pieces, "the report record", factcheck.compare, "report_of"),
    ):
        start = time.process_time()
        _, built, _, _ = story_built(task)
        pieces["comparison"] = time.process_time() - start + leads
    pieces["judging"] = pieces.pop("comparing") - pieces["the story frame"]
    start = time.process_time()
    built.report.model_dump_json(indent=2)
    pieces["the JSON report"] = time.process_time() - start
    return pieces


# the pieces of the comparison task, in the order they run
COMPARISON_PIECES = [
    "reading the claims back",
    "merging entities",
    "the story frame",
    "judging",
    "the report record",
]
TARGET = 1.7


_IMPORTS = """
import resource, sys
import factcheck.cli.check, factcheck.compare.selection, factcheck.config, factcheck.report.publish
import factcheck.run.pipeline, factcheck.formats.json
own = resource.getrusage(resource.RUSAGE_SELF)
print(own.ru_utime + own.ru_stime)
"""


def start_up(bench) -> float:
    """CPU seconds of starting Python and importing what ``factcheck check`` imports."""
    import subprocess

    environment = {**os.environ, "PYTHONPATH": str(bench.code)}
    runs = [
        subprocess.run(
            [sys.executable, "-c", _IMPORTS], capture_output=True, text=True, check=True, env=environment
        )
        for _ in range(3)
    ]
    return min(float(run.stdout) for run in runs)


_CPU_SPLIT = """
import json, resource, sys
from factcheck.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps([own.ru_utime + own.ru_stime, workers.ru_utime + workers.ru_stime]), file=sys.stderr)
"""


def cpu_split(bench, *args: str) -> tuple[float, float]:
    """CPU seconds of ``factcheck ARGS...``: of its main process, and of its workers all together."""
    import json
    import subprocess

    done = subprocess.run(
        [sys.executable, "-c", _CPU_SPLIT, *args],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(bench.code)},
        cwd=bench.workdir,
    )
    own, workers = json.loads(done.stderr.splitlines()[-1])
    return own, workers


def parallel_runs(size: int) -> None:
    import scale

    workdir = Path(tempfile.mkdtemp(prefix="factcheck-big-story-"))
    try:
        bench = scale.Bench(workdir)
        bench.snapshot()
        story = workdir / "story"
        megabytes = write_big_story(story, size) / 1e6
        bench.measure("check", str(story), "--no-cache", "--format", "json")  # the tables, built once

        def best(*args: str) -> scale.Measured:
            return min((bench.measure(*args) for _ in range(2)), key=lambda measured: measured.seconds)

        print(f"--jobs on one story of {size:,} articles ({megabytes:.1f} MB), no cache (wall, best of two)")
        runs = {
            jobs: best("check", str(story), "--no-cache", "--format", "json", "--jobs", jobs) for jobs in "12"
        }
        if runs["1"].stdout != runs["2"].stdout:
            raise SystemExit("--jobs 2 printed another report than --jobs 1")
        for jobs, run in runs.items():
            print(f"  check --jobs {jobs}: {run.seconds:6.2f} s wall, {run.cpu:6.2f} s CPU (every process)")
        ratio = runs["1"].seconds / runs["2"].seconds
        print(f"  check --jobs 2 over --jobs 1: {ratio:.2f}x (target 1.7x), reports identical")
        own, workers = cpu_split(bench, "check", str(story), "--no-cache", "--format", "json", "--jobs", "2")
        alone, _ = cpu_split(bench, "check", str(story), "--no-cache", "--format", "json", "--jobs", "1")
        pieces = split_of_work(story)
        # the main process reads the claims back while the workers extract, on the same two CPUs
        reading = pieces["reading the claims back"]
        idle = own + workers / 2 - reading / 2
        print(
            f"  CPU of check --jobs 2: main process {own:.2f} s, workers {workers:.2f} s; on an idle machine "
            f"about {idle:.2f} s wall (main + workers / 2, less half the main's {reading:.2f} s reading the "
            f"claims back while the workers extract) against {alone:.2f} s for --jobs 1: {alone / idle:.2f}x"
        )
        extraction, comparison = pieces["extraction"], pieces["comparison"]
        bound = (extraction + comparison) / (extraction / 2 + comparison)
        rest = max(0.0, alone - extraction - comparison)
        print(
            f"  its work in one process: extraction {extraction:.2f} s (shared by the workers), "
            f"comparison {comparison:.2f} s (one task): at best {bound:.2f}x with two workers;\n"
            f"  with the rest of --jobs 1 ({rest:.2f} s: start-up and imports, loading, the tables, "
            f"the output) in one process too: at best {alone / (alone - extraction / 2):.2f}x"
        )
        serial = {"start-up and imports": start_up(bench), "loading": pieces["loading"]}
        serial |= {name: pieces[name] for name in COMPARISON_PIECES}
        serial["the JSON report"] = pieces["the JSON report"]
        # publishing, writing, the tables, exit: by difference, so it takes the noise of the others too
        serial["the rest"] = max(0.0, alone - extraction - sum(serial.values()))
        serial.pop("reading the claims back")
        needed = extraction * (1 - TARGET / 2) / (TARGET - 1)
        print(
            "  the serial part of --jobs 2, piece by piece (CPU s, one process): "
            + ", ".join(f"{name} {seconds:.2f}" for name, seconds in serial.items())
            + f"\n  in all {sum(serial.values()):.2f} s (and {reading:.2f} s reading the claims back while "
            f"the workers extract); {TARGET}x needs it at most {needed:.2f} s (extraction / 2 + serial at "
            f"most --jobs 1 / {TARGET})\n"
        )
        corpus = workdir / "corpus"
        _, stories, _ = scale.generate(corpus, size, seed=size)
        print(f"--jobs on a corpus of {size:,} sources in {stories:,} stories, no cache (wall, best of two)")
        out = workdir / "out"
        timed = {}
        for jobs in "12":
            timed[jobs] = min(
                scale.run_corpus(bench, corpus, out, "--no-cache", "--jobs", jobs).seconds for _ in range(2)
            )
            print(f"  corpus --jobs {jobs}: {timed[jobs]:6.2f} s wall")
        print(f"  corpus --jobs 2 over --jobs 1: {timed['1'] / timed['2']:.2f}x (target 1.7x)")
        corpus_run = ["corpus", str(corpus), "--out-dir", str(out), "--no-cache", "--fail-on", "never"]
        own, workers = cpu_split(bench, *corpus_run, "--jobs", "2")
        alone, _ = cpu_split(bench, *corpus_run, "--jobs", "1")
        idle = max(own, (own + workers) / 2)
        print(
            f"  CPU of corpus --jobs 2: main process {own:.2f} s, workers {workers:.2f} s; on an idle machine "
            f"about {idle:.2f} s wall (all of it over two CPUs) against {alone:.2f} s for --jobs 1: "
            f"{alone / idle:.2f}x"
        )
        home = workdir / "fresh-home"  # a first run: no lookup tables stored yet
        environment = {**os.environ, "PYTHONPATH": str(bench.code), "XDG_CACHE_HOME": str(home)}
        command = [sys.executable, "-m", "factcheck", "corpus", str(corpus), "--out-dir", str(out)]
        first = scale.measure(
            [*command, "--no-cache", "--jobs", "2", "--fail-on", "never"], environment, workdir
        )
        notes = [line for line in first.stderr.splitlines() if "lookup tables" in line]
        print(
            f"  first run (no stored tables), corpus --jobs 2: {first.seconds:.2f} s, {len(notes)} notices:"
        )
        for note in notes:
            print(f"    {note}")
        print(
            f"  (load average at the end: {', '.join(f'{load:.1f}' for load in os.getloadavg())}; cpus {os.cpu_count()})\n"
        )
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def memory_runs(sizes: list[int]) -> None:
    """The peak resident memory of ``factcheck check`` on one story of each size (``--jobs 1``, so
    that all of it is one process), without a cache and with a new one (which stores the report)."""
    import scale

    workdir = Path(tempfile.mkdtemp(prefix="factcheck-big-story-memory-"))
    try:
        bench = scale.Bench(workdir)
        bench.snapshot()
        print("peak memory of check on one story (--jobs 1; resident set, MiB)")
        for size in sizes:
            story = workdir / f"story-{size}"
            megabytes = write_big_story(story, size) / 1e6
            alone = bench.measure("check", str(story), "--no-cache", "--jobs", "1")
            cached = bench.measure(
                "check", str(story), "--cache", str(workdir / f"{size}.sqlite"), "--jobs", "1"
            )
            print(
                f"  {size:>6,} sources ({megabytes:.1f} MB): {alone.peak_mib:6.1f} MiB without a cache, "
                f"{cached.peak_mib:6.1f} MiB with a new one"
            )
        print("  (target for 5,000 sources: under 200 MiB)\n")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, for a first look")
    parser.add_argument(
        "--parts", default="all", choices=["all", "jobs", "memory", "sizes"], help="what to measure"
    )
    parser.add_argument("--story-size", type=int, default=1000, help="articles of the story run with --jobs")
    args = parser.parse_args()
    quick = args.quick
    if args.parts in ("all", "jobs"):
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        parallel_runs(300 if quick else args.story_size)
    if args.parts in ("all", "memory"):
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        memory_runs([300, 1000] if quick else [1000, 5000])
    if args.parts in ("jobs", "memory"):
        return
    # the first call pays for compiling patterns and loading tables; it is not measured
    claims_of(_source(0, "Mayor Dana Quist said 3 people died in the fire on Monday."))

    print("entity merging across one story (sources)")

    def merging(n: int) -> Callable[[], object]:
        claims = entity_claims_of_story(n)
        return lambda: canonicalise_claims(claims)

    merging_sizes = [100, 500, 1000] if quick else [100, 1000, 5000]
    ratios("canonicalise_claims", merging_sizes, merging)

    def reading(n: int) -> Callable[[], object]:
        claims = entity_claims_of_story(n)
        return lambda: [claim.value for claim in claims]

    # The smallest story's claims fit in a core's own cache and the largest's do not: a loop that only
    # reads each claim once grows faster than the story too, and shows how much of merging's growth is
    # the memory's, not the algorithm's (its calls grow as the claims do).
    ratios("reading each claim once (memory)", merging_sizes, reading)

    print("extraction by the length of the longest sentence (characters), stage by stage")
    stage_ratios([1_000, 8_000] if quick else [1_000, 8_000, 64_000])

    print("suppression directives in one paragraph")

    def directives(n: int) -> Callable[[], object]:
        text = "".join(
            f'Line {i} had {i} votes. <!-- factcheck: ignore FC201 reason="r{i}" -->\n' for i in range(n)
        )
        source = _source(2, text)
        return lambda: find_suppressions(source)

    ratios("find_suppressions", [1_000, 10_000], directives)

    print('"<!--" openings never closed')

    def unclosed(n: int) -> Callable[[], object]:
        source = _source(3, "Nine people died. " + "<!-- " * n)
        return lambda: claims_of(source)

    ratios("claims_of", [2_000, 200_000], unclosed)


if __name__ == "__main__":
    main()
