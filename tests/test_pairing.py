"""Pairing two versions' items for the same raters: the folder hides which list is which, the
key beside it tells, and a rater's verdicts score each version."""

from __future__ import annotations

from pathlib import Path

from quality.pairing import Tally, key_path, pair, score

HARLOW = "The Harlow council bought a second ferry in 2019."


def versions(tmp_path: Path) -> tuple[Path, Path]:
    before, after = tmp_path / "before", tmp_path / "after"
    for folder, ferry_items in ((before, "1. [question] When did Harlow buy a ferry?\n"), (after, "")):
        folder.mkdir()
        for name, items in (("ferry", ferry_items), ("bridge", "1. [true or false] The bridge opened.\n")):
            (folder / f"{name}.article.txt").write_text(f"{HARLOW} ({name})", encoding="utf-8")
            (folder / f"{name}.items.txt").write_text(items, encoding="utf-8")
    return before, after


def test_a_changed_page_is_listed_twice_and_the_key_is_kept_out_of_the_folder(tmp_path: Path) -> None:
    before, after = versions(tmp_path)
    out = tmp_path / "joint"
    pair(out, before, after)
    assert sorted(path.name for path in out.iterdir()) == [
        "bridge.article.txt",
        "bridge.items.txt",
        "ferry-1.article.txt",
        "ferry-1.items.txt",
        "ferry-2.article.txt",
        "ferry-2.items.txt",
    ]
    key = key_path(out).read_text(encoding="utf-8").splitlines()
    assert key[0] == "listed\tversion\tpage" and "bridge\tboth\tbridge" in key
    versions_of_ferry = {line.split("\t")[1] for line in key if line.startswith("ferry-")}
    assert versions_of_ferry == {"before", "after"}
    before_listed = next(
        line.split("\t")[0] for line in key if line.split("\t")[1] == "before" and "ferry" in line
    )
    assert (out / f"{before_listed}.items.txt").read_text(encoding="utf-8").startswith("1. [question]")
    assert (out / "ferry-1.article.txt").read_text(encoding="utf-8") == f"{HARLOW} (ferry)"


def test_the_same_draw_every_time(tmp_path: Path) -> None:
    before, after = versions(tmp_path)
    pair(tmp_path / "one", before, after, seed=3)
    pair(tmp_path / "two", before, after, seed=3)
    assert key_path(tmp_path / "one").read_text() == key_path(tmp_path / "two").read_text()


def test_one_rater_s_verdicts_score_both_versions(tmp_path: Path) -> None:
    before, after = versions(tmp_path)
    out = tmp_path / "joint"
    pair(out, before, after)
    key = key_path(out).read_text(encoding="utf-8").splitlines()
    ferry_before = next(line.split("\t")[0] for line in key if "\tbefore\t" in line)
    ratings = tmp_path / "ratings.tsv"
    ratings.write_text(
        "page\titem\tverdict\tdefects\tadequate_distractors\treason\n"
        f"{ferry_before}\t1\tACCEPT\t\t\tA clear question.\n"
        "bridge\t1\tREJECT\tvague\t\tWhich bridge?\n",
        encoding="utf-8",
    )
    assert score(out, ratings) == {"before": Tally(1, 2), "after": Tally(0, 1)}
