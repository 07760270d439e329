"""One module per site, all on ``ingest.sources.base.Source``.

>>> sorted(SOURCES)
['hcmc', 'phapluat', 'tvpl', 'urls', 'vbpl']
"""

from __future__ import annotations

from ingest.errors import UnknownSource
from ingest.sources.base import Extracted, Found, Listing, Page, Plan, PortalFacts, PortalRelation, Source
from ingest.sources.hcmc import Hcmc
from ingest.sources.phapluat import Phapluat
from ingest.sources.tvpl import Tvpl
from ingest.sources.urls import UrlList
from ingest.sources.vbpl import Vbpl

SOURCES: dict[str, type[Source]] = {s.name: s for s in (Phapluat, Vbpl, Tvpl, Hcmc, UrlList)}


def get_source(name: str, base_url: str | None = None, cookies: str | None = None) -> Source:
    """A source by name; ``UnknownSource`` (E501) names the ones there are."""
    try:
        cls = SOURCES[name]
    except KeyError:
        raise UnknownSource(f"no source {name!r}; the sources are: {', '.join(sorted(SOURCES))}") from None
    return cls(base_url, cookies)


def source_for_url(url: str) -> tuple[Source, str] | None:
    """The site a URL belongs to and the document it shows (``vnlegal ingest URL``), when a source
    knows it; None for any other page."""
    for cls in (Vbpl, Phapluat, Tvpl, Hcmc):
        source = cls()
        doc = source.claims(url)
        if doc is not None:
            return source, doc
    return None


__all__ = ["SOURCES", "Extracted", "Found", "Listing", "Page", "Plan", "PortalFacts", "PortalRelation",
           "Source", "get_source", "source_for_url"]
