"""Reporting: a story's :class:`~factcheck.records.Report` and its sources in, what is shown out.

:func:`~factcheck.report.publish.publish` hides the findings accepted inline
(:mod:`~factcheck.report.suppress`) or in a baseline
(:mod:`~factcheck.report.baseline`), decides the publication gate and the
exit code (:mod:`~factcheck.report.gate`), and gives the report as shown
with the :class:`~factcheck.report.context.RenderContext` its renderers
(:mod:`factcheck.formats`) need. :mod:`~factcheck.report.output` writes the
results to files, atomically.
"""
