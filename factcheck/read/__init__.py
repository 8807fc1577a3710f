"""Reading: paths in, :class:`~factcheck.records.Source` records and their segments out.

:mod:`~factcheck.read.loaders` turns files, folders, stdin and JSON Lines
corpora into sources (text, metadata, input problems as diagnostics);
:mod:`~factcheck.read.cleaning` and :mod:`~factcheck.read.segment` cut a
source into sentences and mark what is not article text;
:mod:`~factcheck.read.timeml` reads and writes TimeML; :mod:`~factcheck.read.drafts`
reads the draft of ``factcheck audit``.
"""
