"""Fit the ranker's weights to blind ratings: a logistic regression from the ranking's features.

    python -m quality.ranker quality/ratings/tuning-01-25 \
        quality/ratings/tuning-candidates-01-25-second

Prints the fit and writes generator/ranker.json. Joins, for each rated set, ``NAME.tsv`` (raters'
verdicts: page, item, verdict, defects, …) with ``NAME.features.jsonl`` (the features of each
rated item, written by ``quality.rating candidates``). An item rejected only
as a duplicate is left out: that is the selection's doing (which facts go together), not something
the ranker scores. The fit is plain batch gradient descent from zero with L2 regularisation, so it
is deterministic. Report the ranker's figures on pages it was not fitted on, never these.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import numpy as np

from generator.ranking import weights as current_weights

RANKER = Path(__file__).resolve().parents[1] / "generator" / "ranker.json"
STEPS, RATE, L2 = 5000, 0.5, 0.01


def load(stem: Path) -> tuple[list[str], np.ndarray, np.ndarray]:
    with stem.with_suffix(".tsv").open(encoding="utf-8") as file:
        verdicts = {(row["page"], row["item"]): row for row in csv.DictReader(file, delimiter="\t")}
    names: list[str] = []
    rows, labels = [], []
    for line in stem.with_suffix(".features.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        verdict = verdicts.get((record["page"], str(record["item"])))
        if verdict is None or verdict["defects"].strip() == "duplicate":
            continue
        names = names or sorted(record["features"])
        rows.append([record["features"][name] for name in names])
        labels.append(1.0 if verdict["verdict"] == "ACCEPT" else 0.0)
    return names, np.array(rows), np.array(labels)


def fit(features: np.ndarray, labels: np.ndarray) -> tuple[float, np.ndarray]:
    bias, weights = 0.0, np.zeros(features.shape[1])
    for _ in range(STEPS):
        predicted = 1 / (1 + np.exp(-(features @ weights + bias)))
        error = predicted - labels
        weights -= RATE * (features.T @ error / len(labels) + L2 * weights)
        bias -= RATE * float(error.mean())
    return bias, weights


def top_share(scores: np.ndarray, labels: np.ndarray, share: float = 0.3) -> float:
    """The accepted share among the best-scored ``share`` of the items."""
    count = max(1, int(len(scores) * share))
    order = np.argsort(-scores, kind="stable")[:count]
    return float(labels[order].mean())


def load_all(stems: list[Path]) -> tuple[list[str], np.ndarray, np.ndarray]:
    loaded = [load(stem) for stem in stems]
    names = loaded[0][0]
    if any(other != names for other, _, _ in loaded):
        raise SystemExit("the rated sets were written with different features")
    return (
        names,
        np.vstack([rows for _, rows, _ in loaded]),
        np.concatenate([labels for _, _, labels in loaded]),
    )


def main(stems: list[Path]) -> None:
    names, features, labels = load_all(stems)
    bias, weights = fit(features, labels)
    old = current_weights()
    before = features @ np.array([old[name] for name in names]) + old["bias"]
    after = features @ weights + bias
    print(f"{len(labels)} rated items, {int(labels.sum())} accepted ({labels.mean():.0%})")
    print(
        f"accepted share of the best 30%: hand-set weights {top_share(before, labels):.0%},",
        f"fitted {top_share(after, labels):.0%}",
    )
    print("(on the items it was fitted on: an optimistic figure, never the one to report)")
    fitted = {
        "bias": round(bias, 4),
        **{name: round(float(value), 4) for name, value in zip(names, weights, strict=True)},
    }
    for name, value in fitted.items():
        print(f"  {name:12} {value:+.3f}")
    document = {
        "about": "Logistic-regression weights of the ranking's features, fitted by quality/ranker.py on "
        + " and ".join(stem.name for stem in stems)
        + ".",
        "weights": fitted,
    }
    RANKER.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main([Path(argument) for argument in sys.argv[1:]])
