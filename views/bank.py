"""Bank: every question, searched and filtered; edit one (errors shown next to each field), add one
by hand, delete one. Each change is saved to its deck file at once (atomically, by
questions.editing). A broken deck file is listed with its problems; the others still work."""

from __future__ import annotations

from functools import partial

import streamlit as st

import app
from questions import choosing, question_form
from questions.bank import Bank, DeckEntry
from questions.deck_admin import delete_deck, rename_deck
from questions.deck_file_error import DeckFileError
from questions.editing import EditError, delete_question, save_questions
from questions.kinds import KIND_NAMES
from questions.placement import place
from questions.question import Kind
from views import widgets

NEW_DECK = "\x00new"
ADD = "add"
TABS = ("Browse and edit", "Add a question")


def edit_key(question_id: str) -> str:
    return f"edit-{question_id}"


def errors_of(key: str) -> dict[str, str]:
    errors: dict[str, str] = st.session_state["form_errors"].get(key, {})
    return errors


def set_errors(key: str, errors: dict[str, str] | None) -> None:
    if errors:
        st.session_state["form_errors"][key] = errors
    else:
        st.session_state["form_errors"].pop(key, None)


def on_save(question_id: str) -> None:
    key = edit_key(question_id)
    found = app.current_bank().find(question_id)
    if found is None:
        set_errors(key, {"form": "This question is no longer in the bank (deleted meanwhile?)."})
        return
    entry, original = found
    try:
        question = question_form.question_from_form(
            widgets.form_values(key), original=original, now=app.now()
        )
        save_questions(entry, [question], now=app.now())
    except question_form.FormErrors as error:
        set_errors(key, error.errors)
        return
    except (EditError, DeckFileError) as error:
        set_errors(key, {"form": str(error)})
        return
    set_errors(key, None)
    st.session_state["notice"] = f"Saved to {entry.path.name}."


def on_add() -> None:
    state = st.session_state
    bank = app.current_bank()
    try:
        question = question_form.question_from_form(widgets.form_values(ADD), original=None, now=app.now())
    except question_form.FormErrors as error:
        set_errors(ADD, error.errors)
        return
    deck_choice = state.get("add-deck")
    try:
        if deck_choice == NEW_DECK or deck_choice is None:
            name = str(state.get("add-deck-name") or "").strip()
            if not name:
                set_errors(ADD, {"deck": "give the new deck a name"})
                return
        else:
            name = bank.entry(deck_choice).deck.name
        placement = place([question], folder=bank.folder, deck=name, now=app.now())
    except (EditError, DeckFileError, KeyError) as error:
        set_errors(ADD, {"deck": str(error)})
        return
    set_errors(ADD, None)
    widgets.forget_form(ADD)
    state.pop("add-deck-name", None)
    state["notice"] = f"Added to {placement.name} ({placement.path.name})."


def on_ask_delete(question_id: str) -> None:
    st.session_state["confirm_delete"] = question_id


def on_cancel_delete() -> None:
    st.session_state["confirm_delete"] = None


def on_delete(question_id: str) -> None:
    state = st.session_state
    state["confirm_delete"] = None
    found = app.current_bank().find(question_id)
    if found is None:
        return
    try:
        entry = delete_question(found[0], question_id)
    except (EditError, DeckFileError) as error:
        set_errors(edit_key(question_id), {"form": str(error)})
        return
    widgets.forget_form(edit_key(question_id))
    state.pop("bank-edit", None)
    state["notice"] = f"Deleted from {entry.path.name}."


def on_rename_deck(key: str) -> None:
    try:
        entry = rename_deck(app.current_bank(), key, str(st.session_state.get(f"deck-{key}-name") or ""))
    except (EditError, DeckFileError) as error:
        set_errors(f"deck-{key}", {"name": str(error)})
        return
    set_errors(f"deck-{key}", None)
    st.session_state["notice"] = f"Renamed to {entry.deck.name}."


