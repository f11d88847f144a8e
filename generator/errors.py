"""The one error the generator raises for input it cannot use: its message is meant for the user."""


class ArticleError(ValueError):
    """Input that is not a usable English news article. ``str(error)`` says what is wrong, in one line."""


__all__ = ["ArticleError"]
