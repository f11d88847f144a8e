"""The generator: a news article in, ranked and sourced quiz items out.

``generate`` is loaded on first use, so importing ``generator`` (for ``ArticleError``, say) does
not load spaCy.
"""

from typing import TYPE_CHECKING, Any

from generator.errors import ArticleError

if TYPE_CHECKING:
    from generator.pipeline import generate, generate_many, generate_with_warnings


def __getattr__(name: str) -> Any:
    if name in {"generate", "generate_many", "generate_with_warnings"}:
        from generator import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'generator' has no attribute {name!r}")


__all__ = ["ArticleError", "generate", "generate_many", "generate_with_warnings"]
