"""One self-contained HTML page for an editor: what is in conflict, who says what, and where.

The page names the story in its ``<title>`` and heading, then gives the summary line, the
facts of the story (the frame's table: disputed, agreed, single-source), each conflict with its sides
side by side (every quote in its sentence, each side in its own colour), and the articles:
title, outlet (from the metadata, else the host of the article's URL), date and a link to the
article, the sentences in conflict first, the whole text collapsed in a ``<details>`` that
opens on demand, with no script. The same side colours mark the clashing spans in the text;
each span links to its conflict, and each quote back to its span (a browser opens the
``<details>`` that holds a linked span).

Everything that comes from an article (text, titles, outlets, quotes, values, URLs) is
escaped; links to articles are kept only for http(s) URLs. The page loads nothing from
outside, runs no script, and its Content-Security-Policy forbids both even if something
slipped through.
"""

from __future__ import annotations

import dataclasses
import os
from html import escape
from urllib.parse import urlsplit

from factcheck.formats.base import Index, RenderContext, sources_by_id, summary_line
from factcheck.formats.facts import fact_counts, ordered_facts
from factcheck.records import ClaimRef, Discrepancy, Report, SourceInfo

# Sides take these colours in order (A, B, C...): distinct in hue and in lightness, so that
# they stay apart for readers with the common colour-vision deficiencies.
SIDE_COLOURS = (
    ("#dbeafe", "#1d4ed8"),  # blue
    ("#fde2c8", "#c2410c"),  # orange
    ("#dcfce7", "#15803d"),  # green
    ("#f3e8ff", "#7e22ce"),  # purple
    ("#fef9c3", "#a16207"),  # yellow
)
_STYLE = (
    """
body{font:15px/1.5 system-ui,sans-serif;margin:1.5em auto;max-width:80em;padding:0 1em;color:#222;background:#fff}
h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.2em;margin:1.5em 0 .5em}h3{font-size:1.05em;margin:0}
.summary{font-weight:600}.meta{color:#555;font-size:.9em}
.finding{border-left:6px solid #888;padding:.6em 1em;margin:1em 0;background:#f8f8f8}
.finding:target{outline:2px solid #333}
.sev-error{border-color:#b91c1c}.sev-warning{border-color:#b45309}.sev-info{border-color:#2563eb}
.badge{font-weight:bold;text-transform:uppercase;margin-right:.5em;font-size:.85em}
.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(16em,1fr));gap:.8em;margin:.6em 0}
.side{border-top:4px solid;background:#fff;padding:.4em .8em}
.side h4{margin:.2em 0;font-size:1em}.side ul{margin:.3em 0;padding-left:1.1em}
.side blockquote{margin:0}
.source{border:1px solid #ccc;padding:.6em 1em;margin:1em 0;overflow-wrap:anywhere}
.source pre{white-space:pre-wrap;font:inherit;margin:.5em 0 0}
.conflicting{margin:.4em 0;padding-left:1.1em}
details summary{cursor:pointer;color:#1d4ed8}
mark{padding:0 2px;border-bottom:2px solid}mark:target,span:target+mark{outline:2px solid #333}
mark a,a.quote{color:inherit;text-decoration:none}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.25em .5em;text-align:left;vertical-align:top}
.fact-disputed td:first-child{color:#b91c1c;font-weight:600}.fact-agreed td:first-child{color:#15803d}
"""
    + "".join(
        f".side-{i}{{border-color:{ink}}}mark.side-{i}{{background:{paper};border-color:{ink}}}"
        f".side-{i} h4{{color:{ink}}}"
        for i, (paper, ink) in enumerate(SIDE_COLOURS)
    )
    + "\n"
)
_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; script-src 'none'; base-uri 'none'"


def _e(text: str | None) -> str:
    return escape(text or "", quote=True)


def _span_id(ref: ClaimRef) -> str:
    return f"span-{_slug(ref.claim)}"


def _slug(text: str) -> str:
    return "".join(char if char.isalnum() or char in "-_" else f"_{ord(char):x}_" for char in text)


