"""Fit the ranker to blind ratings: a logistic regression from the ranking's features.

    python -m quality.ranker quality/ratings/tuning-candidates-01-25-fourth \
        quality/ratings/tuning-candidates-01-25-third quality/ratings/tuning-candidates-01-25-second

Joins, for each rated set, ``NAME.tsv`` (raters' verdicts: page, item, verdict, defects, …) with
``NAME.features.jsonl`` (the features of each rated item, written by ``quality.rating
candidates``). An item rejected only as a duplicate is left out: that is the selection's doing
(which facts go together), not something the ranker scores.

Some rated items are facts a rule of the generator rejects (``overruled`` in the features file):
they are rated to check the rules, and the fit takes the rule as one more feature (vague, claim,
obvious, trivial) so that what it learns of the other features holds for the facts the rules let
through; only those other weights ship.

Printed: each rule's acceptance (how often raters accepted what it rejects), and the model under
cross-validation by page (each page's items scored by a model fitted on the other pages): its
AUC and the accepted share of the best-scored items, which says whether a cut under some score
would pay. The fit is plain batch gradient descent from zero with L2 regularisation, so it is
deterministic. Report the ranker's figures on pages it was not fitted on, never these.
"""

from __future__ import annotations

import csv
import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

RANKER = Path(__file__).resolve().parents[1] / "generator" / "ranker.json"
STEPS, RATE, L2 = 5000, 0.5, 0.01
FOLDS = 5
SHARES = (0.3, 0.5, 0.8, 1.0)
RULES = ("vague", "claim", "obvious", "trivial")


@dataclass(frozen=True)
class Rated:
    """Rated items as a matrix: the ranking's features, then one column a rule."""

    names: list[str]
    features: np.ndarray
    labels: np.ndarray
    pages: list[str]
    rules: list[str | None]


def rule_family(overruled: str | None) -> str | None:
    if overruled is None:
        return None
    if overruled.startswith("a claim"):
        return "claim"
    return overruled.split(":")[0]


def load(stem: Path, names: list[str] | None = None) -> Rated:
    with stem.with_suffix(".tsv").open(encoding="utf-8") as file:
        verdicts = {(row["page"], row["item"]): row for row in csv.DictReader(file, delimiter="\t")}
    rows, labels, pages, rules = [], [], [], []
    for line in stem.with_suffix(".features.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        verdict = verdicts.get((record["page"], str(record["item"])))
        if verdict is None or verdict["defects"].strip() == "duplicate":
            continue
        names = names or sorted(record["features"])
        if set(record["features"]) != set(names):
            raise SystemExit(f"{stem.name}: written with other features than the other sets")
        family = rule_family(record.get("overruled"))
        rows.append([record["features"][name] for name in names] + [float(family == r) for r in RULES])
        labels.append(1.0 if verdict["verdict"] == "ACCEPT" else 0.0)
        pages.append(f"{stem.name}:{record['page']}")
        rules.append(family)
    return Rated(names or [], np.array(rows), np.array(labels), pages, rules)


def load_all(stems: list[Path]) -> Rated:
    first = load(stems[0])
    loaded = [first, *(load(stem, first.names) for stem in stems[1:])]
    return Rated(
        first.names,
        np.vstack([rated.features for rated in loaded]),
        np.concatenate([rated.labels for rated in loaded]),
        [page for rated in loaded for page in rated.pages],
        [rule for rated in loaded for rule in rated.rules],
    )


def fit(features: np.ndarray, labels: np.ndarray) -> tuple[float, np.ndarray]:
    bias, weights = 0.0, np.zeros(features.shape[1])
    for _ in range(STEPS):
        predicted = 1 / (1 + np.exp(-(features @ weights + bias)))
        error = predicted - labels
        weights -= RATE * (features.T @ error / len(labels) + L2 * weights)
        bias -= RATE * float(error.mean())
    return bias, weights


def cross_validated(rated: Rated) -> np.ndarray:
    """Each item's score from a model fitted without its page (pages dealt to ``FOLDS`` folds)."""
    page_names = sorted(set(rated.pages))
    fold_of = {page: number % FOLDS for number, page in enumerate(page_names)}
    folds = np.array([fold_of[page] for page in rated.pages])
    scores = np.zeros(len(rated.labels))
    for fold in range(FOLDS):
        held = folds == fold
        bias, weights = fit(rated.features[~held], rated.labels[~held])
        scores[held] = rated.features[held] @ weights + bias
    return scores


def auc(scores: np.ndarray, labels: np.ndarray) -> float:
    """The chance that an accepted item outscores a rejected one."""
    accepted, rejected = scores[labels == 1], scores[labels == 0]
    above = (accepted[:, None] > rejected[None, :]).sum()
    tied = (accepted[:, None] == rejected[None, :]).sum()
    return float((above + 0.5 * tied) / max(len(accepted) * len(rejected), 1))


def accepted_among_best(scores: np.ndarray, labels: np.ndarray, share: float) -> float:
    """The accepted share among the best-scored ``share`` of the items."""
    count = max(1, int(len(scores) * share))
    return float(labels[np.argsort(-scores, kind="stable")[:count]].mean())


def report_rules(rated: Rated) -> None:
    families: dict[str | None, list[float]] = defaultdict(list)
    for rule, label in zip(rated.rules, rated.labels, strict=True):
        families[rule].append(label)
    print("acceptance of what each rule rejects (raters' verdicts):")
    for rule, labels in sorted(families.items(), key=lambda item: str(item[0])):
        name = rule or "(no rule: what the generator asks)"
        print(f"  {name:36} {int(sum(labels)):4d} of {len(labels):4d} ({np.mean(labels):.0%})")


def main(stems: list[Path]) -> None:
    rated = load_all(stems)
    labels = rated.labels
    print(f"{len(labels)} rated items, {int(labels.sum())} accepted ({labels.mean():.0%})")
    report_rules(rated)
    asked = np.array([rule is None for rule in rated.rules])
    held_out = cross_validated(rated)
    print(f"cross-validated by page, on the {asked.sum()} items no rule rejects:")
    print(f"  AUC {auc(held_out[asked], labels[asked]):.2f}; accepted among the best-scored:")
    for share in SHARES:
        print(f"    {share:4.0%}: {accepted_among_best(held_out[asked], labels[asked], share):.0%}")
    bias, weights = fit(rated.features, labels)
    fitted = {
        "bias": round(bias, 4),
        **{name: round(float(value), 4) for name, value in zip(rated.names, weights, strict=False)},
    }
    for name, value in [*fitted.items(), *zip(RULES, weights[len(rated.names) :], strict=True)]:
        print(f"  {name:16} {value:+.3f}")
    document = {
        "about": "Logistic-regression weights of the ranking's features, fitted by quality/ranker.py on "
        + " and ".join(stem.name for stem in stems)
        + ".",
        "weights": fitted,
    }
    RANKER.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main([Path(argument) for argument in sys.argv[1:]])
