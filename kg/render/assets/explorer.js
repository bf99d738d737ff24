/* newskg explorer: draws the graph with vis-network and wires filters, search,
 * neighbourhood mode and the side panel. Data comes from the JSON block; all text
 * goes into the DOM through textContent (see panel.js). Tests and benchmarks read
 * window.newskg = {network, nodes, edges, ready, readyAt, layouts, ...}; ready turns
 * true (and layouts counts up) each time the layout has stabilised and frozen.
 */
(function () {
  "use strict";
  var $ = function (id) { return document.getElementById(id); };
  var el = NewskgPanel.el;
  var data = JSON.parse($("newskg-data").textContent);
  var api = { ready: false, readyAt: null, layouts: 0, data: data,
              timings: { parsed: performance.now() } };  // ms since navigation, for benchmarks
  window.newskg = api;

  var FONT = "#1f2328", FONT_FADED = "rgba(31,35,40,0.15)";
  var EDGE_FONT = "#57606a", EDGE_FONT_FADED = "rgba(87,96,106,0.12)";
  var LABEL_MAX = 28;
  var CLASS_INK = "#57606a";  // class is the shape; colour is the node's group  // canvas labels; the panel shows the full name

  var nodeById = new Map(), edgeById = new Map(), edgesOf = new Map(), classStyle = new Map();
  data.classes.forEach(function (c) { classStyle.set(c.name, c); });
  data.nodes.forEach(function (n) { nodeById.set(n.id, n); edgesOf.set(n.id, []); });
  data.edges.forEach(function (e) {
    edgeById.set(e.id, e);
    edgesOf.get(e.from).push(e);
    if (e.to !== e.from) edgesOf.get(e.to).push(e);
  });

  function shorten(text) { return text.length > LABEL_MAX ? text.slice(0, LABEL_MAX - 1) + "…" : text; }
  var communityColor = new Map(), relationColor = new Map();
  data.communities.forEach(function (c) { communityColor.set(c.id, c.color); });
  data.relations.forEach(function (r) { relationColor.set(r.name, r.color); });
  var STANCE = { opposes: true, supports: true };
  var ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

  // Positions, sizes and first-screen label sizes all come from kg.render.layout: the
  // page draws them as they are (no physics until "Re-run layout").
  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    var color = communityColor.get(n.community);
    return { id: n.id, label: n.caption.split("\n").map(shorten).join("\n"), group: n.cls,
             x: n.x, y: n.y, size: n.size, font: { size: n.font },
             color: { background: color, border: "#ffffff",
                      highlight: { background: color, border: "#1f2328" },
                      hover: { background: color, border: "#1f2328" } } };
  }));
  var edges = new vis.DataSet(data.edges.map(function (e) {
    var color = relationColor.get(e.rel);
    var item = { id: e.id, from: e.from, to: e.to, label: e.label,
                 color: { color: color, highlight: "#1f2328", hover: color },
                 width: STANCE[e.rel] ? 2.2 : 0.8 };
    if (STANCE[e.rel]) item.dashes = e.rel === "opposes" ? [6, 3] : false;
    if (e.curve) item.smooth = { enabled: true, type: "curvedCW", roundness: e.curve };
    return item;
  }));

  // ---- filters, confidence and neighbourhood: one function decides what is shown ----
  var state = { hiddenClasses: new Set(), hiddenRelations: new Set(), hiddenCommunities: new Set(),
                minConfidence: 0, from: null, to: null, neighbourhood: false, selected: null };
  var nodeMode = new Map(), edgeMode = new Map();  // id -> "normal" | "faded" | "hidden"
  data.nodes.forEach(function (n) { nodeMode.set(n.id, "normal"); });
  data.edges.forEach(function (e) { edgeMode.set(e.id, "normal"); });

  function nodeHidden(n) {
    return state.hiddenClasses.has(n.cls) || state.hiddenCommunities.has(n.community);
  }
  // A date "2004", "2004-12" or "2004-12-05" is in range when its own precision allows.
  function inRange(date) {
    return (!state.from || date >= state.from.slice(0, date.length)) &&
           (!state.to || date <= state.to.slice(0, date.length));
  }
  function outOfDates(e) {
    if (!state.from && !state.to) return false;
    // Only ISO dates compare; "October 18" (a date the text gave without a year) does not.
    var dated = e.facts.filter(function (f) { return ISO_DATE.test(f.date || ""); });
    return dated.length > 0 && !dated.some(function (f) { return inRange(f.date); });
  }
  function edgeFiltered(e) {
    return state.hiddenRelations.has(e.rel) ||
      (e.confidence !== null && e.confidence < state.minConfidence) ||
      outOfDates(e) ||
      nodeHidden(nodeById.get(e.from)) || nodeHidden(nodeById.get(e.to));
  }

  function neighbours(id) {
    var near = new Set([id]);
    edgesOf.get(id).forEach(function (e) {
      if (!edgeFiltered(e)) { near.add(e.from); near.add(e.to); }
    });
    return near;
  }

  function apply() {
    var sel = state.selected;
    var near = state.neighbourhood && sel ? neighbours(sel) : null;
    var nodeUpdates = [], edgeUpdates = [], shownNodes = 0, shownEdges = 0;
    data.nodes.forEach(function (n) {
      var mode = nodeHidden(n) ? "hidden" : near && !near.has(n.id) ? "faded" : "normal";
      if (mode !== "hidden") shownNodes++;
      if (nodeMode.get(n.id) === mode) return;
      nodeMode.set(n.id, mode);
      nodeUpdates.push({ id: n.id, hidden: mode === "hidden", opacity: mode === "faded" ? 0.15 : 1,
                         font: { color: mode === "faded" ? FONT_FADED : FONT } });
    });
    data.edges.forEach(function (e) {
      var mode = edgeFiltered(e) ? "hidden" : near && e.from !== sel && e.to !== sel ? "faded" : "normal";
      if (mode !== "hidden") shownEdges++;
      if (edgeMode.get(e.id) === mode) return;
      edgeMode.set(e.id, mode);
      edgeUpdates.push({ id: e.id, hidden: mode === "hidden", color: { opacity: mode === "faded" ? 0.1 : 1 },
                         font: { color: mode === "faded" ? EDGE_FONT_FADED : EDGE_FONT } });
    });
    if (nodeUpdates.length) nodes.update(nodeUpdates);
    if (edgeUpdates.length) edges.update(edgeUpdates);
    $("counts").textContent = shownNodes + " of " + data.nodes.length + " entities · " +
      shownEdges + " of " + data.edges.length + " relations shown";
  }

  function filterList(listId, items, hidden, decorate) {
    var ul = $(listId);
    items.forEach(function (item) {
      var box = document.createElement("input");
      box.type = "checkbox";
      box.checked = true;
      box.dataset.name = item.name;
      box.addEventListener("change", function () {
        if (box.checked) hidden.delete(item.name); else hidden.add(item.name);
        apply();
      });
      var label = el("label");
      label.appendChild(box);
      if (decorate) label.appendChild(decorate(item));
      label.appendChild(el("span", item.label || item.name));
      label.appendChild(el("span", item.count, "count"));
      var li = el("li");
      li.appendChild(label);
      ul.appendChild(li);
    });
  }
  filterList("class-filters", data.classes, state.hiddenClasses,
             function (c) { return NewskgPanel.swatch(CLASS_INK, c.shape); });
  filterList("relation-filters", data.relations, state.hiddenRelations,
             function (r) { return NewskgPanel.line(r.color, r.name === "opposes"); });
  filterList("community-filters", data.communities.map(function (c) {
    return { name: c.id, label: c.label, count: c.count, color: c.color };
  }), state.hiddenCommunities, function (c) { return NewskgPanel.swatch(c.color, "dot"); });

  if (data.dates) {
    $("dates").hidden = false;
    // Dates may be a year or a month ("2015", "2015-10"): the inputs take whole days.
    var first = data.dates[0].split("-"), last = data.dates[1].split("-");
    $("date-from").value = [first[0], first[1] || "01", first[2] || "01"].join("-");
    var lastMonth = last[1] || "12";
    var lastDay = last[2] || String(new Date(+last[0], +lastMonth, 0).getDate());
    $("date-to").value = [last[0], lastMonth, lastDay].join("-");
    $("date-range").textContent = data.dates[0] + " – " + data.dates[1];
    ["date-from", "date-to"].forEach(function (id) {
      $(id).addEventListener("change", function () {
        state.from = $("date-from").value || null; state.to = $("date-to").value || null;
        apply();
      });
    });
  }

  $("confidence").addEventListener("input", function (ev) {
    state.minConfidence = parseFloat(ev.target.value);
    $("confidence-value").textContent = "≥ " + state.minConfidence.toFixed(2);
    apply();
  });
  $("confidence-value").textContent = "≥ 0.00";
  $("neighbourhood").addEventListener("change", function (ev) {
    state.neighbourhood = ev.target.checked;
    apply();
  });

  // ---- the network, selection and panel ----
  var network = new vis.Network($("network"), { nodes: nodes, edges: edges }, data.options);
  api.network = network; api.nodes = nodes; api.edges = edges;
  api.timings.network = performance.now();
  network.once("startStabilizing", function () { api.timings.stabilizing = performance.now(); });

  var panel = NewskgPanel.create($("panel"), {
    data: data, nodeById: nodeById, edgeById: edgeById, edgesOf: edgesOf,
    styleOf: function (cls) { return { color: CLASS_INK, shape: classStyle.get(cls).shape }; },
    onNode: function (id) { selectNode(id, true); },
    onEdge: function (id) { selectEdge(id); },
  });

  function selectNode(id, focus) {
    if (!nodeById.has(id)) return false;
    state.selected = id;
    network.selectNodes([id]);
    panel.showNode(id);
    apply();
    if (focus) network.focus(id, { scale: Math.max(network.getScale(), 1), animation: { duration: 400 } });
    return true;
  }
  function selectEdge(id) {
    state.selected = null;
    network.selectEdges([id]);
    panel.showEdge(id);
    apply();
  }
  function clearSelection() {
    state.selected = null;
    network.unselectAll();
    panel.clear();
    apply();
  }
  function onClick(params) {
    if (params.nodes.length) selectNode(params.nodes[0], false);
    else if (params.edges.length) selectEdge(params.edges[0]);
    else clearSelection();
  }
  network.on("click", onClick);
  api.onClick = onClick; api.selectNode = selectNode; api.selectEdge = selectEdge;

  // ---- search by any name: exact (any case) first, then prefix, then substring ----
  var names = new Set();
  data.nodes.forEach(function (n) { names.add(n.label); n.alt.forEach(function (a) { names.add(a); }); });
  var datalist = $("names");
  names.forEach(function (name) { var o = document.createElement("option"); o.value = name; datalist.appendChild(o); });

  function findNode(query) {
    var q = query.trim().toLowerCase();
    if (!q) return null;
    var best = null, bestRank = 3;
    data.nodes.forEach(function (n) {  // nodes come most important first: hubs win ties
      [n.label].concat(n.alt).forEach(function (name) {
        var s = name.toLowerCase();
        var rank = s === q ? 0 : s.indexOf(q) === 0 ? 1 : s.indexOf(q) > 0 ? 2 : 3;
        if (rank < bestRank) { best = n.id; bestRank = rank; }
      });
    });
    return best;
  }
  function search(query) {
    var id = findNode(query);
    $("search-status").textContent = id ? "" : "No entity is called “" + query.trim() + "”.";
    if (id) selectNode(id, true);
    return id;
  }
  $("search-form").addEventListener("submit", function (ev) { ev.preventDefault(); search($("search").value); });
  api.search = search;

  // ---- layout: drawn as computed; "Re-run layout" polishes with bounded physics ----
  var progress = $("progress");
  network.on("stabilizationProgress", function (p) {
    progress.textContent = "Laying out " + data.nodes.length + " entities… " + Math.round(100 * p.iterations / p.total) + "%";
  });
  function frozen() {
    network.setOptions({ physics: { enabled: false } });
    // fit frames node centres, and labels at the rim would be cut off: step back 10 %.
    network.fit({ animation: false });
    network.moveTo({ scale: network.getScale() * 0.9, animation: false });
    api.timings.fitted = performance.now();
    progress.hidden = true;
    network.once("afterDrawing", function () {  // ready once the fitted picture is drawn
      api.ready = true;
      api.readyAt = performance.now();
      api.layouts += 1;
    });
    network.redraw();
  }
  frozen();
  $("relayout").addEventListener("click", function () {
    api.ready = false;
    progress.hidden = false;
    network.once("stabilizationIterationsDone", frozen);
    network.setOptions({ physics: { enabled: true } });
    network.stabilize(data.options.physics.stabilization.iterations);
  });

  // ---- header and notices ----
  $("title").textContent = data.title;
  if (data.totals) $("totals").textContent = data.totals;
  var notices = $("notices");
  data.notices.forEach(function (text) { notices.appendChild(el("p", text)); });
  notices.hidden = !data.notices.length;
  apply();
  if (!data.nodes.length) {
    $("panel").replaceChildren(el("p", "This graph has no entities to show.", "hint"));
    progress.hidden = true;
    api.ready = true;
    api.readyAt = performance.now();
  }
})();