def _side_class(finding: Discrepancy, label: str) -> str:
    labels = [side.label for side in finding.sides]
    position = labels.index(label) if label in labels else len(labels)
    return f"side-{position % len(SIDE_COLOURS)}"


def story_name(report: Report) -> str | None:
    """The story the page is about: the sources' own ``story`` when they agree on one, else the
    folder they all sit in; ``None`` when neither says."""
    stories = {source.story for source in report.sources}
    if len(stories) == 1 and None not in stories:
        return stories.pop()
    folders = {os.path.basename(os.path.dirname(source.path)) for source in report.sources}
    if len(folders) == 1:
        folder = folders.pop()
        return folder or None
    return None


def outlet_of(source: SourceInfo) -> str | None:
    """The outlet from the metadata, else the host of the article's URL (without ``www.``)."""
    if source.outlet:
        return source.outlet
    host = urlsplit(source.url or "").hostname or ""
    return host.removeprefix("www.") or None


def _quote_meta(ref: ClaimRef, index: Index, infos: dict[str, SourceInfo]) -> str:
    """The escaped line under a quote: its outlet, when known, and where in the source it stands."""
    info = infos.get(ref.source)
    who = outlet_of(info) if info is not None else None
    return " · ".join(_e(x) for x in (who, index.where(ref.source, ref.start)) if x)


def _article_link(source: SourceInfo) -> str | None:
    """The article's URL when it is a web address a link may point to (never ``javascript:``)."""
    url = (source.url or "").strip()
    return url if urlsplit(url).scheme in ("http", "https") and urlsplit(url).hostname else None


