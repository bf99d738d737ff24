// newskg explorer: asks the SPARQL endpoint for what it draws. Text from the graph is
// untrusted (it comes from articles): it only ever reaches the page via textContent.
(function () {
  "use strict";
  const config = JSON.parse(document.getElementById("config").textContent);
  const NKG = "https://newskg.org/ontology#";
  const PREFIXES = "PREFIX nkg: <" + NKG + ">\n" +
    "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n" +
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n" +
    "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n" +
    "PREFIX prov: <http://www.w3.org/ns/prov#>\n";
  const CLASS_LIST = Object.keys(config.classes).map(c => "nkg:" + c).join(", ");
  const $ = id => document.getElementById(id);
  const nodes = new vis.DataSet();
  const edges = new vis.DataSet();
  const groups = {};
  for (const [name, style] of Object.entries(config.classes)) {
    groups[name] = { color: style.color, shape: style.shape };
  }
  const network = new vis.Network($("network"), { nodes, edges }, {
    groups,
    nodes: { size: 14, font: { size: 13 } },
    edges: { arrows: "to", font: { size: 10, align: "middle" }, smooth: { type: "dynamic" } },
    physics: { stabilization: { iterations: 150 } },
    interaction: { hover: true },
  });
  const explorer = { network, nodes, edges, ready: false, pending: 0, lastError: null };
  window.explorer = explorer;

  function setStatus(text, isError) {
    $("status").textContent = text;
    $("status").className = isError ? "error" : "muted";
  }

  // A SPARQL string literal for any user text: no backslash or control character
  // survives, quotes are escaped, so the text can never end the literal.
  function literal(text) {
    return '"' + String(text).replace(/[\\\u0000-\u001f\u007f]/g, " ").replace(/"/g, '\\"') + '"';
  }
  function iri(value) {
    if (/[<>"{}|^`\\\s]/.test(value)) throw new Error("unexpected IRI " + value);
    return "<" + value + ">";
  }
  const local = value => value.startsWith(NKG) ? value.slice(NKG.length) : value;
  const words = name => name.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();

  async function sparql(query) {
    explorer.pending += 1;
    try {
      const response = await fetch(config.endpoint, {
        method: "POST",
        headers: { "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json" },
        body: PREFIXES + query,
      });
      const text = await response.text();
      if (!response.ok) throw new Error(text.trim() || response.statusText);
      const data = JSON.parse(text);
      return data.results.bindings.map(row => {
        const out = {};
        for (const [key, term] of Object.entries(row)) out[key] = term.value;
        return out;
      });
    } catch (err) {
      explorer.lastError = String(err.message || err);
      setStatus(explorer.lastError, true);
      throw err;
    } finally {
      explorer.pending -= 1;
    }
  }

  function addNode(id, label, cls) {
    if (!nodes.get(id)) nodes.add({ id, label, group: local(cls), title: local(cls) });
  }

  async function search(text) {
    const rows = await sparql(
      "SELECT DISTINCT ?e ?label ?cls WHERE {\n" +
      "  ?e rdfs:label|skos:altLabel ?name ; rdfs:label ?label ; a ?cls .\n" +
      "  FILTER(?cls IN (" + CLASS_LIST + "))\n" +
      "  FILTER(CONTAINS(LCASE(STR(?name)), LCASE(" + literal(text) + ")))\n" +
      "} ORDER BY STRLEN(?label) ?label LIMIT 25");
    const list = $("results");
    list.replaceChildren();
    for (const row of rows) {
      const item = document.createElement("li");
      item.dataset.iri = row.e;
      item.textContent = row.label + " ";
      const cls = document.createElement("span");
      cls.className = "cls";
      cls.textContent = local(row.cls);
      item.append(cls);
      item.addEventListener("click", () => { addNode(row.e, row.label, row.cls); expand(row.e); });
      list.append(item);
    }
    setStatus(rows.length ? rows.length + " found" : "No entity has a name containing " + JSON.stringify(text), false);
    return rows;
  }

  async function expand(entity) {
    const e = iri(entity);
    const rows = await sparql(
      "SELECT ?s ?p ?o ?sl ?ol ?sc ?oc WHERE {\n" +
      "  { BIND(" + e + " AS ?s) " + e + " ?p ?o } UNION { BIND(" + e + " AS ?o) ?s ?p " + e + " }\n" +
      "  FILTER(STRSTARTS(STR(?p), STR(nkg:)) && ?p NOT IN (nkg:said, nkg:speaker, nkg:attributedTo))\n" +
      "  ?s rdfs:label ?sl ; a ?sc . ?o rdfs:label ?ol ; a ?oc .\n" +
      "  FILTER(?sc IN (" + CLASS_LIST + ") && ?oc IN (" + CLASS_LIST + "))\n" +
      "} LIMIT 300");
    for (const row of rows) {
      addNode(row.s, row.sl, row.sc);
      addNode(row.o, row.ol, row.oc);
      const id = row.s + " " + row.p + " " + row.o;
      if (!edges.get(id)) edges.add({ id, from: row.s, to: row.o, label: words(local(row.p)), rel: row.p });
    }
    network.selectNodes([entity]);
    await showEntity(entity);
    setStatus(nodes.length + " entities, " + edges.length + " relations drawn", false);
    return rows.length;
  }

  function panel(title, blocks) {
    const pane = $("panel");
    pane.replaceChildren();
    const h = document.createElement("h2");
    h.textContent = title;
    pane.append(h, ...blocks);
  }
  function para(text, cls) {
    const p = document.createElement(cls === "quote" ? "blockquote" : "p");
    p.textContent = text;
    if (cls && cls !== "quote") p.className = cls;
    return p;
  }

  async function showEntity(entity) {
    const e = iri(entity);
    const names = await sparql("SELECT ?name WHERE { " + e + " skos:altLabel ?name } ORDER BY ?name LIMIT 20");
    const said = await sparql(
      "SELECT ?text ?doc WHERE { " + e + " nkg:said ?st . ?st nkg:text ?text .\n" +
      "  OPTIONAL { ?st prov:wasDerivedFrom ?d . ?d nkg:documentId ?doc } } LIMIT 20");
    const node = nodes.get(entity);
    const blocks = [para((node ? node.title : "") + (names.length ? " · also " + names.map(n => n.name).join(", ") : ""), "muted")];
    if (said.length) blocks.push(para("Said:", null));
    for (const row of said) blocks.push(para(row.text + (row.doc ? " (" + row.doc + ")" : ""), "quote"));
    panel(node ? node.label : entity, blocks);
  }

  async function showRelation(edgeId) {
    const edge = edges.get(edgeId);
    const rows = await sparql(
      "SELECT ?sentence ?confidence ?doc WHERE {\n" +
      "  ?f a nkg:Fact ; rdf:subject " + iri(edge.from) + " ; rdf:predicate " + iri(edge.rel) + " ;\n" +
      "     rdf:object " + iri(edge.to) + " ; nkg:sentenceText ?sentence .\n" +
      "  OPTIONAL { ?f nkg:confidence ?confidence }\n" +
      "  OPTIONAL { ?f prov:wasDerivedFrom ?d . ?d nkg:documentId ?doc }\n" +
      "} ORDER BY DESC(?confidence) LIMIT 50");
    const blocks = rows.map(row => para(row.sentence + " (" + (row.doc || "?") +
      (row.confidence ? ", confidence " + Number(row.confidence).toFixed(2) : "") + ")", "quote"));
    panel(nodes.get(edge.from).label + " " + edge.label + " " + nodes.get(edge.to).label, blocks);
    return rows.length;
  }

  network.on("click", params => {
    if (params.nodes.length) expand(params.nodes[0]).catch(() => {});
    else if (params.edges.length) showRelation(params.edges[0]).catch(() => {});
  });
  $("search-form").addEventListener("submit", event => {
    event.preventDefault();
    const text = $("search").value.trim();
    if (text) search(text).catch(() => {});
  });
  $("title").textContent = config.title;
  Object.assign(explorer, { search, expand, showRelation, showEntity });
  explorer.ready = true;
})();
