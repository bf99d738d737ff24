"""The gold scorer on hand-built graphs (numbers counted by hand), the gold files, and a real build."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.namespace import PROV

from kg.errors import InputError
from kg.eval.gold import (
    CORE_RELATIONS,
    GOLD_RELATIONS,
    STANCE_RELATIONS,
    core_score,
    evaluate_gold,
    load_gold,
    normalise_name,
    stance_score,
)
from kg.vocab import NKG

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
ID = "https://newskg.org/id/"


def node(cls: str, slug: str, label: str, *alts: str, graph: Graph) -> URIRef:
    """Add an entity the way kg.mapping writes one: type, label, altLabels."""
    iri = URIRef(f"{ID}{cls.lower()}/{slug}")
    graph.add((iri, RDF.type, getattr(NKG, cls)))
    graph.add((iri, RDFS.label, Literal(label)))
    for alt in alts:
        graph.add((iri, SKOS.altLabel, Literal(alt)))
    return iri


def write_gold(path: Path, entities: list[dict], triples: list[list[str]], optional: list[list[str]] = (), documents: list[str] = ("a.txt",)) -> Path:  # type: ignore[assignment]
    path.write_text(
        json.dumps({"documents": list(documents), "entities": entities, "triples": triples, "optional": list(optional)}, indent=1),
        encoding="utf-8",
    )
    return path


GOLD_ENTITIES = [
    {"id": "petrova", "class": "Person", "names": ["Anna Petrova", "Petrova", "Ms Petrova"]},
    {"id": "dfm", "class": "Role", "names": ["deputy foreign minister"], "of": "russia"},
    {"id": "russia", "class": "Country", "names": ["Russia", "Moscow"]},
    {"id": "us", "class": "Country", "names": ["United States", "U.S."]},
    {"id": "battery", "class": "System", "names": ["interceptor battery", "battery"]},
]
GOLD_TRIPLES = [
    ["petrova", "holdsRole", "dfm"],
    ["dfm", "roleOf", "russia"],
    ["us", "deploys", "battery"],
    ["petrova", "opposes", "battery"],
    ["russia", "opposes", "battery"],
]


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    return write_gold(tmp_path / "gold.json", GOLD_ENTITIES, GOLD_TRIPLES, [["petrova", "worksFor", "russia"]])


def small_graph() -> tuple[Graph, dict[str, URIRef]]:
    g = Graph()
    n = {
        "petrova": node("Person", "anna-petrova", "Anna Petrova", "Petrova", graph=g),
        "dfm": node("Role", "dfm-russia", "Deputy  Foreign Minister", graph=g),  # case and spaces differ
        "russia": node("Country", "russia", "Russia", graph=g),
        "us": node("Country", "usa", "USA", "U.S.", graph=g),  # matched by its altLabel only
        "battery": node("System", "the-interceptor-battery", "the interceptor battery", graph=g),  # leading "the"
        "kaliningrad": node("Place", "kaliningrad", "Kaliningrad", graph=g),  # in no gold entity
    }
    for s, p, o in [
        ("petrova", NKG.holdsRole, "dfm"),  # tp
        ("dfm", NKG.roleOf, "russia"),  # tp
        ("us", NKG.deploys, "battery"),  # tp
        ("petrova", NKG.opposes, "battery"),  # tp
        ("petrova", NKG.worksFor, "russia"),  # optional: ignored
        ("russia", NKG.supports, "battery"),  # fp
        ("petrova", NKG.opposes, "kaliningrad"),  # fp: object matches no gold entity
    ]:  # missing: russia opposes battery (fn)
        g.add((n[s], p, n[o]))
    return g, n


def counts(report, relation: str) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    s = report.scores[relation]
    return s.tp, s.fp, s.fn


def test_scores_counted_by_hand(gold_file: Path) -> None:
    graph, _ = small_graph()
    report = evaluate_gold(gold_file, graph)
    assert set(report.scores) == set(GOLD_RELATIONS)
    assert counts(report, "holdsRole") == (1, 0, 0)
    assert counts(report, "roleOf") == (1, 0, 0)
    assert counts(report, "deploys") == (1, 0, 0)
    assert counts(report, "opposes") == (1, 1, 1)
    assert counts(report, "supports") == (0, 1, 0)
    assert counts(report, "worksFor") == (0, 0, 0)  # optional on both sides
    micro = report.micro
    assert (micro.tp, micro.fp, micro.fn) == (4, 2, 1)
    core = core_score(report)
    assert (core.tp, core.fp, core.fn) == (3, 2, 1)
    assert core.precision == pytest.approx(0.6)
    assert core.recall == pytest.approx(0.75)
    assert any(line.startswith("core (") and "P=0.600 R=0.750" in line for line in report.notes)


def test_stance_score_counts_only_stances(gold_file: Path) -> None:
    graph, _ = small_graph()
    report = evaluate_gold(gold_file, graph)
    stance = stance_score(report)
    assert set(STANCE_RELATIONS) <= set(CORE_RELATIONS)
    # opposes (1, 1, 1) + supports (0, 1, 0); holdsRole and deploys are core but not stance
    assert (stance.tp, stance.fp, stance.fn) == (1, 2, 1)
    assert stance.precision == pytest.approx(1 / 3)
    assert stance.recall == pytest.approx(0.5)
    restricted = evaluate_gold(gold_file, graph, relations=["holdsRole", "deploys"])
    assert (stance_score(restricted).tp, stance_score(restricted).fn) == (0, 0)


def test_class_must_agree(gold_file: Path) -> None:
    graph, n = small_graph()
    org = node("Organization", "russia", "Russia", graph=graph)  # right name, wrong class
    graph.add((org, NKG.opposes, n["battery"]))
    report = evaluate_gold(gold_file, graph)
    assert counts(report, "opposes") == (1, 2, 1)


def test_relations_restrict_the_report(gold_file: Path) -> None:
    graph, _ = small_graph()
    report = evaluate_gold(gold_file, graph, relations=["deploys", "opposes"])
    assert set(report.scores) == {"deploys", "opposes"}
    assert (report.micro.tp, report.micro.fp, report.micro.fn) == (2, 1, 1)
    with pytest.raises(ValueError, match="holdRole"):
        evaluate_gold(gold_file, graph, relations=["holdRole"])


def test_exact_label_beats_alt_label(tmp_path: Path) -> None:
    entities = [
        {"id": "anna", "class": "Person", "names": ["Anna Petrova", "Petrova"]},
        {"id": "olga", "class": "Person", "names": ["Olga Petrova", "Petrova"]},
        {"id": "nato", "class": "Organization", "names": ["NATO"]},
    ]
    gold = write_gold(tmp_path / "g.json", entities, [["olga", "opposes", "nato"]])
    g = Graph()
    olga = node("Person", "olga-petrova", "Olga Petrova", "Petrova", graph=g)
    g.add((olga, NKG.opposes, node("Organization", "nato", "NATO", graph=g)))
    assert counts(evaluate_gold(gold, g), "opposes") == (1, 0, 0)


def test_ambiguous_node_counts_as_the_gold_entity_its_triple_fits(tmp_path: Path) -> None:
    entities = [
        {"id": "anna", "class": "Person", "names": ["Anna Petrova", "Petrova"]},
        {"id": "olga", "class": "Person", "names": ["Olga Petrova", "Petrova"]},
        {"id": "nato", "class": "Organization", "names": ["NATO"]},
        {"id": "eu", "class": "Organization", "names": ["European Union"]},
    ]
    gold = write_gold(tmp_path / "g.json", entities, [["olga", "opposes", "nato"]])
    g = Graph()
    petrova = node("Person", "petrova", "Petrova", graph=g)  # fits both gold people equally
    g.add((petrova, NKG.opposes, node("Organization", "nato", "NATO", graph=g)))  # tp as Olga
    g.add((petrova, NKG.supports, node("Organization", "eu", "European Union", graph=g)))  # fp
    report = evaluate_gold(gold, g)
    assert counts(report, "opposes") == (1, 0, 0)
    assert counts(report, "supports") == (0, 1, 0)
    assert any(line.startswith("ambiguous:") for line in report.notes)


def test_same_named_roles_told_apart_by_owner(tmp_path: Path) -> None:
    entities = [
        {"id": "poland", "class": "Country", "names": ["Poland"]},
        {"id": "germany", "class": "Country", "names": ["Germany"]},
        {"id": "pl-dm", "class": "Role", "names": ["defence minister"], "of": "poland"},
        {"id": "de-dm", "class": "Role", "names": ["defence minister"], "of": "germany"},
        {"id": "brenner", "class": "Person", "names": ["Klaus Brenner"]},
    ]
    triples = [["brenner", "holdsRole", "de-dm"], ["de-dm", "roleOf", "germany"], ["pl-dm", "roleOf", "poland"]]
    gold = write_gold(tmp_path / "g.json", entities, triples)
    g = Graph()
    role = node("Role", "defence-minister-germany", "Defence Minister", graph=g)
    g.add((role, NKG.roleOf, node("Country", "germany", "Germany", graph=g)))
    g.add((node("Person", "klaus-brenner", "Klaus Brenner", graph=g), NKG.holdsRole, role))
    report = evaluate_gold(gold, g)
    assert counts(report, "holdsRole") == (1, 0, 0)
    assert counts(report, "roleOf") == (1, 0, 1)
    assert not any(line.startswith("ambiguous:") for line in report.notes)


def test_a_role_s_owner_outweighs_its_capitals(tmp_path: Path) -> None:
    """'President' written so for Cuba's post does not take the node of the Parliament's 'president'."""
    entities = [
        {"id": "cuba", "class": "Country", "names": ["Cuba"]},
        {"id": "ep", "class": "Organization", "names": ["European Parliament"]},
        {"id": "cu-president", "class": "Role", "names": ["President"], "of": "cuba"},
        {"id": "ep-president", "class": "Role", "names": ["president", "President of the European Parliament"], "of": "ep"},
        {"id": "borrell", "class": "Person", "names": ["Josep Borrell"]},
    ]
    gold = write_gold(tmp_path / "g.json", entities, [["borrell", "holdsRole", "ep-president"]])
    g = Graph()
    role = node("Role", "president-european-parliament", "President", graph=g)
    g.add((role, NKG.roleOf, node("Organization", "european-parliament", "European Parliament", graph=g)))
    g.add((node("Person", "josep-borrell", "Josep Borrell", graph=g), NKG.holdsRole, role))
    report = evaluate_gold(gold, g)
    assert counts(report, "holdsRole") == (1, 0, 0)


def test_symmetric_relations_ignore_direction(tmp_path: Path) -> None:
    entities = [{"id": "a", "class": "Person", "names": ["Klaus Brenner"]}, {"id": "b", "class": "Person", "names": ["Rasa Vaitkute"]}]
    gold = write_gold(tmp_path / "g.json", entities, [["a", "meetsWith", "b"]])
    g = Graph()
    a = node("Person", "klaus-brenner", "Klaus Brenner", graph=g)
    b = node("Person", "rasa-vaitkute", "Rasa Vaitkute", graph=g)
    g.add((b, NKG.meetsWith, a))
    g.add((a, NKG.meetsWith, b))  # the same meeting written both ways counts once
    assert counts(evaluate_gold(gold, g), "meetsWith") == (1, 0, 0)


def test_triples_read_only_from_other_documents_are_out_of_scope(gold_file: Path) -> None:
    graph, n = small_graph()
    other = URIRef(f"{ID}document/other.txt")
    graph.add((other, NKG.documentId, Literal("other.txt")))
    fact = URIRef(f"{ID}fact/1")
    for p, o in [(RDF.type, NKG.Fact), (RDF.subject, n["russia"]), (RDF.predicate, NKG.supports), (RDF.object, n["battery"]), (PROV.wasDerivedFrom, other)]:
        graph.add((fact, p, o))
    assert counts(evaluate_gold(gold_file, graph), "supports") == (0, 0, 0)
    graph.add((fact, PROV.wasDerivedFrom, URIRef(f"{ID}document/a.txt")))  # also read from a gold document
    assert counts(evaluate_gold(gold_file, graph), "supports") == (0, 1, 0)


def test_directory_merges_entities_across_files(tmp_path: Path) -> None:
    folder = tmp_path / "gold"
    folder.mkdir()
    russia = {"id": "ru", "class": "Country", "names": ["Russia"]}
    petrova = {"id": "p", "class": "Person", "names": ["Anna Petrova", "Petrova"]}
    nato = {"id": "n", "class": "Organization", "names": ["NATO"]}
    write_gold(folder / "one.json", [russia, petrova, nato], [["p", "opposes", "n"]], documents=["one.txt"])
    write_gold(folder / "two.json", [dict(petrova, names=["Anna Petrova", "Ms Petrova"]), nato], [["p", "opposes", "n"]], documents=["two.txt"])
    gold = load_gold(folder)
    assert gold.documents == ("one.txt", "two.txt")
    assert len(gold.entities) == 3
    assert len(gold.triples) == 1
    person = next(e for e in gold.entities.values() if e.cls == "Person")
    assert person.names == ("Anna Petrova", "Petrova", "Ms Petrova")


def test_a_post_one_file_gives_no_owner_is_the_post_another_file_owns(tmp_path: Path) -> None:
    folder = tmp_path / "gold"
    folder.mkdir()
    norway = {"id": "no", "class": "Country", "names": ["Norway"]}
    minister = {"id": "p", "class": "Person", "names": ["Ola Strand"]}
    owned = {"id": "r", "class": "Role", "names": ["Defence Minister"], "of": "no"}
    write_gold(folder / "one.json", [norway, minister, owned], [["p", "holdsRole", "r"]], documents=["one.txt"])
    write_gold(folder / "two.json", [minister, {"id": "r", "class": "Role", "names": ["defence minister"]}], [["p", "holdsRole", "r"]], documents=["two.txt"])
    gold = load_gold(folder)
    assert [t[1] for t in gold.triples] == ["holdsRole"]  # one post, not the same fact counted twice
    # with two owners of that name in the set, a post without one is still its own entity
    write_gold(folder / "three.json", [{"id": "se", "class": "Country", "names": ["Sweden"]}, dict(owned, of="se")], [], documents=["three.txt"])
    assert len(load_gold(folder).triples) == 2


def test_a_post_two_files_word_differently_is_one_post_when_they_share_a_wording(tmp_path: Path) -> None:
    folder = tmp_path / "gold"
    folder.mkdir()
    party = {"id": "g", "class": "Organization", "names": ["Green Party"]}
    leader = {"id": "p", "class": "Person", "names": ["Ines Varga"]}
    post = {"id": "r", "class": "Role", "names": ["leader", "Green leader"], "of": "g"}
    write_gold(folder / "one.json", [party, leader, post], [["p", "holdsRole", "r"]], documents=["one.txt"])
    write_gold(folder / "two.json", [party, leader, dict(post, names=["Green leader", "party leader"])], [["p", "holdsRole", "r"]], documents=["two.txt"])
    assert len(load_gold(folder).triples) == 1
    # within one file, two posts of one owner are two posts whatever their names share
    deputy = {"id": "d", "class": "Role", "names": ["deputy leader", "leader"], "of": "g"}
    write_gold(folder / "two.json", [party, leader, post, deputy], [["p", "holdsRole", "r"], ["p", "holdsRole", "d"]], documents=["two.txt"])
    assert len(load_gold(folder).triples) == 2


@pytest.mark.parametrize(
    "name, expected",
    [("  The  Kremlin ", "kremlin"), ("U.S.", "u.s."), ("Theresa May", "theresa may"), ("an amendment", "amendment"), ("A", "a")],
)
def test_normalise_name(name: str, expected: str) -> None:
    assert normalise_name(name) == expected


@pytest.mark.parametrize(
    "text, message, line",
    [
        ('{"documents": [],\n "entities": [\n', "not valid JSON", 3),
        ('{"documents": [], "entities": [], "triple": []}', "unknown top-level key", 1),
        ('{"documents": [],\n "entities": [\n  {"id": "a", "class": "Human", "names": ["A"]}], "triples": []}', "class 'Human'", 3),
        ('{"documents": [],\n "entities": [\n  {"id": "a", "class": "Person", "names": []}], "triples": []}', '"names"', 3),
        ('{"entities": [{"id": "a", "class": "Person", "names": ["A"]},\n {"id": "a", "class": "Person", "names": ["B"]}], "triples": []}', "used twice", 1),
        ('{"entities": [{"id": "a", "class": "Person", "names": ["A"]}],\n "triples": [\n ["a", "holdRole", "a"]]}', "not a newskg relation", 3),
        ('{"entities": [{"id": "a", "class": "Person", "names": ["A"]}],\n "triples": [["a", "opposes", "b"]]}', "'b' is not an entity id", 2),
        ('{"entities": [{"id": "a", "class": "Role", "names": ["A"], "of": "x"}], "triples": []}', '"of" names', 1),
        ('{"entities": [{"id": "a", "class": "Person", "names": ["A"]}], "triples": [["a", "meetsWith", "a"]],'
         ' "optional": [["a", "meetsWith", "a"]]}', "both in triples and optional", None),
        ('{"entities": [], "triples": [["a", "opposes"]]}', "three strings", None),
    ],
)
def test_malformed_gold_is_reported_with_where(tmp_path: Path, text: str, message: str, line: int | None) -> None:
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=message) as caught:
        load_gold(path)
    assert caught.value.path == str(path)
    assert caught.value.line == line


def test_missing_gold_paths(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such gold file"):
        load_gold(tmp_path / "nope.json")
    with pytest.raises(InputError, match="no .json gold files"):
        load_gold(tmp_path)


def test_example_gold_covers_every_example_article() -> None:
    from kg.sources import read_articles

    ids = {a.id for a in read_articles([str(EXAMPLES / "articles")], strict=True)}
    gold = load_gold(EXAMPLES / "gold")
    assert set(gold.documents) == ids
    assert len(ids) >= 8
    relations = {r for _, r, _ in gold.triples}
    assert set(CORE_RELATIONS) <= relations
    for path in sorted((EXAMPLES / "gold").glob("*.json")):
        load_gold(path)  # each file is valid on its own too


def test_end_to_end_on_the_example_articles(tmp_path: Path) -> None:
    from kg.build import build
    from kg.store import load_graph

    build([str(EXAMPLES / "articles")], tmp_path)
    graph = load_graph(tmp_path / "graph.ttl")
    report = evaluate_gold(EXAMPLES / "gold", graph)
    assert set(report.scores) == set(GOLD_RELATIONS)
    gold = load_gold(EXAMPLES / "gold")
    assert sum(s.tp + s.fn for s in report.scores.values()) == len(gold.triples)
    assert report.notes[0].startswith("core (")
    assert "micro" in report.format()


def test_errors_list_what_was_missed_and_what_was_wrong(tmp_path: Path) -> None:
    entities = [
        {"id": "smith", "class": "Person", "names": ["Jane Smith"]},
        {"id": "mp", "class": "Role", "names": ["MP"]},
        {"id": "labour", "class": "Organization", "names": ["Labour Party"]},
    ]
    path = write_gold(tmp_path / "t.json", entities, [["smith", "holdsRole", "mp"], ["smith", "memberOf", "labour"]])
    graph = Graph()
    smith = node("Person", "jane-smith", "Jane Smith", graph=graph)
    mp = node("Role", "mp", "MP", graph=graph)
    labour = node("Organization", "labour-party", "Labour Party", graph=graph)
    graph.add((smith, NKG.holdsRole, mp))
    graph.add((smith, NKG.worksFor, labour))
    notes = evaluate_gold(path, graph, errors=True).notes
    listed = [n for n in notes if n.startswith(("missed", "wrong"))]
    assert listed == ["missed: smith memberOf labour", "wrong:  smith worksFor labour"], notes
    assert not any(n.startswith(("missed", "wrong")) for n in evaluate_gold(path, graph).notes)
