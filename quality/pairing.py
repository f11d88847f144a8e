"""Pairing: two versions' items for the same raters, so that a change is not read from two raters.

Raters differ by more than a session's rules: the same 38 items drew 21 acceptances from one pair of
raters and 27 from another. To compare two versions of the generator, each rater rates both:

    python -m quality.pairing pair OUT BEFORE AFTER   # folders of NAME.article.txt and NAME.items.txt
    python -m quality.pairing score OUT RATINGS.tsv   # each version's accepted items, by one rater

``pair`` writes one rating folder. A page whose two lists are the same appears once, as ``NAME``; a
page whose lists differ appears twice, as ``NAME-1`` and ``NAME-2`` in an order drawn at random, so
the rater cannot tell the versions apart. Which is which goes to ``OUT.key.tsv``, beside the folder,
never in it.
"""

from __future__ import annotations

import csv
import random
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

VERSIONS = ("before", "after")
BOTH = "both"


@dataclass(frozen=True)
class Tally:
    """A version's rated items: how many were accepted of how many."""

    accepted: int
    items: int


def key_path(out: Path) -> Path:
    return out.with_name(out.name + ".key.tsv")


def pair(out: Path, before: Path, after: Path, *, seed: int = 0) -> None:
    """The rating folder ``out`` and its key, from the item lists in ``before`` and ``after`` (the
    article texts are read from ``before``)."""
    draw = random.Random(seed)
    out.mkdir(parents=True)
    rows: list[tuple[str, str, str]] = []
    for article in sorted(before.glob("*.article.txt")):
        name = article.name.removesuffix(".article.txt")
        lists = {"before": before / f"{name}.items.txt", "after": after / f"{name}.items.txt"}
        texts = {version: path.read_text(encoding="utf-8") for version, path in lists.items()}
        if texts["before"] == texts["after"]:
            _copy(article, lists["before"], out, name)
            rows.append((name, BOTH, name))
            continue
        order = list(VERSIONS)
        draw.shuffle(order)
        for number, version in enumerate(order, 1):
            _copy(article, lists[version], out, f"{name}-{number}")
            rows.append((f"{name}-{number}", version, name))
    with key_path(out).open("w", encoding="utf-8", newline="") as key:
        csv.writer(key, delimiter="\t").writerows([("listed", "version", "page"), *rows])


def _copy(article: Path, items: Path, out: Path, listed: str) -> None:
    shutil.copyfile(article, out / f"{listed}.article.txt")
    shutil.copyfile(items, out / f"{listed}.items.txt")


def score(out: Path, ratings: Path) -> dict[str, Tally]:
    """Each version's accepted items among one rater's verdicts (``ratings``: the rating brief's
    table, with ``page`` and ``verdict``) on the folder ``out`` that ``pair`` made."""
    with key_path(out).open(encoding="utf-8", newline="") as key:
        listed = {row["listed"]: row["version"] for row in csv.DictReader(key, delimiter="\t")}
    with ratings.open(encoding="utf-8", newline="") as table:
        verdicts = list(csv.DictReader(table, delimiter="\t"))
    tallies = dict.fromkeys(VERSIONS, Tally(0, 0))
    for verdict in verdicts:
        version = listed[verdict["page"]]
        accepted = verdict["verdict"].strip().upper() == "ACCEPT"
        for counted in VERSIONS if version == BOTH else (version,):
            tally = tallies[counted]
            tallies[counted] = Tally(tally.accepted + accepted, tally.items + 1)
    return tallies


if __name__ == "__main__":
    command, folder, *paths = sys.argv[1:]
    if command == "pair":
        pair(Path(folder), Path(paths[0]), Path(paths[1]))
    else:
        for version, tally in score(Path(folder), Path(paths[0])).items():
            print(f"{version}: {tally.accepted} of {tally.items} accepted")
