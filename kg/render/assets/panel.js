/* newskg side panel and legend swatches.
 *
 * Every name and sentence shown here comes from a news article and may contain
 * markup ("<script>", "onerror="). It is therefore only ever written with
 * textContent / property assignment, never innerHTML, so the browser treats it
 * as text. Keep it that way.
 */
var NewskgPanel = (function () {
  "use strict";

  var SVG = "http://www.w3.org/2000/svg";  // a namespace name, not a request
  var SHAPES = {
    dot: ["circle", { cx: 10, cy: 10, r: 7 }],
    diamond: ["polygon", { points: "10,2 18,10 10,18 2,10" }],
    square: ["rect", { x: 3, y: 3, width: 14, height: 14 }],
    triangle: ["polygon", { points: "10,2 18,17 2,17" }],
    triangleDown: ["polygon", { points: "2,3 18,3 10,18" }],
    hexagon: ["polygon", { points: "10,2 17,6 17,14 10,18 3,14 3,6" }],
    star: ["polygon", { points: "10,1.5 12.4,7.2 18.5,7.6 13.8,11.5 15.3,17.5 10,14.2 4.7,17.5 6.2,11.5 1.5,7.6 7.6,7.2" }],
  };

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  /** A small SVG of a class's node shape in its colour, for the legend and panel. */
  function swatch(color, shape) {
    var spec = SHAPES[shape] || SHAPES.dot;
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("viewBox", "0 0 20 20");
    svg.setAttribute("class", "swatch");
    var mark = document.createElementNS(SVG, spec[0]);
    Object.keys(spec[1]).forEach(function (k) { mark.setAttribute(k, String(spec[1][k])); });
    mark.setAttribute("fill", color);
    svg.appendChild(mark);
    return svg;
  }

  /** A short line in a relation's colour (dashed for opposition), for the legend. */
  function line(color, dashed) {
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("viewBox", "0 0 20 20");
    svg.setAttribute("class", "swatch");
    var mark = document.createElementNS(SVG, "line");
    [["x1", 1], ["y1", 10], ["x2", 19], ["y2", 10], ["stroke", color], ["stroke-width", 3]]
      .forEach(function (kv) { mark.setAttribute(kv[0], String(kv[1])); });
    if (dashed) mark.setAttribute("stroke-dasharray", "5 2");
    svg.appendChild(mark);
    return svg;
  }

  function confidenceText(c) {
    return c === null || c === undefined ? "no confidence recorded" : "confidence " + c.toFixed(2);
  }

  function factItem(fact) {
    var li = el("li", null, fact.asserted ? "fact" : "fact not-asserted");
    li.appendChild(el("blockquote", fact.sentence || "(no sentence recorded)"));
    var meta = [fact.document ? "from " + fact.document : "document unknown", confidenceText(fact.confidence)];
    if (fact.date) meta.push(fact.date);
    if (fact.rule) meta.push("rule " + fact.rule);
    if (!fact.asserted) {
      var why = [fact.polarity === "negative" ? "negated" : null, fact.modality && fact.modality !== "asserted" ? fact.modality : null];
      meta.push("not asserted" + (why.filter(Boolean).length ? " (" + why.filter(Boolean).join(", ") + ")" : ""));
    }
    li.appendChild(el("p", meta.join(" · "), "meta"));
    return li;
  }

  function factList(facts) {
    if (!facts.length) return el("p", "No source sentence recorded for this relation.", "hint");
    var ul = el("ul", null, "facts");
    facts.forEach(function (f) { ul.appendChild(factItem(f)); });
    return ul;
  }

  /**
   * Build the panel over `root`. `ctx` gives the page data, lookups and callbacks:
   * {data, nodeById, edgeById, edgesOf, styleOf, onNode(id), onEdge(id)}.
   */
  function create(root, ctx) {
    function link(text, onClick) {
      var b = el("button", text, "link");
      b.type = "button";
      b.addEventListener("click", onClick);
      return b;
    }
    function nodeLink(id) {
      return link(ctx.nodeById.get(id).label, function () { ctx.onNode(id); });
    }
    function classLine(cls) {
      var style = ctx.styleOf(cls);
      var line = el("div", null, "cls");
      line.appendChild(swatch(style.color, style.shape));
      line.appendChild(el("span", cls));
      return line;
    }
    function reset(hint) {
      root.replaceChildren();
      root.scrollTop = 0;
      if (hint) root.appendChild(el("p", hint, "hint"));
    }

    function showNode(id) {
      var n = ctx.nodeById.get(id);
      reset();
      root.appendChild(el("h2", n.label));
      root.appendChild(classLine(n.cls));
      if (n.alt.length) root.appendChild(el("p", "Also called: " + n.alt.join("; "), "alt"));
      if (n.close && n.close.length) {
        var same = el("p", "Possibly the same as: ", "alt");
        n.close.forEach(function (other, i) {
          if (i) same.appendChild(document.createTextNode("; "));
          same.appendChild(nodeLink(other));
        });
        root.appendChild(same);
      }
      if (n.titles && n.titles.length) {
        // Generic titles ("MP", "chairman") are drawn as labels, not as shared nodes.
        root.appendChild(el("h3", "Titles (" + n.titles.length + ")"));
        n.titles.forEach(function (t) {
          var box = el("div", null, "relation");
          box.appendChild(el("div", "→ holds role " + t.label, "rel"));
          box.appendChild(factList(t.facts));
          root.appendChild(box);
        });
      }
      var edges = ctx.edgesOf.get(id) || [];
      root.appendChild(el("h3", "Relations (" + edges.length + ")"));
      if (!edges.length) root.appendChild(el("p", "No relations to other entities.", "hint"));
      edges.forEach(function (e) {
        var box = el("div", null, "relation");
        var head = el("div", null, "head");
        var outgoing = e.from === id;
        head.appendChild(el("span", outgoing ? "→ " + e.label : "← " + e.label + " by", "rel"));
        head.appendChild(nodeLink(outgoing ? e.to : e.from));
        head.appendChild(link("(relation)", function () { ctx.onEdge(e.id); }));
        box.appendChild(head);
        box.appendChild(factList(e.facts));
        root.appendChild(box);
      });
      // What they said comes after the relations: quotes run long, and the relations
      // (with their sentences) are what the graph shows. Long quotes are clamped to a
      // few lines; clicking one shows it all (the full text is in the DOM either way).
      if (n.statements.length) {
        root.appendChild(el("h3", "Said (" + n.statements.length + ")"));
        n.statements.forEach(function (s) {
          var quote = el("blockquote", s.text, "quote");
          quote.title = "Click to show or hide the whole quote";
          quote.addEventListener("click", function () { quote.classList.toggle("open"); });
          root.appendChild(quote);
          root.appendChild(el("p", [s.document ? "from " + s.document : null, s.date].filter(Boolean).join(" · "), "meta"));
        });
      }
      if (n.unasserted.length) {
        root.appendChild(el("h3", "Read but not asserted (" + n.unasserted.length + ")"));
        n.unasserted.forEach(function (u) {
          root.appendChild(el("p", u.subject + " — " + u.predicate + " → " + u.object, "rel"));
          root.appendChild(factList([u.fact]));
        });
      }
    }

    function showEdge(id) {
      var e = ctx.edgeById.get(id);
      reset();
      var h = el("h2");
      h.appendChild(nodeLink(e.from));
      h.appendChild(el("span", " " + e.label + " ", "rel"));
      h.appendChild(nodeLink(e.to));
      root.appendChild(h);
      root.appendChild(el("p", "Best " + confidenceText(e.confidence), "meta"));
      root.appendChild(el("h3", "Read in (" + e.facts.length + ")"));
      root.appendChild(factList(e.facts));
    }

    function clear() { reset("Click an entity or a relation to see the sentences it was read from."); }

    clear();
    return { showNode: showNode, showEdge: showEdge, clear: clear };
  }

  return { create: create, swatch: swatch, line: line, el: el };
})();
