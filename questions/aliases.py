"""Other names for the answer: abbreviations ("UN" for the United Nations) and surnames ("Castro").

An abbreviation is accepted when it is the initials of the answer, when the answer is
initials and the learner spelt out a name that the question's text or the lexicon gives
for them, or when the lexicon names both as one referent. A surname is accepted for a
person's full name when nothing in the question names another person with that surname, and a
full name for a surname answer when the question writes that full name and no namesake.
"""

from __future__ import annotations

import re

from questions.gazetteer import is_major_place, names_in, place_kind
from questions.lexicon import fold, lexicon, name_key

_LETTERS = re.compile(r"[^\W\d_]+")
_LONGEST_INITIALS = 6
_SHORTEST_SURNAME = 2


def _initials(text: str) -> str:
    words = _LETTERS.findall(fold(text))
    return "".join(word[0] for word in words if word not in lexicon().joining_words)


def _is_initials(text: str) -> bool:
    key = name_key(text)
    return 2 <= len(key) <= _LONGEST_INITIALS and key.isalpha() and " " not in text.strip()


def _same_referent(given_key: str, expected_key: str) -> bool:
    return any(given_key in keys and expected_key in keys for keys in lexicon().same_referent)


def _initial_for_a_word(given: str, expected: str) -> bool:
    """ "S. Korea" for "South Korea": each word in full or as its initial, one at least in full."""
    written, meant = given.split(), expected.split()
    if len(written) != len(meant):
        return False
    pairs = [(name_key(w), name_key(m)) for w, m in zip(written, meant, strict=True)]
    initials = [w for w, m in pairs if w != m and len(w) == 1 and w.isalpha() and m.startswith(w)]
    in_full = [w for w, m in pairs if w == m]
    return bool(initials) and bool(in_full) and len(initials) + len(in_full) == len(pairs)


def is_abbreviation(given: str, expected: str, *, context: str) -> bool:
    """``given`` and ``expected`` name one thing, one of them abbreviated (or both in the lexicon)."""
    given_key, expected_key = name_key(given), name_key(expected)
    if not given_key or given_key == expected_key:
        return False
    if _same_referent(given_key, expected_key) or _initial_for_a_word(given, expected):
        return True
    if _is_initials(given) and len(expected.split()) > 1:
        return given_key == _initials(expected)
    if _is_initials(expected) and len(given.split()) > 1 and _initials(given) == expected_key:
        # Spelt out: only a name the question itself writes ("the United Nations (UN)").
        return given_key in name_key(context)
    return False


def _could_be_a_person(expected: str) -> bool:
    words = expected.split()
    if not 2 <= len(words) <= 4:
        return False
    if not all(word[0].isupper() for word in words if fold(word) not in lexicon().joining_words):
        return False
    first, last = name_key(words[0]), name_key(words[-1])
    if first in lexicon().place_first_words or last in lexicon().institution_last_words:
        return False
    return place_kind(expected) is None and not is_major_place(words[-1])


def _surname(name: str) -> str:
    words = [name_key(word) for word in name.split()]
    return words[0] if words[0] in lexicon().surname_first else words[-1]


def surname_namesakes(given: str, expected: str, *, context: str) -> tuple[str, ...] | None:
    """None when ``given`` is not the surname of the person ``expected``; else the other people in
    ``context`` with that surname (none: the surname is unambiguous)."""
    given_key = name_key(given)
    if len(given_key) < _SHORTEST_SURNAME or given_key != _surname(expected):
        return None
    if not _could_be_a_person(expected):
        return None
    expected_key = name_key(expected)
    return tuple(
        name
        for name in names_in(context)
        if len(name.split()) > 1 and _surname(name) == given_key and not name_key(name).endswith(expected_key)
    )


def is_full_name(given: str, expected: str, *, context: str) -> bool:
    """ "Fidel Castro" for "Castro": the question writes that full name, and no other with it."""
    if len(expected.split()) != 1 or len(given.split()) < 2 or _surname(given) != name_key(expected):
        return False
    given_key = name_key(given)
    people = [
        name for name in names_in(context) if len(name.split()) > 1 and _surname(name) == _surname(given)
    ]
    return bool(people) and all(name_key(name).endswith(given_key) for name in people)


__all__ = ["is_abbreviation", "is_full_name", "surname_namesakes"]
