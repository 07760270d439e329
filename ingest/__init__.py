"""Getting documents in: local files, and pages fetched from the legal portals with provenance.

Public verbs: ``read_file`` and ``decode``; the ``Snapshot`` model; the error tree in
``ingest.errors``. Crawling: ``ingest.sources`` (one module per site), ``ingest.engine`` (fetching,
on Scrapy), ``ingest.corpus`` (content-addressed snapshots and their manifest), ``ingest.load``
(from the corpus to the graph); the commands are in ``ingest.cli``.
"""

from ingest.snapshot import MAX_BYTES, Snapshot, decode, read_file

__all__ = ["MAX_BYTES", "Snapshot", "decode", "read_file"]
