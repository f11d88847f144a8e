"""Generate: paste an article or upload a .txt, .md or .html file; the generator's items come back
for review with their score and source sentence; each is accepted, edited or rejected (or all
accepted at once). Only an accepted item is written, into the chosen or a new deck. spaCy loads
here, once per server (st.cache_resource), and nowhere else."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Literal

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

import app
from generator.errors import ArticleError
from questions import question_form
from questions.bank import Bank
from questions.deck_file_error import DeckFileError
from questions.editing import EditError
from questions.kinds import KIND_NAMES
from questions.placement import place
from questions.question import Kind, Question
from views import web_input, widgets

_log = logging.getLogger(__name__)
NEW_DECK = "\x00new"
FILE_TYPES = ["txt", "md", "html", "htm"]
ERRORS = "generate"
ACCEPTED, REJECTED = "accepted", "rejected"


@st.cache_resource(show_spinner=False)
def load_generator() -> Callable[..., tuple[list[Question], list[str]]]:
    """The generator (items, and what ingest cut) with its spaCy model loaded: once per server."""
    from generator import generate_with_warnings
    from generator.analysis import load_model

    load_model()
    return generate_with_warnings


def items() -> list[Question]:
    generated: list[Question] = st.session_state["generated"]
    return generated


def decisions() -> dict[str, str]:
    decided: dict[str, str] = st.session_state["generated_decisions"]
    return decided


def set_error(message: str | None) -> None:
    if message:
        st.session_state["form_errors"][ERRORS] = {"deck": message}
    else:
        st.session_state["form_errors"].pop(ERRORS, None)


def on_generate() -> None:
    state = st.session_state
    uploaded = state.get("generate-file")
    text = str(state.get("generate-text") or "")
    source: str | bytes
    url: str | None = None
    if uploaded is not None:
        source, filename = uploaded.getvalue(), uploaded.name
    elif text.strip():
        source, filename = text, None
    elif web_input.link():
        source, filename, url = "", None, web_input.link()
    else:
        state["generate_error"] = "Paste an article's text or upload a file first."
        return
    state["generate_request"] = {
        "source": source,
        "filename": filename,
        "url": url,
        "limit": int(state.get("generate-limit") or 20),
        "kinds": [Kind(kind) for kind in state.get("generate-kinds") or []] or None,
        "published": state.get("generate-published"),
    }
    state["generate_error"] = None
    state["generate_warnings"] = []
    state["generate-article"] = False  # the article panel folds away for the items


def run_request(request: dict[str, Any]) -> None:
    """Generate with a progress indicator; keep the items for review, or the generator's error."""
    state = st.session_state
    with st.status("Generating quiz items…", expanded=True) as status:
        st.write("Loading the language model (the first time only)…")
        generate = load_generator()
        st.write("Reading the article and writing questions…")
        try:
            generated, warnings = web_input.generate_for(request, generate)
        except ArticleError as error:
            state["generate_error"] = str(error)
            status.update(label="The article could not be used", state="error", expanded=False)
            return
        except Exception as error:  # a bug in the generator: said in a line, the traceback to the log
            _log.exception("the generator failed on an article")
            state["generate_error"] = (
                f"The generator failed on this article ({type(error).__name__}). "
                "The article is still here and nothing was saved."
            )
            status.update(label="The generator failed", state="error", expanded=False)
            return
        status.update(
            label=f"{len(generated)} item{'s' if len(generated) != 1 else ''} to review",
            state="complete",
            expanded=False,
        )
    state["generate_warnings"] = warnings
    state["generated"] = generated
    state["generated_decisions"] = {}
    state["generated_editing"] = None
    if not generated:
        state["generate_error"] = "The generator found no fact to ask about in this article."
    title = next((item.source.title for item in generated if item.source and item.source.title), "")
    if title and not state.get("generate-deck-name"):
        state["generate-deck-name"] = title


def target_deck() -> str:
    """The name of the deck chosen for accepted items: an existing deck's, or the new one typed."""
    state = st.session_state
    choice = state.get("generate-deck")
    if choice and choice != NEW_DECK:
        return app.current_bank().entry(str(choice)).deck.name
    name = str(state.get("generate-deck-name") or "").strip()
    if not name:
        raise EditError("give the new deck a name")
    return name


