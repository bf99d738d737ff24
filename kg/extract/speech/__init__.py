"""Who says what: no relation rules, but the quotations and speakers every family reads through the context.

* :mod:`~kg.extract.speech.quotations`: quotations and reported speech, their speakers' sides, "we" inside a quote;
* :mod:`~kg.extract.speech.speakers`: the reporting verb of a quotation and whom its subject names.
"""
