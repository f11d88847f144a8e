"""Export: choose decks and tags, see how many notes that makes, download the Anki package (.apkg)
or the CSV for Anki's File > Import."""

from __future__ import annotations

import streamlit as st

import app
from questions import choosing
from questions.anki_export import apkg_bytes, selected
from questions.csv_export import csv_text
from views import widgets

st.title("Export to Anki", anchor=False)
bank = app.current_bank()
if not bank.entries:
    widgets.no_decks_yet()
    st.stop()

decks, _, tags = choosing.filter_options(bank)
names = {entry.key: entry.deck.name for entry in bank.entries}
st.multiselect("Decks", decks, key="export-decks", format_func=names.__getitem__, placeholder="All decks")
st.multiselect("Only questions with any of these tags", tags, key="export-tags", placeholder="Any tag")
chosen = st.session_state.get("export-decks") or decks
chosen_tags = st.session_state.get("export-tags") or None
chosen_decks = [entry.deck for entry in bank.entries if entry.key in chosen]
notes = sum(1 for _ in selected(chosen_decks, tags=chosen_tags))

st.metric("Notes", notes)
if bank.errors:  # never a silent partial export: name the deck files whose questions are missing
    missing = ", ".join(error.path.name for error in bank.errors)
    st.warning(
        f"Left out, as they could not be read whole: {app.literal(missing)}. Fix them in the Bank page."
    )
if not notes:
    st.warning("No question matches: choose other decks or tags.")
buttons = st.container(horizontal=True)
buttons.download_button(
    "Download the Anki deck (.apkg)",
    data=lambda: apkg_bytes(chosen_decks, tags=chosen_tags, now=app.now()),
    file_name="news-quiz.apkg",
    mime="application/octet-stream",
    type="primary",
    icon=":material/download:",
    disabled=not notes,
    on_click="ignore",
)
buttons.download_button(
    "Download CSV",
    data=lambda: csv_text(chosen_decks, tags=chosen_tags),
    file_name="news-quiz.csv",
    mime="text/csv",
    icon=":material/table:",
    disabled=not notes,
    on_click="ignore",
)
st.caption(
    "In Anki: File › Import. Importing a newer export updates the notes you edited and never duplicates one."
)