class HtmlRenderer:
    name = "html"
    description = "An editor's page: the conflicts side by side, quotes in their sentences, the articles."
    extension = "html"

    def render_audit(self, audit, report: Report, context: RenderContext) -> str:
        return render_audit(audit, report, context)

    def render(self, report: Report, context: RenderContext) -> str:
        story = story_name(report)
        title = f"{story}: factcheck report" if story else "factcheck report"
        findings = len(report.discrepancies)
        parts = [
            "<!DOCTYPE html>",
            '<html lang="en">',
            "<head>",
            '<meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            '<meta name="referrer" content="no-referrer">',
            f"<title>{_e(title)}</title>",
            f"<style>{_STYLE}</style>",
            "</head>",
            "<body>",
            "<header>",
            f"<h1>{_e(story) if story else 'factcheck report'}</h1>",
            f'<p class="summary">{_e(summary_line(report, context))}</p>',
            f'<p class="meta">{self._outlets(report)}</p>',
            "</header>",
            *self._facts(report, context),
            '<section class="findings">',
            f"<h2>Conflicts ({findings})</h2>",
        ]
        if not report.discrepancies:
            parts.append("<p>No conflicts found among the sources.</p>")
        index = Index(report, context)
        infos = sources_by_id(report)
        for finding in report.discrepancies:
            parts.extend(self._finding(finding, index, infos))
        parts.append("</section>")
        parts.extend(self._sources(report, context))
        if report.diagnostics:
            parts.append('<section class="diagnostics"><h2>Input problems</h2><ul>')
            for diagnostic in report.diagnostics:
                parts.append(
                    f"<li>{_e(diagnostic.path)}: {_e(diagnostic.code)} {_e(diagnostic.message)}</li>"
                )
            parts.append("</ul></section>")
        parts += ["</body>", "</html>", ""]
        return "\n".join(parts)

    def _outlets(self, report: Report) -> str:
        outlets = [outlet_of(source) or os.path.basename(source.path) for source in report.sources]
        count = len(report.sources)
        return f"{count} article{'s' if count != 1 else ''}: " + ", ".join(_e(outlet) for outlet in outlets)

    def _facts(self, report: Report, context: RenderContext) -> list[str]:
        """The facts of the story (the frame): disputed, agreed, then single-source; each value with
        the reports that give it (by title or file name), a disputed fact linked to its conflict."""
        if not report.facts:
            return []
        names = {source.id: source.title or os.path.basename(source.path) for source in report.sources}
        rows = []
        for fact in ordered_facts(report):
            values = "; ".join(
                f'{_e(value.text)} <span class="meta">({_e(", ".join(names.get(s, s) for s in value.sources))})</span>'
                for value in fact.values
            )
            name = _e(fact.name)
            if fact.discrepancy:
                name = f'<a href="#finding-{_slug(fact.discrepancy)}">{name}</a>'
            rows.append(
                f'<tr class="fact-{_e(fact.status)}"><td>{_e(fact.status)}</td><td>{name}</td><td>{values}</td></tr>'
            )
        return [
            '<section id="facts">',
            f'<h2>Facts of the story</h2><p class="meta">{_e(fact_counts(report))}</p>',
            "<table><thead><tr><th>status</th><th>fact</th><th>values (reports)</th></tr></thead><tbody>",
            *rows,
            "</tbody></table></section>",
        ]

    def _finding(self, finding: Discrepancy, index: Index, infos: dict[str, SourceInfo]) -> list[str]:
        parts = [
            f'<article class="finding sev-{_e(finding.severity.value)}" id="finding-{_slug(finding.id)}">',
            f'<h3><span class="badge">{_e(finding.severity.value)}</span>{_e(finding.code)} '
            f"{_e(finding.fact)}</h3>",
            f"<p>{_e(finding.explanation)}</p>",
            '<div class="sides">',
        ]
        for side in finding.sides:
            css = _side_class(finding, side.label)
            plural = "s" if side.independent_sources != 1 else ""
            parts.append(
                f'<div class="side {css}"><h4>{_e(side.label)}: {_e(side.value)}</h4>'
                f'<p class="meta">{side.independent_sources} independent source{plural}</p><ul>'
            )
            for ref in finding.claims:
                if ref.side != side.label:
                    continue
                before, quote, after = index.sentence(ref)
                target = f' href="#{_span_id(ref)}"' if ref.source in index.context.texts else ""
                parts.append(
                    f'<li><blockquote>{_e(before.lstrip())}<a class="quote"{target}>'
                    f'<mark class="{css}">{_e(quote)}</mark></a>{_e(after.rstrip())}</blockquote>'
                    f'<p class="meta">{_quote_meta(ref, index, infos)}</p></li>'
                )
            parts.append("</ul></div>")
        parts += [
            "</div>",
            f'<p class="meta">rule {_e(finding.rule)} · id {_e(finding.id)}</p>',
            "</article>",
        ]
        return parts

    def _sources(self, report: Report, context: RenderContext) -> list[str]:
        cited: dict[str, list[tuple[ClaimRef, str, str]]] = {}
        for finding in report.discrepancies:
            for ref in finding.claims:
                cited.setdefault(ref.source, []).append((ref, finding.id, _side_class(finding, ref.side)))
        infos = sources_by_id(report)
        index = Index(report, context)
        # the articles in conflict first, then the others, each group in report order
        ordered = sorted(infos, key=lambda source_id: (source_id not in cited, source_id))
        parts = ['<section class="sources">', "<h2>Articles</h2>"]
        for source_id in ordered:
            info = infos[source_id]
            heading = _e(info.title or os.path.basename(info.path))
            link = _article_link(info)
            if link is not None:
                heading = f'<a class="article-link" href="{_e(link)}" rel="noopener noreferrer">{heading}</a>'
            published = info.published.isoformat() if info.published else "no date"
            meta = " · ".join(_e(x) for x in (outlet_of(info), published, info.path) if x)
            parts.append(
                f'<article class="source" id="source-{_slug(source_id)}"><h3>{heading}</h3>'
                f'<p class="meta">{meta}</p>'
            )
            text = context.texts.get(source_id)
            refs = cited.get(source_id, [])
            if text is None:
                parts.append('<p class="meta">(text not available)</p>')
            else:
                parts.extend(_conflicting_sentences(text, refs, index))
                label = "Read the article" if refs else "Read the article (no conflict quoted from it)"
                parts.append(
                    f"<details><summary>{label}</summary><pre>{_highlight(text, refs)}</pre></details>"
                )
            parts.append("</article>")
        parts.append("</section>")
        return parts


