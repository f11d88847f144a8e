"""The Streamlit app. For now one page: the decks in the bank, their questions, and broken files."""

from __future__ import annotations

import re
from pathlib import Path

import streamlit as st

from questions.bank import Bank, fingerprint, load_bank
from questions.settings import bank_dir

_MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-.!<>|~$])")


def literal(text: str) -> str:
    """Text from a deck or an article, escaped so Markdown shows it as written."""
    return _MARKDOWN_SPECIALS.sub(r"\\\1", text)


@st.cache_data(show_spinner=False)
def cached_bank(folder: str, signature: tuple[tuple[str, int, int], ...]) -> Bank:
    """Reloaded only when a deck file changes: `signature` is part of the cache key."""
    return load_bank(Path(folder))


st.set_page_config(page_title="News quiz", page_icon="📰")
st.title("News quiz")
folder = bank_dir()
bank = cached_bank(str(folder), fingerprint(folder))

if not bank.entries and not bank.errors:
    st.info("No decks yet: add a deck file to the bank folder, or generate one from an article.")
    st.code(str(folder), language=None)
for error in bank.errors:
    st.error("A deck file could not be loaded (the other decks still work):")
    st.code(str(error), language=None)
for entry in bank.entries:
    st.subheader(literal(entry.deck.name), anchor=False)
    if entry.deck.description:
        st.text(entry.deck.description)
    st.dataframe(
        [{"kind": q.kind.value, "question": q.prompt, "answer": q.answer_text} for q in entry.deck.questions],
        hide_index=True,
        width="stretch",
    )
