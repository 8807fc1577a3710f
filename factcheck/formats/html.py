"""One self-contained HTML page: the findings, then the sources side by side.

Each clashing span is highlighted in its source and linked to its finding,
and each quote of a finding links back to its span. Everything that comes
from an article (text, titles, quotes, values) is escaped; the page loads
nothing from outside, runs no script, and its Content-Security-Policy
forbids scripts and remote resources even if something slipped through.
"""

from __future__ import annotations

from html import escape

from factcheck.formats.base import Index, RenderContext, sources_by_id, summary_line
from factcheck.records import ClaimRef, Report

_STYLE = """
body{font:15px/1.5 system-ui,sans-serif;margin:1.5em;color:#222;background:#fff}
h1{font-size:1.4em}h2{font-size:1.15em;margin:0}
.finding{border-left:6px solid #888;padding:.5em 1em;margin:1em 0;background:#f7f7f7}
.finding:target{outline:2px solid #333}
.sev-error{border-color:#c0392b}.sev-warning{border-color:#d68910}.sev-info{border-color:#2e86c1}
.badge{font-weight:bold;text-transform:uppercase;margin-right:.5em}
.quotes{margin:.5em 0 0 0;padding-left:1.2em}
.sources{display:grid;grid-template-columns:repeat(auto-fit,minmax(22em,1fr));gap:1em}
.source{border:1px solid #ccc;padding:.5em 1em;overflow-wrap:anywhere}
.source pre{white-space:pre-wrap;font:inherit;margin:0}
mark{background:#fde68a;padding:0 1px}mark.sev-error{background:#f5b7b1}mark:target{outline:2px solid #333}
mark a{color:inherit;text-decoration:none}
.meta{color:#555;font-size:.9em}
"""
_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; script-src 'none'; base-uri 'none'"


def _e(text: str | None) -> str:
    return escape(text or "", quote=True)


def _span_id(ref: ClaimRef) -> str:
    return f"span-{_slug(ref.claim)}"


def _slug(text: str) -> str:
    return "".join(char if char.isalnum() or char in "-_" else f"_{ord(char):x}_" for char in text)


class HtmlRenderer:
    name = "html"
    description = (
        "Self-contained HTML page: findings and the sources side by side, clashing spans highlighted."
    )
    extension = "html"

    def render(self, report: Report, context: RenderContext) -> str:
        parts = [
            "<!DOCTYPE html>",
            '<html lang="en">',
            "<head>",
            '<meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            "<title>factcheck report</title>",
            f"<style>{_STYLE}</style>",
            "</head>",
            "<body>",
            "<h1>factcheck report</h1>",
            f'<p class="summary">{_e(summary_line(report, context))}</p>',
            '<section class="findings">',
        ]
        if not report.discrepancies:
            parts.append("<p>No discrepancies found.</p>")
        index = Index(report, context)
        for finding in report.discrepancies:
            parts.append(
                f'<article class="finding sev-{_e(finding.severity.value)}" id="finding-{_slug(finding.id)}">'
                f'<h2><span class="badge">{_e(finding.severity.value)}</span>{_e(finding.code)} '
                f"{_e(finding.fact)}</h2>"
                f"<p>{_e(finding.explanation)}</p>"
                f'<p class="meta">rule {_e(finding.rule)} · id {_e(finding.id)}</p>'
            )
            for side in finding.sides:
                parts.append(
                    f'<p class="side"><strong>{_e(side.label)}</strong>: {_e(side.value)} '
                    f"({side.independent_sources} independent source{'s' if side.independent_sources != 1 else ''})</p>"
                    '<ul class="quotes">'
                )
                for ref in finding.claims:
                    if ref.side != side.label:
                        continue
                    loc = index.where(ref.source, ref.start)
                    target = f' href="#{_span_id(ref)}"' if ref.source in context.texts else ""
                    parts.append(
                        f'<li><a class="quote"{target}>“{_e(ref.quote)}”</a> <span class="meta">{_e(loc)}</span></li>'
                    )
                parts.append("</ul>")
            parts.append("</article>")
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

    def _sources(self, report: Report, context: RenderContext) -> list[str]:
        refs_by_source: dict[str, list[tuple[ClaimRef, str, str]]] = {}
        for finding in report.discrepancies:
            for ref in finding.claims:
                refs_by_source.setdefault(ref.source, []).append((ref, finding.id, finding.severity.value))
        parts = ['<h2 class="sources-title">Sources</h2>', '<section class="sources">']
        infos = sources_by_id(report)
        for source_id in sorted(infos):
            info = infos[source_id]
            heading = _e(info.title or info.path)
            meta = " · ".join(
                _e(x) for x in (info.outlet, info.published and info.published.isoformat(), info.path) if x
            )
            parts.append(
                f'<div class="source" id="source-{_slug(source_id)}"><h3>{heading}</h3><p class="meta">{meta}</p>'
            )
            text = context.texts.get(source_id)
            if text is None:
                parts.append('<p class="meta">(text not available)</p>')
            else:
                parts.append(f"<pre>{_highlight(text, refs_by_source.get(source_id, []))}</pre>")
            parts.append("</div>")
        parts.append("</section>")
        return parts


def _highlight(text: str, refs: list[tuple[ClaimRef, str, str]]) -> str:
    """``text`` escaped, each cited span in a ``<mark>`` linking to its finding.

    Spans may overlap: the text is cut at every span boundary and each piece is
    marked by the spans covering it (the first of them gives the link); a
    span's anchor sits on its first piece.
    """
    valid = [(ref, fid, sev) for ref, fid, sev in refs if 0 <= ref.start < ref.end <= len(text)]
    cuts = sorted({0, len(text)} | {ref.start for ref, _, _ in valid} | {ref.end for ref, _, _ in valid})
    anchored: set[str] = set()
    out = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        piece = _e(text[start:end])
        covering = sorted(
            ((ref, fid, sev) for ref, fid, sev in valid if ref.start <= start and end <= ref.end),
            key=lambda item: (item[0].start, item[0].claim, item[1]),
        )
        if not covering:
            out.append(piece)
            continue
        anchors = ""
        for ref, _, _ in covering:
            span_id = _span_id(ref)
            if span_id not in anchored:
                anchored.add(span_id)
                anchors += f'<span id="{span_id}"></span>'
        ref, finding_id, severity = covering[0]
        out.append(
            f'{anchors}<mark class="sev-{_e(severity)}" data-claim="{_e(ref.claim)}">'
            f'<a href="#finding-{_slug(finding_id)}">{piece}</a></mark>'
        )
    return "".join(out)


RENDERER = HtmlRenderer()
