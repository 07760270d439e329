"""One exception tree for vnlegal, every message carrying a stable code.

Codes are grouped by stage: E1xx reading input, E2xx parsing, E3xx graph, E4xx queries,
E5xx fetching. The CLI prints ``error E101: …`` on stderr and exits with status 2.
"""

from __future__ import annotations


class VnlegalError(Exception):
    """Base of every error vnlegal raises on purpose."""

    code = "E000"

    def __init__(self, message: str) -> None:
        super().__init__(f"{self.code}: {message}")
        self.message = message


class InputError(VnlegalError):
    """The bytes given cannot be read as a document."""

    code = "E100"


class EmptyInput(InputError):
    code = "E101"


class BinaryInput(InputError):
    code = "E102"


class EncodingInput(InputError):
    code = "E103"


class InputTooLarge(InputError):
    code = "E104"


class ParseError(VnlegalError):
    """The text was read but is not a legal document vnlegal can parse."""

    code = "E200"


class NotALegalDocument(ParseError):
    code = "E201"


class NoDocumentInHtml(ParseError):
    code = "E202"


class GraphError(VnlegalError):
    """Loading into or reading from a graph backend failed."""

    code = "E300"


class BackendUnavailable(GraphError):
    code = "E301"


class LoadFailed(GraphError):
    code = "E302"


class NotDurable(GraphError):
    """A write the engine could not make durable (a full or read-only disk): nothing is reported
    as loaded, and the file on disk keeps its previous state."""

    code = "E303"


class GraphNotFound(GraphError):
    """A read of a graph that does not exist: a mistyped path is not an empty graph."""

    code = "E304"


class QueryError(VnlegalError):
    code = "E400"


class UnknownQuery(QueryError):
    code = "E401"


class ReadOnlyViolation(QueryError):
    code = "E402"


class BadParameter(QueryError):
    code = "E403"


class FetchError(VnlegalError):
    code = "E500"
