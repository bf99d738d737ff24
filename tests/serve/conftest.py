"""A small newskg-shaped graph, and `kg serve` on it in a subprocess on a free loopback port."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

PAYLOAD = "<img src=x onerror=alert(1)>"
GRAPH = f"""@prefix nkg: <https://newskg.org/ontology#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix id: <https://newskg.org/id/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

id:document\\/tauscher a nkg:Document ; nkg:documentId "missile-defense-tauscher.txt" .
id:person\\/ellen-tauscher a nkg:Person ; rdfs:label "Ellen Tauscher" ; skos:altLabel "Tauscher" .
id:person\\/anatoly-antonov a nkg:Person ; rdfs:label "Anatoly Antonov" ; skos:altLabel "Antonov" .
id:role\\/under-secretary a nkg:Role ; rdfs:label "Under Secretary for Arms Control" .
id:country\\/united-states a nkg:Country ; rdfs:label "United States" .
id:plan\\/missile-defense-plans a nkg:Plan ; rdfs:label "{PAYLOAD}" .
id:person\\/ellen-tauscher nkg:holdsRole id:role\\/under-secretary ; nkg:meetsWith id:person\\/anatoly-antonov .
id:role\\/under-secretary nkg:roleOf id:country\\/united-states .
id:person\\/anatoly-antonov nkg:opposes id:plan\\/missile-defense-plans ; nkg:said id:statement\\/1 .
id:statement\\/1 a nkg:Statement ; nkg:speaker id:person\\/anatoly-antonov ;
    nkg:text "There is no progress at the missile defense negotiations." ;
    prov:wasDerivedFrom id:document\\/tauscher .
id:fact\\/1 a nkg:Fact ; rdf:subject id:person\\/anatoly-antonov ; rdf:predicate nkg:opposes ;
    rdf:object id:plan\\/missile-defense-plans ; nkg:asserted true ;
    nkg:sentenceText "Antonov said the U.S. plans cause our concerns." ;
    nkg:confidence "0.7"^^xsd:double ; prov:wasDerivedFrom id:document\\/tauscher .
id:fact\\/2 a nkg:Fact ; rdf:subject id:person\\/ellen-tauscher ; rdf:predicate nkg:meetsWith ;
    rdf:object id:person\\/anatoly-antonov ; nkg:asserted true ;
    nkg:sentenceText "Tauscher met Antonov in Moscow." ;
    nkg:confidence "0.6"^^xsd:double ; prov:wasDerivedFrom id:document\\/tauscher .
"""


@pytest.fixture(scope="session")
def graph_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("serve") / "graph.ttl"
    path.write_text(GRAPH, encoding="utf-8")
    return path


@dataclass
class Server:
    """A running `kg serve` process and its base URL."""

    process: subprocess.Popen[str]
    url: str

    def stop(self) -> str:
        """Stop it as a user's Ctrl-C or a service manager would (SIGTERM); its stderr."""
        self.process.terminate()
        try:
            _, err = self.process.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            _, err = self.process.communicate()
            pytest.fail("kg serve did not stop within 30 s of SIGTERM")
        return err


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(source: Path, *extra: str) -> Server:
    """Start `kg serve SOURCE` and wait (at most 90 s) until it answers."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", str(source), "--port", str(port), *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True,
    )
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"kg serve exited with {process.returncode}: {process.stderr.read() if process.stderr else ''}")
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return Server(process, url)
        except httpx.HTTPError:
            time.sleep(0.3)
    process.kill()
    pytest.fail("kg serve did not answer within 90 s")


@pytest.fixture(scope="session")
def server(graph_file: Path) -> Iterator[Server]:
    running = start_server(graph_file, "--timeout", "2")
    yield running
    running.stop()


@pytest.fixture
def serve() -> Iterator[Callable[..., Server]]:
    """Start servers of one's own; they are stopped at teardown."""
    started: list[Server] = []

    def starter(source: Path, *extra: str) -> Server:
        started.append(start_server(source, *extra))
        return started[-1]

    yield starter
    for running in started:
        if running.process.poll() is None:
            running.stop()
