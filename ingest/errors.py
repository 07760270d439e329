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
    """Getting documents from a site or a corpus folder failed."""

    code = "E500"


class UnknownSource(FetchError):
    code = "E501"


class BadCrawlOption(FetchError):
    """An option of ``vnlegal crawl``/``ingest`` that cannot be used as given."""

    code = "E502"


class FetchFailed(FetchError):
    """A page could not be fetched; the subclasses say why (the crawl summary groups by code)."""

    code = "E503"


class CorpusError(FetchError):
    """The corpus folder or its manifest cannot be used."""

    code = "E504"


class NotInGraph(FetchError):
    code = "E505"


class RobotsForbidden(FetchFailed):
    code = "E510"


class FetchTimeout(FetchFailed):
    code = "E511"


class HttpStatus(FetchFailed):
    code = "E512"


class ResponseTooLarge(FetchFailed):
    code = "E513"


class OffsiteRedirect(FetchFailed):
    code = "E514"


class TooManyRedirects(FetchFailed):
    code = "E515"


class ConnectionFailed(FetchFailed):
    code = "E516"


class UnreadablePage(FetchFailed):
    """The page arrived but holds nothing the source can read (not its JSON, no document)."""

    code = "E517"


class LoginRequired(FetchFailed):
    """A page that needs a (paid) login: thuvienphapluat.vn's relation tab without cookies."""

    code = "E518"


def error_from_message(message: str) -> VnlegalError:
    """The error a message printed as ``"E202: …"`` stands for (to raise it again later)."""
    code, _, text = message.partition(": ")

    def subclasses(cls: type[VnlegalError]) -> list[type[VnlegalError]]:
        return [cls, *(s for sub in cls.__subclasses__() for s in subclasses(sub))]

    cls = next((c for c in subclasses(VnlegalError) if c.code == code), VnlegalError)
    return cls(text if cls is not VnlegalError else message)


class CompareError(VnlegalError):
    """Two plans cannot be compared as named."""

    code = "E600"


class NoSuchPlan(CompareError):
    """A plan name that matches no document with tasks in the graph."""

    code = "E601"


class AmbiguousPlan(CompareError):
    """A plan name that matches several plans: the message lists them."""

    code = "E602"