# Verdicts are told apart by the underline's style as well as its colour, and each mark says its label.
VERDICT_STYLE = (
    "mark.verdict-contradicted{background:#fee2e2;border-bottom:3px solid #b91c1c}"
    "mark.verdict-disputed{background:#fde2c8;border-bottom:3px dashed #c2410c}"
    "mark.verdict-supported{background:#dcfce7;border-bottom:2px solid #15803d}"
    "mark.verdict-unverified{background:#f3f4f6;border-bottom:2px dotted #555}"
    "mark.verdict-suppressed{background:#f3e8ff;border-bottom:2px dotted #7e22ce}"
    ".draft pre{white-space:pre-wrap;font:inherit;border:1px solid #ccc;padding:.6em 1em}"
    ".verdicts{display:grid;gap:.6em}.verdict{border-left:6px solid #888;padding:.4em 1em;background:#f8f8f8}"
    ".verdict:target{outline:2px solid #333}.v-contradicted{border-color:#b91c1c}.v-disputed{border-color:#c2410c}"
    ".v-supported{border-color:#15803d}.v-unverified{border-color:#555}.v-suppressed{border-color:#7e22ce}"
)


def render_audit(audit, report: Report, context: RenderContext) -> str:
    """The audit of a draft as one page: the draft with each checked statement marked by its verdict
    (linked to its evidence), the verdicts with the sources' quotes beside them, then the
    discrepancies among the sources and the articles, as :meth:`HtmlRenderer.render` shows them."""
    from factcheck.formats.audit import audit_summary

    among = report.model_copy(update={"discrepancies": audit.discrepancies})
    # the sources' summary without the gate: the audit's gate is the draft's, said in its section
    page = HtmlRenderer().render(among, dataclasses.replace(context, gate=None))
    index = Index(report, context)
    infos = sources_by_id(report)
    text = context.texts.get(audit.draft.id)
    parts = [
        '<section class="draft">',
        f"<h2>The draft: {_e(audit.draft.path)}</h2>",
        f'<p class="summary">{_e(audit_summary(audit, context))}</p>',
    ]
    if text is None:
        parts.append('<p class="meta">(text not available)</p>')
    else:
        parts.append(f"<pre>{_mark_verdicts(text, audit.claims)}</pre>")
    parts += ["<h2>Verdicts</h2>", '<div class="verdicts">']
    for number, claim in enumerate(audit.claims):
        where = index.where(audit.draft.id, claim.start).replace(audit.draft.id, audit.draft.path, 1)
        parts.append(
            f'<article class="verdict v-{_e(claim.label)}" id="verdict-{number}">'
            f'<h3><span class="badge">{_e(claim.label)}</span>'
            f'<a href="#mark-{number}">\u201c{_e(claim.quote)}\u201d</a></h3>'
            f'<p class="meta">{_e(where)}{" · " + _e(claim.fact) if claim.fact else ""}</p>'
        )
        for explanation in claim.explanations:
            parts.append(f"<p>{_e(explanation)}</p>")
        for name, evidence in (
            ("Contradicted by", claim.contradicted_by),
            ("Supported by", claim.supported_by),
        ):
            if not evidence.claims:
                continue
            parts.append(f"<p>{name} {evidence.independent_sources} independent source(s):</p><ul>")
            for ref in evidence.claims:
                before, quote, after = index.sentence(ref)
                parts.append(
                    f"<li><blockquote>{_e(before.lstrip())}<mark>{_e(quote)}</mark>{_e(after.rstrip())}"
                    f'</blockquote><p class="meta">{_quote_meta(ref, index, infos)}</p></li>'
                )
            parts.append("</ul>")
        if claim.label == "unverified":
            parts.append('<p class="meta">No source speaks of it.</p>')
        parts.append("</article>")
    parts += ["</div>", "</section>"]
    page = page.replace("</style>", VERDICT_STYLE + "</style>", 1)
    page = page.replace("factcheck report</title>", "factcheck audit</title>", 1)
    return page.replace("</header>", "</header>\n" + "\n".join(parts), 1)


