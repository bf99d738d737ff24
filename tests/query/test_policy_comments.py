"""The network check skips whole-line comments, and only where no string can hide a line."""

from __future__ import annotations

import pytest

from kg.errors import QueryError
from kg.query import policy
from kg.query.policy import check_network


def test_a_comment_saying_from_does_not_parse_the_query(monkeypatch: pytest.MonkeyPatch) -> None:
    def parsed(*_: object) -> None:
        raise AssertionError("the query was parsed although only a comment says FROM")

    monkeypatch.setattr(policy, "_rdflib_algebra", parsed)
    query = "# who opposes what, and the document it came from\n  # served FROM the store\nSELECT * WHERE { ?s ?p ?o }"
    check_network(query, (), allow_network=False)


@pytest.mark.parametrize(
    "query",
    [
        "# a comment\nSELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
        'SELECT * WHERE { ?s ?p ?o # not a whole-line comment\n SERVICE <http://example.org/sparql> { ?s ?p ?o } }',
        'SELECT * WHERE { ?s ?p """a long string\n# is no comment""" . SERVICE <http://example.org/sparql> { ?s ?p ?o } }',
        "SELECT * FROM <http://example.org/remote.ttl> WHERE { ?s ?p ?o }",
    ],
)
def test_network_use_outside_comment_lines_is_still_refused(query: str) -> None:
    # Refused, or (rdflib cannot read a long string before SERVICE) not let through unread.
    with pytest.raises(QueryError):
        check_network(query, (), allow_network=False)
