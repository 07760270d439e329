"""Getting documents in: local files now, crawled pages with provenance later.

Public verbs: ``read_file`` and ``decode``; the ``Snapshot`` model; the error tree in
``ingest.errors``.
"""

from ingest.snapshot import MAX_BYTES, Snapshot, decode, read_file

__all__ = ["MAX_BYTES", "Snapshot", "decode", "read_file"]