def _mark_verdicts(text: str, claims) -> str:
    """The draft's text escaped, each statement in a ``<mark>`` of its verdict linking to its evidence
    (where statements overlap, the first one marks the shared piece)."""
    spans = [(c.start, c.end, n, c.label) for n, c in enumerate(claims) if 0 <= c.start < c.end <= len(text)]
    cuts = sorted({0, len(text)} | {s for s, _, _, _ in spans} | {e for _, e, _, _ in spans})
    out, anchored = [], set()
    for start, end in zip(cuts, cuts[1:], strict=False):
        piece = _e(text[start:end])
        covering = [span for span in spans if span[0] <= start and end <= span[1]]
        if not covering:
            out.append(piece)
            continue
        _, _, number, label = covering[0]
        anchor = f' id="mark-{number}"' if number not in anchored else ""
        anchored.add(number)
        out.append(
            f'<mark class="verdict-{_e(label)}"{anchor} title="{_e(label)}">'
            f'<a href="#verdict-{number}">{piece}</a></mark>'
        )
    return "".join(out)


def _conflicting_sentences(text: str, refs: list[tuple[ClaimRef, str, str]], index: Index) -> list[str]:
    """The article's sentences quoted by a conflict, once each and in text order, every quote in
    its side's colour and linked to its conflict: what an editor reads before the whole text."""
    sentences: dict[tuple[int, int], list[tuple[ClaimRef, str, str]]] = {}
    for item in refs:
        claim = index.claims.get(item[0].claim)
        if claim is None or not 0 <= item[0].start < item[0].end <= len(text):
            continue
        bounds = (min(claim.sentence_start, item[0].start), max(claim.sentence_end, item[0].end))
        sentences.setdefault(bounds, []).append(item)
    items = [
        f"<li>{_highlight(text, marks, start, end, anchors=False).strip()}</li>"
        for (start, end), marks in sorted(sentences.items())
    ]
    return ['<ul class="conflicting">', *items, "</ul>"] if items else []


def _highlight(
    text: str,
    refs: list[tuple[ClaimRef, str, str]],
    start: int = 0,
    end: int | None = None,
    anchors: bool = True,
) -> str:
    """``text[start:end]`` escaped, each cited span in a ``<mark>`` of its side's colour linking to
    its finding; with ``anchors``, each span also gets the anchor its quotes link to.

    Spans may overlap: the text is cut at every span boundary and each piece is
    marked by the spans covering it (the first of them gives the link and the colour);
    a span's anchor sits on its first piece.
    """
    end = len(text) if end is None else end
    valid = [(ref, fid, css) for ref, fid, css in refs if start <= ref.start < ref.end <= end]
    cuts = sorted({start, end} | {ref.start for ref, _, _ in valid} | {ref.end for ref, _, _ in valid})
    anchored: set[str] = set()
    out = []
    for piece_start, piece_end in zip(cuts, cuts[1:], strict=False):
        piece = _e(text[piece_start:piece_end])
        covering = sorted(
            ((ref, fid, css) for ref, fid, css in valid if ref.start <= piece_start and piece_end <= ref.end),
            key=lambda item: (item[0].start, item[0].claim, item[1]),
        )
        if not covering:
            out.append(piece)
            continue
        spans = ""
        for ref, _, _ in covering if anchors else ():
            span_id = _span_id(ref)
            if span_id not in anchored:
                anchored.add(span_id)
                spans += f'<span id="{span_id}"></span>'
        ref, finding_id, css = covering[0]
        claim = f' data-claim="{_e(ref.claim)}"' if anchors else ""
        out.append(
            f'{spans}<mark class="{_e(css)}"{claim}><a href="#finding-{_slug(finding_id)}">{piece}</a></mark>'
        )
    return "".join(out)


RENDERER = HtmlRenderer()