def on_delete_deck(key: str) -> None:
    try:
        path = delete_deck(app.current_bank(), key)
    except EditError as error:
        set_errors(f"deck-{key}", {"name": str(error)})
        return
    st.session_state["notice"] = f"Deleted the deck {path.name}."


def deck_menu(entry: DeckEntry) -> None:
    """Rename or delete a whole deck (a delete asks first)."""
    key = f"deck-{entry.key}"
    with st.popover("Deck", icon=":material/settings:", key=f"{key}-menu"):
        st.text_input("Name", value=entry.deck.name, key=f"{key}-name")
        widgets.field_error(errors_of(key), "name")
        st.button("Rename", key=f"{key}-rename", on_click=on_rename_deck, args=(entry.key,))
        count = len(entry.deck.questions)
        confirmed = st.checkbox(
            f"Also delete its {count} question{'s' if count != 1 else ''}", key=f"{key}-confirm"
        )
        st.button(
            "Delete the deck",
            key=f"{key}-delete",
            on_click=on_delete_deck,
            args=(entry.key,),
            disabled=not confirmed,
            icon=":material/delete:",
        )


def broken_decks(bank: Bank) -> None:
    loaded = {entry.path for entry in bank.entries}
    for error in bank.errors:
        what = "has questions left out" if error.path in loaded else "could not be loaded"
        st.error(
            f"{app.literal(error.path.name)} {what} (the other decks still work):",
            icon=":material/error:",
        )
        st.code(str(error), language=None, wrap_lines=True)


def editor(bank: Bank, question_id: str) -> None:
    found = bank.find(question_id)
    if found is None:
        return
    entry, question = found
    key = edit_key(question_id)
    with st.container(border=True):
        st.caption(
            f"In {app.literal(entry.deck.name)} ({app.literal(entry.path.name)}), "
            f"id {app.literal(question.id)}"
        )
        widgets.question_form(
            key,
            question_form.form_of(question),
            errors=errors_of(key),
            submit_label="Save",
            on_submit=on_save,
            args=(question_id,),
        )
        if question.source is not None:
            with st.expander("Source"):
                widgets.source(question.source)
        if st.session_state["confirm_delete"] == question_id:
            st.warning(
                "Delete this question from its deck? This cannot be undone.", icon=":material/warning:"
            )
            buttons = st.container(horizontal=True)
            buttons.button(
                "Yes, delete it",
                type="primary",
                on_click=on_delete,
                args=(question_id,),
                key=f"{key}-delete-yes",
            )
            buttons.button("Cancel", on_click=on_cancel_delete, key=f"{key}-delete-no")
        else:
            st.button(
                "Delete this question",
                on_click=on_ask_delete,
                args=(question_id,),
                key=f"{key}-delete",
                icon=":material/delete:",
            )


def on_row_selected(table_key: str, deck_key: str, question_ids: list[str]) -> None:
    """A click on a row (its box, or any of its cells) opens that question in the editor, right
    under the table, where the learner is looking."""
    selection = st.session_state[table_key].selection
    rows = selection.rows or [row for row, _ in selection.cells]
    if rows:
        st.session_state["bank-edit"] = question_ids[rows[0]]
        st.session_state["bank-edit-under"] = deck_key


def on_edit_chosen() -> None:
    """A question chosen in the list above the tables opens right under that list."""
    st.session_state["bank-edit-under"] = None


