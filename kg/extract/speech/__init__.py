"""Who says what: no relation rules, but the quotations and speakers every family reads through the context.

* :mod:`~kg.extract.speech.quotations`: quotations and reported speech;
* :mod:`~kg.extract.speech.sides`: their speakers' sides, "we" inside a quote, "his party";
* :mod:`~kg.extract.speech.speakers`: the reporting verb of a quotation and whom its subject names.
"""