def accept(chosen: list[Question]) -> None:
    if not chosen:
        return
    try:
        placement = place(chosen, folder=app.current_bank().folder, deck=target_deck(), now=app.now())
    except (EditError, DeckFileError, KeyError) as error:
        set_error(str(error))
        return
    set_error(None)
    st.session_state["generate-deck"] = placement.key
    for question in chosen:
        decisions()[question.id] = ACCEPTED
    st.session_state["notice"] = placement.summary()


def on_accept(question_id: str) -> None:
    accept([item for item in items() if item.id == question_id])


def on_accept_all() -> None:
    accept([item for item in items() if item.id not in decisions()])


def on_reject(question_id: str) -> None:
    decisions()[question_id] = REJECTED


def on_undo_reject() -> None:
    """Bring back the item rejected last."""
    rejected = [question_id for question_id, decision in decisions().items() if decision == REJECTED]
    if rejected:
        decisions().pop(rejected[-1])


def on_edit(question_id: str) -> None:
    st.session_state["generated_editing"] = question_id


def on_cancel_edit(question_id: str) -> None:
    st.session_state["generated_editing"] = None
    widgets.forget_form(f"gen-{question_id}")
    st.session_state["form_errors"].pop(f"gen-{question_id}", None)


def on_save_edit(question_id: str) -> None:
    key = f"gen-{question_id}"
    position = next((index for index, item in enumerate(items()) if item.id == question_id), None)
    if position is None:
        return
    try:
        edited = question_form.question_from_form(
            widgets.form_values(key), original=items()[position], now=app.now()
        )
    except question_form.FormErrors as error:
        st.session_state["form_errors"][key] = error.errors
        return
    st.session_state["form_errors"].pop(key, None)
    items()[position] = edited
    accept([edited])
    if decisions().get(question_id) == ACCEPTED:
        st.session_state["generated_editing"] = None
        widgets.forget_form(key)


def on_clear() -> None:
    state = st.session_state
    state["generated"] = []
    state["generated_decisions"] = {}
    state["generated_editing"] = None
    state["generate_error"] = None
    set_error(None)


def article_input() -> None:
    st.file_uploader(
        "Upload an article (.txt, .md or .html)", type=FILE_TYPES, key="generate-file", max_upload_size=10
    )
    st.text_area(
        "…or paste its text", key="generate-text", height=160, placeholder="Paste a news article here"
    )
    web_input.link_field()
    limit_column, kinds_column = st.columns(2)
    limit_column.number_input(
        "At most this many items", min_value=1, max_value=100, key="generate-limit", persist_state="session"
    )
    widgets.kinds_filter(kinds_column, Kind, key="generate-kinds")
    st.date_input(
        "Published on (for an article without its date)",
        value=None,
        key="generate-published",
        help='"On Tuesday" and "last year" are then written out as dates; a page keeps its own date.',
    )
    st.button("Generate quiz items", type="primary", on_click=on_generate, icon=":material/auto_awesome:")


def deck_choice(bank: Bank) -> None:
    names = {entry.key: entry.deck.name for entry in bank.entries}
    if st.session_state.get("generate-deck") not in (*names, NEW_DECK):
        st.session_state["generate-deck"] = NEW_DECK
    st.selectbox(
        "Accepted items go into",
        [NEW_DECK, *names],
        key="generate-deck",
        format_func=lambda key: "A new deck" if key == NEW_DECK else names.get(key, key),
        persist_state="session",
    )
    if st.session_state.get("generate-deck") == NEW_DECK:
        st.text_input("New deck name", key="generate-deck-name", persist_state="session")
    widgets.field_error(st.session_state["form_errors"].get(ERRORS, {}), "deck")