def browse(bank: Bank) -> None:
    decks, kinds, tags = choosing.filter_options(bank)
    names = {entry.key: entry.deck.name for entry in bank.entries}
    st.text_input(
        "Search",
        key="bank-search",
        placeholder="Words in a question, answer, choice or tag",
        icon=":material/search:",
        persist_state="session",
    )
    deck_column, kind_column, tag_column = st.columns(3)
    deck_column.multiselect(
        "Decks",
        decks,
        key="bank-decks",
        format_func=names.__getitem__,
        placeholder="All decks",
        persist_state="session",
    )
    widgets.kinds_filter(kind_column, kinds, key="bank-kinds")
    tag_column.multiselect("Tags", tags, key="bank-tags", placeholder="Any tag", persist_state="session")
    state = st.session_state
    found = choosing.matching_questions(
        bank,
        decks=state.get("bank-decks"),
        kinds=state.get("bank-kinds"),
        tags=state.get("bank-tags"),
        text=state.get("bank-search") or "",
    )
    total = len(bank.questions())
    st.caption(f"{len(found)} of {total} question{'s' if total != 1 else ''} · click a row to edit it")
    prompts = {question.id: question.prompt for _, question in found}
    selected = st.selectbox(
        "Edit a question",
        list(prompts),
        key="bank-edit",
        index=None,
        format_func=lambda question_id: prompts.get(question_id, question_id),
        placeholder="Choose a question to edit or delete",
        persist_state="session",
        on_change=on_edit_chosen,
    )
    under = state["bank-edit-under"]
    if not any(key == under and question.id == selected for key, question in found):
        under = None  # its table is not shown (filtered out): the editor opens under the list
    if selected and under is None:
        editor(bank, selected)
    for entry in bank.entries:
        in_deck = [question for key, question in found if key == entry.key]
        if not in_deck and entry.deck.questions:
            continue
        rows = [
            {
                "kind": KIND_NAMES[question.kind],
                "question": question.prompt,
                "answer": question.answer_text,
                "tags": " ".join(question.tags),
            }
            for question in in_deck
        ]
        heading = st.container(horizontal=True, vertical_alignment="center")
        with heading:
            st.subheader(app.literal(entry.deck.name), anchor=False, width="content")
            deck_menu(entry)
        if entry.deck.description:
            st.caption(app.literal(entry.deck.description))
        if not in_deck:
            st.caption("No questions in this deck.")
            continue
        table_key = f"bank-rows-{entry.key}"
        st.dataframe(
            rows,
            hide_index=True,
            width="stretch",
            key=table_key,
            on_select=partial(on_row_selected, table_key, entry.key, [question.id for question in in_deck]),
            selection_mode=["single-row", "single-cell"],
        )
        if selected and under == entry.key:
            editor(bank, selected)


def add(bank: Bank) -> None:
    names = {entry.key: entry.deck.name for entry in bank.entries}
    st.selectbox(
        "Deck",
        [*names, NEW_DECK],
        key="add-deck",
        format_func=lambda key: "New deck…" if key == NEW_DECK else names.get(key, key),
    )
    if st.session_state.get("add-deck", NEW_DECK) == NEW_DECK:
        st.text_input("New deck name", key="add-deck-name")
    widgets.field_error(errors_of(ADD), "deck")
    widgets.question_form(
        ADD,
        question_form.QuestionForm(kind=Kind.WH),
        errors=errors_of(ADD),
        submit_label="Add the question",
        on_submit=on_add,
    )


st.title("Bank", anchor=False)
bank = app.current_bank()
notice = st.session_state["notice"]
if notice:  # a toast, not a line at the top: the page keeps its layout and scroll position
    st.toast(app.literal(notice), icon=":material/check_circle:")
    st.session_state["notice"] = None
broken_decks(bank)
if not bank.entries and not bank.errors:
    st.info(
        "No decks yet: generate one from an article, add a question below, or put a deck file in the "
        "bank folder:",
        icon=":material/lightbulb:",
    )
    st.code(str(bank.folder), language=None)
browse_tab, add_tab = st.tabs(TABS, key="bank-tab", on_change="rerun")  # stays open after a save
if browse_tab.open:
    with browse_tab:
        if bank.entries:
            browse(bank)
        else:
            st.caption("No questions yet.")
if add_tab.open:
    with add_tab:
        add(bank)
