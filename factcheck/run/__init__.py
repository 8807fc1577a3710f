"""Running: paths (or loaded sources) and run options in, reports and claims out.

:mod:`~factcheck.run.pipeline` is the Python API behind the CLI (``check``,
``extract``, ``check_story``); :mod:`~factcheck.run.workers` ships extraction
and comparison to this process, a process pool or a Dask cluster and puts
the results back in input order, through the claim and report cache
(:mod:`~factcheck.run.cache`); :mod:`~factcheck.run.corpus` checks many
stories a window at a time; :mod:`~factcheck.run.audit` audits a draft
against its sources.
"""