def item_card(bank: Bank, item: Question, *, keys: bool = False, list_title: str = "") -> None:
    """One generated item, compact: what it is and its buttons on one line, the question, the
    answer (among its choices), and the source sentence in small print (with its article's title
    when the list's heading does not name it). With ``keys`` (the first item to decide), its buttons
    answer to A, E and X (R and C are Streamlit's own)."""
    decision = decisions().get(item.id)
    editing = st.session_state["generated_editing"] == item.id
    found = bank.find(item.id)
    with st.container(border=True):
        header = st.container(horizontal=True, vertical_alignment="center")
        score = f" · score {item.score:.2f}" if item.score is not None else ""
        header.caption(f"{KIND_NAMES[item.kind]}{score}")
        if editing:
            key = f"gen-{item.id}"
            widgets.question_form(
                key,
                question_form.form_of(item),
                errors=st.session_state["form_errors"].get(key, {}),
                submit_label="Save and accept",
                on_submit=on_save_edit,
                args=(item.id,),
            )
            st.button("Cancel", key=f"{key}-cancel", on_click=on_cancel_edit, args=(item.id,))
            return
        if decision == ACCEPTED:
            where = f" into {app.literal(found[0].deck.name)}" if found else ""
            header.markdown(f":green[:material/check: Accepted{where}]", width="content")
        else:
            decision_buttons(header, item, keys=keys)
        st.markdown(f"**{app.literal(item.prompt)}**  \n{answer_line(item)}")
        if item.source is not None:
            titled = item.source.title != list_title
            st.caption(
                widgets.marked_sentence(item.source)
                + (f" — from {widgets.source_title(item.source)}" if titled else "")
            )
        if found is not None and decision != ACCEPTED:
            st.caption(
                f"Already in {app.literal(found[0].deck.name)}: accepting it into that deck replaces it "
                "there; into another deck, it is skipped."
            )


def answer_line(item: Question) -> str:
    answer = item.answer_text.capitalize() if item.kind is Kind.TRUE_FALSE else item.answer_text
    line = f"Answer: **{app.literal(answer)}**"
    others = [choice for choice in item.choices if choice != item.answer_text]
    if others:
        line += " · other choices: " + " · ".join(app.literal(choice) for choice in others)
    return line


def decision_buttons(row: DeltaGenerator, item: Question, *, keys: bool) -> None:
    """Accept, Edit and Reject, at the right end of the item's first line."""
    buttons = row.container(horizontal=True, horizontal_alignment="right", width="content")
    decisions: tuple[
        tuple[str, str, Literal["primary", "tertiary"], Callable[[str], None], str, str], ...
    ] = (
        ("Accept", "accept", "primary", on_accept, ":material/check:", "A"),
        ("Edit", "edit", "tertiary", on_edit, ":material/edit:", "E"),
        ("Reject", "reject", "tertiary", on_reject, ":material/close:", "X"),
    )
    for label, action, kind, callback, icon, shortcut in decisions:
        buttons.button(
            label,
            key=f"gen-{item.id}-{action}",
            type=kind,
            on_click=callback,
            args=(item.id,),
            icon=icon,
            shortcut=shortcut if keys else None,
        )


def review(bank: Bank) -> None:
    generated = items()
    pending = [item for item in generated if item.id not in decisions()]
    shown = [item for item in generated if decisions().get(item.id) != REJECTED]
    rejected = len(generated) - len(shown)
    title = next((item.source.title for item in generated if item.source and item.source.title), "")
    count = f"{len(generated)} item{'s' if len(generated) != 1 else ''}"
    st.subheader(count + (f" from {app.literal(title)}" if title else ""), anchor=False)
    deck_choice(bank)
    buttons = st.container(horizontal=True)
    buttons.button(
        f"Accept all ({len(pending)})",
        type="primary",
        on_click=on_accept_all,
        disabled=not pending,
        icon=":material/done_all:",
    )
    buttons.button("Discard the list", on_click=on_clear, icon=":material/delete_sweep:")
    notice = st.session_state["notice"]
    if notice:  # the outcome of an accept, on screen wherever the learner has scrolled to
        st.toast(app.literal(notice), icon=":material/check_circle:", duration="long")
        st.session_state["notice"] = None
    if rejected:
        undo = st.container(horizontal=True, vertical_alignment="center")
        undo.caption(f"{rejected} rejected.")
        undo.button("Undo", on_click=on_undo_reject, icon=":material/undo:", shortcut="U", type="tertiary")
    first = pending[0].id if pending and st.session_state["generated_editing"] is None else None
    for item in shown:
        item_card(bank, item, keys=item.id == first, list_title=title)


st.title("Generate", anchor=False)
state = st.session_state
bank = app.current_bank()
if not bank.entries:
    st.caption("No decks yet: the items you accept here start your first one.")
with st.expander("Article", expanded=not items(), key="generate-article", on_change="rerun"):
    article_input()
with st.expander("Feeds", expanded=False):
    web_input.feeds_section()
request = state["generate_request"]
if request is not None:
    state["generate_request"] = None
    run_request(request)
if state["generate_error"]:
    st.error(app.literal(widgets.as_sentence(state["generate_error"])), icon=":material/error:")
for warning in state["generate_warnings"]:
    st.warning(app.literal(widgets.as_sentence(warning)), icon=":material/content_cut:")
if items():
    review(bank)
