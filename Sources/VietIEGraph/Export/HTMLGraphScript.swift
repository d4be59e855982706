/// The script of the graph page (``HTMLGraphExporter``): reads the embedded graph data, lays it out
/// with a force-directed simulation and handles hovering, dragging, panning, zooming, the legend's
/// kind switches, search and the details of the selected node.
///
/// The layout is a plain simulation, O(n²) per step: every pair of drawn nodes repels (inverse
/// distance, and harder when they would overlap), every edge is a spring towards a rest length (stiffness shared out by degree, so hubs
/// do not collapse), every node is pulled gently to the centre, and velocities decay. The start is a
/// spiral filled breadth-first from the best-connected node of each connected part (neighbours start
/// near each other), with no randomness: a page always opens with the same picture.
/// All text reaches the page through `textContent`, never as markup.
enum HTMLGraphScript {
    static let source = #"""
    (function () {
      "use strict";
      var data = JSON.parse(document.getElementById("graph-data").textContent);
      var svg = document.getElementById("graph"), NS = svg.namespaceURI;
      var viewport = document.getElementById("viewport");
      var edgeLayer = document.getElementById("edges"), nodeLayer = document.getElementById("nodes");
      var tip = document.getElementById("tip"), details = document.getElementById("details");
      var REPEL = 500, GRAVITY = 0.06, DAMPING = 0.6, ALPHA_MIN = 0.003, LENGTH = 60;
      var kinds = {}, shown = {}, hideUnconnected = true;
      data.kinds.forEach(function (k) { kinds[k.kind] = k; shown[k.kind] = !k.hidden; });

      var byId = {};
      var nodes = data.nodes.map(function (n, i) {
        var a = i * 2.399963, r = 16 * Math.sqrt(i + 1);
        var node = { data: n, id: n.id, kind: n.kind, label: n.label, x: r * Math.cos(a), y: r * Math.sin(a),
                     vx: 0, vy: 0, fx: null, fy: null, deg: 0, edges: [], el: null, shape: null };
        byId[n.id] = node;
        return node;
      });
      // Only kinds that start hidden and are all there is are shown anyway (a graph of statistics only).
      if (!nodes.some(function (n) { return shown[n.kind]; })) nodes.forEach(function (n) { shown[n.kind] = true; });
      var edges = [];
      data.edges.forEach(function (e) {
        var s = byId[e.source], t = byId[e.target];
        if (!s || !t) return;
        var edge = { data: e, s: s, t: t, el: null, vis: null, hit: null, len: 70, strength: 1 };
        s.edges.push(edge);
        if (t !== s) { t.edges.push(edge); edges.push(edge); }
      });

      function el(name, attrs, parent) {
        var x = document.createElementNS(NS, name);
        for (var k in attrs) x.setAttribute(k, attrs[k]);
        if (parent) parent.appendChild(x);
        return x;
      }
      function short(s, n) { return s.length > n ? s.slice(0, n - 1) + "…" : s; }
      function radius(n) { return 5 + Math.min(11, 2 * Math.sqrt(n.deg)); }
      function shapePath(kind, r) {
        switch (kind) {
          case "Organization": var q = r * 0.9; return "M" + -q + "," + -q + "h" + 2 * q + "v" + 2 * q + "h" + -2 * q + "z";
          case "Place": return "M0," + -1.2 * r + "L" + 1.1 * r + "," + 0.8 * r + "L" + -1.1 * r + "," + 0.8 * r + "z";
          case "Event": var d = r * 1.25; return "M0," + -d + "L" + d + ",0L0," + d + "L" + -d + ",0z";
          case "Statistic": case "Document": var w = r * 0.8; return "M" + -w + "," + -r + "h" + 2 * w + "v" + 2 * r + "h" + -2 * w + "z";
          default: return "M" + -r + ",0a" + r + "," + r + " 0 1,0 " + 2 * r + ",0a" + r + "," + r + " 0 1,0 " + -2 * r + ",0";
        }
      }

      // Elements, made once.
      edges.forEach(function (e) {
        e.el = el("g", { "class": "edge t-" + e.data.type }, edgeLayer);
        e.vis = el("line", { "class": "vis" }, e.el);
        if (e.data.directed) e.vis.setAttribute("marker-end", "url(#arrow)");
        e.hit = el("line", { "class": "hit" }, e.el);
        e.el.addEventListener("mouseenter", function (ev) { if (!drag) showTip(ev, edgeText(e)); });
        e.el.addEventListener("mousemove", moveTip);
        e.el.addEventListener("mouseleave", hideTip);
      });
      nodes.forEach(function (n) {
        n.el = el("g", { "class": "node k-" + n.kind }, nodeLayer);
        n.shape = el("path", { fill: kinds[n.kind] ? kinds[n.kind].colour : "#999" }, n.el);
        var text = el("text", { y: 3.5 }, n.el);
        text.textContent = short(n.label, 34);
        n.text = text;
        n.el.addEventListener("pointerdown", function (ev) { startDrag(ev, n); });
        n.el.addEventListener("dblclick", function (ev) { ev.stopPropagation(); n.fx = n.fy = null; n.el.classList.remove("pinned"); reheat(0.3); });
        n.el.addEventListener("mouseenter", function (ev) { if (!drag) showTip(ev, n.label + "\n" + n.kind + " · " + n.edges.length + " edges"); });
        n.el.addEventListener("mousemove", moveTip);
        n.el.addEventListener("mouseleave", hideTip);
      });

      // What is drawn: nodes of the shown kinds and the edges between them; unless asked for, not the
      // nodes left with no edge to draw (those linked only to hidden kinds).
      var active = [], activeEdges = [];
      function rebuild() {
        activeEdges = edges.filter(function (e) { return shown[e.s.kind] && shown[e.t.kind]; });
        nodes.forEach(function (n) { n.deg = 0; });
        edges.forEach(function (e) { e.el.style.display = "none"; });
        activeEdges.forEach(function (e) { e.s.deg++; e.t.deg++; e.el.style.display = ""; });
        active = nodes.filter(function (n) { return shown[n.kind] && (n.deg > 0 || !hideUnconnected || n.el.classList.contains("selected")); });
        nodes.forEach(function (n) { n.el.style.display = "none"; });
        active.forEach(function (n) { n.el.style.display = ""; });
        activeEdges.forEach(function (e) {
          e.strength = 1 / Math.max(1, Math.min(e.s.deg, e.t.deg));
          e.len = e.data.type === "MENTIONED_IN" || e.data.type === "LOCATED_IN" ? LENGTH * 1.4 : LENGTH;
        });
        var labelAll = active.length <= 250;
        active.forEach(function (n) {
          var r = radius(n);
          n.r = r;
          n.shape.setAttribute("d", shapePath(n.kind, r));
          n.text.setAttribute("x", r + 3);
          n.el.classList.toggle("quiet", !labelAll && n.deg < 4);
        });
        var visibleEdges = activeEdges.length;
        var lonely = nodes.filter(function (n) { return shown[n.kind] && n.deg === 0; }).length;
        document.getElementById("stats").textContent = data.nodes.length + " nodes, " + data.edges.length + " edges; drawn: "
          + active.length + " nodes, " + visibleEdges + " edges";
        lonelyCount.textContent = String(lonely);
      }

      // The simulation.
      var alpha = 1, cooling = Math.pow(ALPHA_MIN, 1 / 300), running = false;   // 300 steps from 1 to ALPHA_MIN
      function tick() {
        var a = active, n = a.length, i, j, p, q, dx, dy, d2, f;
        for (i = 0; i < n; i++) {
          p = a[i];
          for (j = i + 1; j < n; j++) {
            q = a[j];
            dx = q.x - p.x; dy = q.y - p.y; d2 = dx * dx + dy * dy;
            if (d2 < 0.01) { dx = 0.1 * ((i + j) % 3 - 1) || 0.1; dy = 0.1; d2 = dx * dx + dy * dy; }
            f = REPEL * alpha / d2;
            // Nodes closer than their sizes and a margin are pushed apart whatever the temperature.
            var room = p.r + q.r + 12;
            if (d2 < room * room) f += 0.3 * (room / Math.sqrt(d2) - 1);
            p.vx -= dx * f; p.vy -= dy * f; q.vx += dx * f; q.vy += dy * f;
          }
        }
        for (i = 0; i < activeEdges.length; i++) {
          var e = activeEdges[i], s = e.s, t = e.t;
          dx = t.x + t.vx - s.x - s.vx; dy = t.y + t.vy - s.y - s.vy;
          var d = Math.sqrt(dx * dx + dy * dy) || 1;
          var k = (d - e.len) / d * alpha * e.strength;
          dx *= k; dy *= k;
          var b = s.deg / (s.deg + t.deg);
          t.vx -= dx * b; t.vy -= dy * b; s.vx += dx * (1 - b); s.vy += dy * (1 - b);
        }
        for (i = 0; i < n; i++) {
          p = a[i];
          if (p.fx !== null) { p.x = p.fx; p.y = p.fy; p.vx = p.vy = 0; continue; }
          // A node with no drawn edge is pulled harder, so that it waits near the drawing, not far off.
          var g = (p.deg ? GRAVITY : 3 * GRAVITY) * alpha;
          p.vx = (p.vx - p.x * g) * DAMPING;
          p.vy = (p.vy - p.y * g) * DAMPING;
          p.x += p.vx; p.y += p.vy;
        }
        alpha *= cooling;
      }
      function render() {
        for (var i = 0; i < activeEdges.length; i++) {
          var e = activeEdges[i], s = e.s, t = e.t;
          var dx = t.x - s.x, dy = t.y - s.y, d = Math.sqrt(dx * dx + dy * dy) || 1;
          var ux = dx / d, uy = dy / d, end = e.data.directed ? t.r + 2 : 0;
          var x2 = t.x - ux * end, y2 = t.y - uy * end;
          e.vis.setAttribute("x1", s.x); e.vis.setAttribute("y1", s.y); e.vis.setAttribute("x2", x2); e.vis.setAttribute("y2", y2);
          e.hit.setAttribute("x1", s.x); e.hit.setAttribute("y1", s.y); e.hit.setAttribute("x2", t.x); e.hit.setAttribute("y2", t.y);
        }
        for (var j = 0; j < active.length; j++) {
          var n = active[j];
          n.el.setAttribute("transform", "translate(" + n.x.toFixed(1) + "," + n.y.toFixed(1) + ")");
        }
      }
      function loop() {
        tick(); render();
        if (alpha > ALPHA_MIN || drag) requestAnimationFrame(loop); else running = false;
      }
      function reheat(a) {
        alpha = Math.max(alpha, a);
        if (!running) { running = true; requestAnimationFrame(loop); }
      }
      // The start: a spiral filled in breadth-first order from the best-connected node of each part of
      // the graph, so that neighbours start near each other.
      function place() {
        var order = [], seen = {};
        var roots = active.slice().sort(function (a, b) { return b.deg - a.deg; });
        roots.forEach(function (root) {
          if (seen[root.id]) return;
          seen[root.id] = true;
          var queue = [root];
          while (queue.length) {
            var n = queue.shift();
            order.push(n);
            n.edges.forEach(function (e) {
              var m = other(e, n);
              if (!seen[m.id] && shown[m.kind]) { seen[m.id] = true; queue.push(m); }
            });
          }
        });
        order.forEach(function (n, i) {
          var a = i * 2.399963, r = 16 * Math.sqrt(i + 1);
          n.x = r * Math.cos(a); n.y = r * Math.sin(a); n.vx = n.vy = 0;
        });
      }
      function settle() {
        var steps = active.length <= 300 ? 300 : active.length <= 1500 ? 120 : 30;
        alpha = 1;
        for (var i = 0; i < steps && alpha > ALPHA_MIN; i++) tick();
        render(); fit();
        if (alpha > ALPHA_MIN) reheat(alpha);
      }

      // The view: pan and zoom as one transform of the drawing.
      var view = { k: 1, x: 0, y: 0 };
      function applyView() { viewport.setAttribute("transform", "translate(" + view.x + "," + view.y + ") scale(" + view.k + ")"); }
      function fit() {
        if (!active.length) return;
        var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
        active.forEach(function (n) {
          x0 = Math.min(x0, n.x - n.r); x1 = Math.max(x1, n.x + n.r + 6 * Math.min(n.label.length, 34));
          y0 = Math.min(y0, n.y - n.r); y1 = Math.max(y1, n.y + n.r);
        });
        var w = svg.clientWidth || 800, h = svg.clientHeight || 600, pad = 24;
        var k = Math.min((w - 2 * pad) / Math.max(1, x1 - x0), (h - 2 * pad) / Math.max(1, y1 - y0), 1.6);
        view.k = k; view.x = w / 2 - k * (x0 + x1) / 2; view.y = h / 2 - k * (y0 + y1) / 2;
        applyView();
      }
      function toGraph(ev) {
        var box = svg.getBoundingClientRect();
        return { x: (ev.clientX - box.left - view.x) / view.k, y: (ev.clientY - box.top - view.y) / view.k };
      }
      svg.addEventListener("wheel", function (ev) {
        ev.preventDefault();
        var box = svg.getBoundingClientRect(), px = ev.clientX - box.left, py = ev.clientY - box.top;
        var f = Math.exp(-ev.deltaY * 0.0015), k = Math.min(8, Math.max(0.05, view.k * f));
        view.x = px - (px - view.x) * k / view.k; view.y = py - (py - view.y) * k / view.k; view.k = k;
        applyView();
      }, { passive: false });

      // Dragging a node, panning the background; a press that does not move is a click.
      var drag = null, pan = null;
      function startDrag(ev, n) {
        ev.stopPropagation();
        drag = { node: n, sx: ev.clientX, sy: ev.clientY, moved: false };
        svg.setPointerCapture(ev.pointerId);
        hideTip();
      }
      svg.addEventListener("pointerdown", function (ev) {
        if (drag) return;
        pan = { sx: ev.clientX, sy: ev.clientY, x: view.x, y: view.y, moved: false };
        svg.setPointerCapture(ev.pointerId);
        svg.classList.add("panning");
      });
      svg.addEventListener("pointermove", function (ev) {
        if (drag) {
          if (!drag.moved && Math.abs(ev.clientX - drag.sx) + Math.abs(ev.clientY - drag.sy) < 4) return;
          drag.moved = true;
          var p = toGraph(ev);
          drag.node.fx = drag.node.x = p.x; drag.node.fy = drag.node.y = p.y;
          drag.node.el.classList.add("pinned");
          reheat(0.25);
        } else if (pan) {
          var dx = ev.clientX - pan.sx, dy = ev.clientY - pan.sy;
          if (Math.abs(dx) + Math.abs(dy) > 3) pan.moved = true;
          view.x = pan.x + dx; view.y = pan.y + dy; applyView();
        }
      });
      svg.addEventListener("pointerup", function () {
        if (drag && !drag.moved) select(drag.node);
        if (pan && !pan.moved) select(null);
        drag = null; pan = null;
        svg.classList.remove("panning");
      });

      // Tooltips.
      function edgeText(e) {
        var lines = [e.data.type, e.s.label + (e.data.directed ? " → " : " — ") + e.t.label];
        var props = e.data.properties;
        for (var k in props) lines.push(k + ": " + (Array.isArray(props[k]) ? props[k].join("; ") : props[k]));
        var first = e.data.evidence[0];
        if (first) lines.push("evidence: " + e.data.evidence_count + " (" + docName(first.document) + " " + first.start + "–" + first.end + ", " + first.rule + ")");
        return lines.join("\n");
      }
      function showTip(ev, text) { tip.textContent = text; tip.hidden = false; moveTip(ev); }
      function moveTip(ev) {
        if (tip.hidden) return;
        var box = svg.getBoundingClientRect();
        var x = ev.clientX - box.left + 14, y = ev.clientY - box.top + 14;
        if (x + tip.offsetWidth > box.width) x = Math.max(0, box.width - tip.offsetWidth - 4);
        if (y + tip.offsetHeight > box.height) y = Math.max(0, ev.clientY - box.top - tip.offsetHeight - 10);
        tip.style.left = x + "px"; tip.style.top = y + "px";
      }
      function hideTip() { tip.hidden = true; }

      // The details panel.
      function docName(id) {
        var d = data.documents[id];
        return d && d.title ? d.title + " (" + id + ")" : id;
      }
      function add(parent, tag, text, cls) {
        var x = document.createElement(tag);
        if (text !== undefined) x.textContent = text;
        if (cls) x.className = cls;
        parent.appendChild(x);
        return x;
      }
      function other(e, n) { return e.s === n ? e.t : e.s; }
      function select(n) {
        nodes.forEach(function (m) { m.el.classList.remove("selected", "near"); });
        edges.forEach(function (e) { e.el.classList.remove("near"); });
        svg.classList.toggle("focus", !!n);
        if (!n) { history.replaceState(null, "", location.pathname + location.search); return; }
        n.el.classList.add("selected", "near");
        if (active.indexOf(n) < 0) { shown[n.kind] = true; syncLegend(); rebuild(); reheat(0.5); }
        n.edges.forEach(function (e) { e.el.classList.add("near"); other(e, n).el.classList.add("near"); });
        history.replaceState(null, "", "#node=" + encodeURIComponent(n.id));
        details.textContent = "";
        add(details, "h2", n.label);
        var kind = add(details, "span", n.kind, "kind");
        kind.style.background = kinds[n.kind] ? kinds[n.kind].colour : "#999";
        add(details, "p", n.id, "id");
        add(details, "h3", "Properties");
        var table = add(details, "table"), props = n.data.properties;
        for (var key in props) {
          var row = add(table, "tr");
          add(row, "td", key);
          add(row, "td", Array.isArray(props[key]) ? props[key].join("; ") : String(props[key]));
        }
        var prov = n.data.provenance;
        add(details, "h3", "Provenance (" + n.data.provenance_count + ")");
        if (!prov.length) add(details, "p", "no mention recorded", "muted");
        var list = add(details, "ol");
        prov.forEach(function (p) {
          var li = add(list, "li", docName(p.document) + " · " + p.start + "–" + p.end + " ");
          add(li, "span", p.rule, "rule");
        });
        if (n.data.provenance_count > prov.length) add(details, "p", "and " + (n.data.provenance_count - prov.length) + " more", "muted");
        add(details, "h3", "Edges (" + n.edges.length + ")");
        var ul = add(details, "ul");
        n.edges.forEach(function (e) {
          var li = add(ul, "li"), m = other(e, n);
          add(li, "span", e.data.type + (e.data.directed ? (e.s === n ? " → " : " ← ") : " — "), "etype");
          var b = add(li, "button", m.label, "link");
          b.type = "button";
          b.addEventListener("click", function () { select(m); });
          var p = e.data.properties, note = p.title || p.role || p.metric || (p.count ? p.count + "×" : "");
          if (note) add(li, "span", " " + note, "muted");
        });
      }

      // Legend: one switch per kind present.
      var legend = document.getElementById("legend"), boxes = {};
      data.kinds.forEach(function (k) {
        var count = nodes.filter(function (n) { return n.kind === k.kind; }).length;
        if (!count) return;
        var label = add(legend, "label");
        var box = add(label, "input");
        box.type = "checkbox"; box.checked = shown[k.kind]; boxes[k.kind] = box;
        var icon = el("svg", { width: 16, height: 16, viewBox: "-9 -9 18 18" }, label);
        el("path", { d: shapePath(k.kind, 6), fill: k.colour }, icon);
        add(label, "span", k.kind);
        add(label, "span", String(count), "count");
        box.addEventListener("change", function () {
          shown[k.kind] = box.checked;
          nodes.forEach(function (n) {
            if (n.kind !== k.kind || !box.checked) return;
            var near = n.edges.map(function (e) { return other(e, n); }).filter(function (m) { return shown[m.kind] && m !== n; })[0];
            if (near) { n.x = near.x + (Math.random() - 0.5) * 40; n.y = near.y + (Math.random() - 0.5) * 40; }
          });
          rebuild(); reheat(0.6);
        });
      });
      var lonelyLabel = add(legend, "label"), lonelyBox = add(lonelyLabel, "input");
      lonelyBox.type = "checkbox"; lonelyBox.checked = !hideUnconnected;
      add(lonelyLabel, "span", "unconnected");
      var lonelyCount = add(lonelyLabel, "span", "", "count");
      lonelyBox.addEventListener("change", function () { hideUnconnected = !lonelyBox.checked; rebuild(); reheat(0.6); });
      function syncLegend() { for (var k in boxes) boxes[k].checked = shown[k]; }

      // Search by name, without tone marks or case.
      function fold(s) { return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase(); }
      var search = document.getElementById("search");
      search.addEventListener("input", function () {
        var q = fold(search.value.trim());
        nodes.forEach(function (n) { n.el.classList.toggle("match", q.length > 0 && fold(n.label).indexOf(q) >= 0); });
      });
      search.addEventListener("keydown", function (ev) {
        if (ev.key !== "Enter") return;
        var q = fold(search.value.trim());
        var hit = nodes.filter(function (n) { return q && fold(n.label).indexOf(q) >= 0; })[0];
        if (hit) select(hit);
      });
      document.getElementById("fit").addEventListener("click", fit);
      document.getElementById("relayout").addEventListener("click", function () {
        nodes.forEach(function (n) { n.fx = n.fy = null; n.el.classList.remove("pinned"); });
        place();
        settle();
      });
      window.addEventListener("resize", fit);
      function fromAddress() {
        var m = /^#node=(.+)$/.exec(location.hash);
        if (m) { var n = byId[decodeURIComponent(m[1])]; if (n) select(n); }
      }
      window.addEventListener("hashchange", fromAddress);

      rebuild();
      place();
      settle();
      fromAddress();
    })();
    """#
}
