"""Which language an article is written in, told from its script and its most common words.

Function words ("the", "der", "le", "och") make up a third or more of any running text, and each
language has its own set, so their share names a Latin-script language reliably once a text has a
few dozen words. Other scripts name their language directly. Nothing is downloaded or trained.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

MIN_WORDS = 20
"""Below this many words a text is too short to judge."""

_SAMPLE_CHARS = 20_000
_MIN_SHARE = 0.08
"""The least share of function words for a language to be named at all."""

_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    name: frozenset(words.split())
    for name, words in {
        "English": "the of and to a in that is was for it on with as his her he she they be at by this had "
        "from not are but have has were been which their an its who or said would after than them there "
        "when more about into these other what we our you your",
        "German": "der die das und ist nicht ein eine zu den dem des von mit sich auf für im auch es sie er "
        "wird wurde bei als nach aus noch wie hat haben sind einer eines oder aber über dass werden vor "
        "zum zur um",
        "French": "le la les de des du un une et est en que qui dans pour pas sur au aux avec il elle ce "
        "cette sont par plus ont été ne se son sa ses mais leur nous vous",
        "Spanish": "el la los las de del y en que es un una por con para se no su sus al lo como más pero "
        "fue ha han este esta son entre sobre también desde",
        "Italian": "il lo la gli le di del della dei e è che un una per con non si sono da nel nella al "
        "alla anche come più ma ha hanno stato dopo questo questa",
        "Portuguese": "o a os as de do da dos das e é que um uma em no na nos nas para com não por se mais "
        "foi ao pelo pela como mas são também seu sua",
        "Dutch": "de het een en van in is dat op te zijn met voor niet die er aan ook als bij door maar om "
        "nog naar uit over wordt werd hij zij ze worden heeft hebben tot",
        "Swedish": "och att det som en ett är på av för med till den har inte om de var jag han hon vi men "
        "från kan ska efter också vid sig eller",
        "Danish": "og at det som en et er på af for med til den har ikke om de var jeg han hun vi men fra "
        "kan skal efter også ved sig eller blev",
        "Norwegian": "og å det som en et er på av for med til den har ikke om de var jeg han hun vi men fra "
        "kan skal etter også ved seg eller ble",
        "Polish": "i w z na się nie to do że jest o jak po ale od za co tak przez dla jego już są było być "
        "który która które oraz",
        "Turkish": "ve bir bu da de için ile çok olan olarak daha gibi ama ne en o ki değil kadar sonra her "
        "var yok şu tarafından",
        "Indonesian": "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke adalah oleh "
        "karena ada mereka sudah telah bisa atau saat",
        "Finnish": "ja on ei että se oli ovat myös kun mutta tai hän he joka jotka ole sekä vuonna mukaan",
    }.items()
}

# Start of each Unicode block and the script it holds; None for Latin, punctuation and the like.
_BLOCKS: list[tuple[int, str | None]] = [
    (0x0000, None),
    (0x0370, "Greek"),
    (0x0400, "Cyrillic"),
    (0x0530, None),
    (0x0590, "Hebrew"),
    (0x0600, "Arabic"),
    (0x0780, None),
    (0x0900, "Devanagari"),
    (0x0980, None),
    (0x0E00, "Thai"),
    (0x0E80, None),
    (0x1100, "Hangul"),
    (0x1200, None),
    (0x3040, "Kana"),
    (0x3100, None),
    (0x3130, "Hangul"),
    (0x3190, None),
    (0x4E00, "Han"),
    (0xA000, None),
    (0xAC00, "Hangul"),
    (0xD7B0, None),
]
_BLOCK_STARTS = [start for start, _ in _BLOCKS]
_SCRIPT_LANGUAGE = {
    "Greek": "Greek",
    "Hebrew": "Hebrew",
    "Devanagari": "Hindi",
    "Thai": "Thai",
    "Hangul": "Korean",
    "Kana": "Japanese",
}
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _script(char: str) -> str | None:
    return _BLOCKS[bisect_right(_BLOCK_STARTS, ord(char)) - 1][1]


def _script_language(*, scripts: Counter[str | None], sample: str) -> str:
    script = max((name for name in scripts if name), key=lambda name: scripts[name])
    if script == "Cyrillic":
        if re.search("[іїєґ]", sample, re.IGNORECASE):
            return "Ukrainian"
        return "Serbian" if re.search("[ђјљњћџ]", sample, re.IGNORECASE) else "Russian"
    if script == "Arabic":
        if re.search("[ٹڈڑںے]", sample):
            return "Urdu"
        return "Persian" if re.search("[پچژگ]", sample) else "Arabic"
    if script == "Han":
        return "Japanese" if scripts["Kana"] else "Chinese"
    return _SCRIPT_LANGUAGE[script]


def detect_language(text: str) -> str | None:
    """The English name of the language ``text`` is in, or None when it is too short or unclear to tell."""
    sample = text[:_SAMPLE_CHARS]
    letters = [char for char in sample if char.isalpha()]
    scripts = Counter(_script(char) for char in letters)
    if len(letters) >= 2 * MIN_WORDS and scripts[None] < len(letters) / 2:
        return _script_language(scripts=scripts, sample=sample)
    words = [word.casefold() for word in _WORD.findall(sample)]
    if len(words) < MIN_WORDS:
        return None
    counts = Counter(words)
    shares = {
        name: sum(counts[word] for word in vocabulary) / len(words)
        for name, vocabulary in _FUNCTION_WORDS.items()
    }
    best = max(shares, key=lambda name: shares[name])
    return best if shares[best] >= _MIN_SHARE else None


__all__ = ["MIN_WORDS", "detect_language"]
