"""Search on PostgreSQL: full-text search with its GIN index, against the same query with
the index dropped and against the case-insensitive scan the SQLite path runs (ILIKE on
PostgreSQL), on two shapes of data: many short records and a few long ones.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/accord python -m benchmarks.search \\
        [--short 50000] [--long 500] [--words 3000] [--runs 3]

Makes a throw-away database next to the one DATABASE_URL names (``<name>_search_bench``),
migrates it and fills it with benchmark rows written straight into the tables (not through
the services: no audit trail, it is not business data): ``--short`` risks of about 40
words (a title, a cause, an effect) over 20 projects, and ``--long`` meetings whose minutes
run to ``--words`` words. The words are drawn with a fixed seed from a CDMO vocabulary;
the searched words are planted at known rates (rare: 1 record in 2,000; common: 1 in 5).

Each contender does what one type's results page does: count the matches and read the
first 20, ranked, with title and snippet highlighted, for a CDMO staff user (who sees
every project). Timed several times, interleaved; the best time counts. The plan of the
indexed query is printed as PostgreSQL chose it on this data (nothing switched off).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_WORDS = (
    "API batch campaign reactor crystallization filtration drying milling blending granulation "
    "tablet capsule vial syringe fill finish lyophilization sterile aseptic bioreactor harvest "
    "chromatography column resin buffer media cell bank titer yield impurity specification "
    "assay method validation qualification stability protocol report deviation investigation "
    "CAPA change control supplier material shortage lead time shipment cold chain temperature "
    "excursion release certificate analysis QC QA batch record review audit inspection "
    "regulatory filing IND IMPD dossier sponsor steering committee timeline milestone delay "
    "risk mitigation contingency capacity equipment cleaning maintenance calibration "
    "engineering run scale-up tech transfer process development route scouting solvent "
    "reagent catalyst intermediate starting material packaging labelling clinical supply "
    "forecast demand schedule resource operator shift training documentation SOP "
    "the a of to in for on with by at from is was will be has have not as and or but this "
    "that which before after during within week month plan planned late early expected"
)
VOCABULARY = _WORDS.split()
RARE, COMMON, PAIR = "nitrosamine", "reprocessing", ("vendor", "audit")


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(VOCABULARY) for _ in range(words))


def _plant(text: str, index: int, *, long: bool = False) -> str:
    """The searched words, at fixed rates: a rare one, a common one, and a pair."""
    extra = []
    if index % 2000 == 7 or (long and index % 100 == 7):
        extra.append(f"Limits for {RARE} impurities tighten")
    if index % 5 == 0:
        extra.append(f"{COMMON} of the batch")
    if index % 40 == 3:
        extra.append(f"{PAIR[0]} {PAIR[1]} findings")
    return f"{text} {' '.join(extra)}".strip()


def _database(url: str) -> str:
    import psycopg

    base, name = url.rsplit("/", 1)
    bench = f"{name.split('?')[0]}_search_bench"
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{bench}"')
        connection.execute(f'CREATE DATABASE "{bench}"')
    return f"{base}/{bench}"


def _load(short: int, long: int, words: int) -> None:
    import datetime as dt

    from accord.accounts import services as accounts
    from accord.accounts.models import Role
    from accord.meetings.models import Meeting
    from accord.projects.services import project_create
    from accord.risks.models import Risk

    cdmo = accounts.organization_create(actor=None, kind="cdmo", name="Bench CDMO", short_name="BC")
    sponsor = accounts.organization_create(
        actor=None,
        kind="sponsor",
        name="Bench Sponsor",
        short_name="BS",
        sponsor_type="big_pharma",
    )
    site = accounts.site_create(
        actor=None, organization=cdmo, code="BEN", name="Bench site", city="Visp", country="CH"
    )
    pm = accounts.user_create(
        actor=None,
        organization=cdmo,
        username="bench.pm",
        first_name="Bench",
        last_name="PM",
        email="bench.pm@example.com",
        password="bench-password-2026!",  # noqa: S106 - a throw-away database
        roles=Role.objects.filter(code="project_manager"),
        site=site,
    )
    projects = [
        project_create(
            actor=None,
            sponsor=sponsor,
            code=f"BS-{n:03d}",
            title=f"Bench project {n}",
            modality="small_molecule",
            phase="first_in_human",
            site=site,
        )
        for n in range(20)
    ]
    rng = random.Random(1)
    review = dt.date(2026, 6, 1)
    per_project: dict[int, int] = {}
    risks = []
    for i in range(short):
        project = projects[i % len(projects)]
        per_project[project.pk] = per_project.get(project.pk, 0) + 1
        risks.append(
            Risk(
                project=project,
                sequence=per_project[project.pk],
                title=_text(rng, 6),
                category="supply",
                cause=_plant(_text(rng, 20), i),
                effect=_text(rng, 14),
                likelihood=3,
                impact=3,
                owner=pm,
                next_review_date=review,
            )
        )
    Risk.objects.bulk_create(risks, batch_size=5000)
    meetings = [
        Meeting(
            project=projects[i % len(projects)],
            number=i + 1,
            kind="technical",
            title=_text(rng, 5),
            held_on=review - dt.timedelta(days=i % 400),
            attendees="Bench PM\nSponsor lead",
            agenda=_text(rng, 30),
            minutes=_plant(_text(rng, words), i, long=True),
        )
        for i in range(long)
    ]
    Meeting.objects.bulk_create(meetings, batch_size=200)


def _size(table: str, indexes: list[str]) -> str:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_size_pretty(pg_total_relation_size(%s))", [table])
        total = cursor.fetchone()[0]
        cursor.execute(
            "SELECT pg_size_pretty(sum(pg_relation_size(to_regclass(c)))) "
            "FROM unnest(%s::text[]) c",
            [indexes],
        )
        index = cursor.fetchone()[0]
    return f"table with indexes {total}, search indexes {index}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--short", type=int, default=50_000)
    parser.add_argument("--long", type=int, default=500)
    parser.add_argument("--words", type=int, default=3_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        sys.exit(
            "Set DATABASE_URL to a PostgreSQL database (the benchmark makes its own next to it)."
        )
    os.environ.update(
        DATABASE_URL=_database(url),
        ACCORD_ENV="development",
        DEBUG="false",
        DJANGO_SETTINGS_MODULE="accord.settings",
    )
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection, transaction

    from accord.accounts.models import User
    from accord.search.query import search_text_parse
    from accord.search.registry import search_type
    from accord.search.selectors import PAGE_SIZE, search_matches, search_page, search_run

    call_command("migrate", verbosity=0)
    began = time.perf_counter()
    _load(args.short, args.long, args.words)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    loaded = time.perf_counter() - began
    user = User.objects.get(username="bench.pm")
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        version = cursor.fetchone()[0]
    print(f"PostgreSQL {version}; data loaded and analysed in {loaded:.0f} s")

    def page(key: str, q: str, *, full_text: bool) -> Callable[[], float]:
        def run() -> float:
            began = time.perf_counter()
            group = search_page(
                user,
                search_type(key),
                search_text_parse(q),
                page=1,
                page_size=PAGE_SIZE,
                clamp=True,
                full_text=full_text,
            )
            run.found = group.count
            return time.perf_counter() - began

        return run

    def without_index(key: str, q: str) -> Callable[[], float]:
        indexed = page(key, q, full_text=True)
        names = [search_type(key).index_name("public"), search_type(key).index_name("internal")]

        def run() -> float:
            # Dropped inside a transaction that is rolled back: the index is back at once.
            with transaction.atomic():
                with connection.cursor() as cursor:
                    for name in names:
                        cursor.execute(f'DROP INDEX IF EXISTS "{name}"')
                seconds = indexed()
                transaction.set_rollback(True)
            run.found = indexed.found
            return seconds

        return run

    shapes = {
        "risks": f"{args.short:,} short risks (~40 words each)",
        "meetings": f"{args.long:,} long meetings (minutes of ~{args.words:,} words)",
    }
    queries = {
        "rare word": RARE,
        "common word": COMMON,
        "two words": " ".join(PAIR),
        "prefix": RARE[:5],
    }
    contenders = {
        "full-text + GIN (Accord)": lambda key, q: page(key, q, full_text=True),
        "same query, no index": without_index,
        "ILIKE scan (SQLite path)": lambda key, q: page(key, q, full_text=False),
    }
    line = "  {:<13} {:>8}  " + "  ".join(["{:>26}"] * len(contenders))
    for key, shape in shapes.items():
        table = search_type(key).model._meta.db_table
        names = [search_type(key).index_name("public"), search_type(key).index_name("internal")]
        print(f"\n{shape}: {_size(table, names)}")
        print(line.format("query", "matches", *contenders))
        for label, q in queries.items():
            runs = {name: make(key, q) for name, make in contenders.items()}
            best = dict.fromkeys(runs, float("inf"))
            for _ in range(args.runs):
                for name, run in runs.items():
                    best[name] = min(best[name], run())
            found = {run.found for run in runs.values()}
            accord = best["full-text + GIN (Accord)"]
            cells = [
                f"{seconds * 1000:8.1f} ms"
                + ("" if name.endswith("(Accord)") else f" ({seconds / accord:5.1f}x)")
                for name, seconds in best.items()
            ]
            print(line.format(label, "/".join(str(n) for n in sorted(found)), *cells))
        plan = search_matches(user, search_type(key), search_text_parse(RARE)).explain(analyze=True)
        print(f"  plan of the indexed query for {RARE!r}, as PostgreSQL chose it:")
        for row in plan.splitlines():
            if "Index Scan on search_" in row or "Execution Time" in row or "Bitmap Heap" in row:
                print("   ", row.strip())
    every = search_text_parse(COMMON)
    fastest = float("inf")
    for _ in range(args.runs):
        began = time.perf_counter()
        search_run(user, every)
        fastest = min(fastest, time.perf_counter() - began)
    print(f"\nAll types at once for {COMMON!r} (each counted, 5 of each): {fastest * 1000:.0f} ms")


if __name__ == "__main__":
    main()
