import VietIECore

/// The markup and style sheet of the graph page (``HTMLGraphExporter``): a bar with the legend and a
/// search box, the drawing, and a panel for the selected node. Inline only; nothing is fetched.
enum HTMLGraphPage {
    /// Everything before the embedded graph data.
    static func head(title: String) -> String {
        let t = HTMLEscaping.text(title)
        return """
        <!DOCTYPE html>
        <html lang="vi">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(t)</title>
        <style>
        \(css)
        </style>
        </head>
        <body>
        <div class="app">
        <header class="bar">
        <h1>\(t)</h1>
        <span id="stats" class="muted"></span>
        <div id="legend" aria-label="node kinds"></div>
        <div class="tools"><input id="search" type="search" placeholder="Find a node…" aria-label="find a node">
        <button id="fit" type="button">Fit</button><button id="relayout" type="button">Lay out again</button></div>
        </header>
        <div class="stage">
        <svg id="graph" role="img" aria-label="knowledge graph">
        <defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
        <path d="M0,0L10,5L0,10z" fill="#8a949e"></path></marker></defs>
        <g id="viewport"><g id="edges"></g><g id="nodes"></g></g>
        </svg>
        <div id="tip" hidden></div>
        <noscript><p class="noscript">This page draws the graph with JavaScript; the data is in the page's graph-data script element.</p></noscript>
        </div>
        <aside id="details"><p class="muted">Click a node to see its properties, provenance and edges. Drag nodes to move them
        (double-click frees one), drag the background to pan, scroll to zoom; hover an edge for its type.</p></aside>
        </div>

        """
    }

    static let css = #"""
    * { box-sizing: border-box; }
    html, body { margin: 0; height: 100%; }
    body { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", "Noto Sans", "DejaVu Sans", sans-serif; color: #1f2630; background: #f3f4f6; }
    .app { display: grid; grid-template-columns: minmax(0, 1fr) 360px; grid-template-rows: auto minmax(0, 1fr); height: 100vh; }
    .bar { grid-column: 1 / 3; display: flex; flex-wrap: wrap; align-items: center; gap: 6px 18px; padding: 8px 16px;
           background: #fff; border-bottom: 1px solid #dde1e6; }
    .bar h1 { font-size: 17px; margin: 0; }
    .muted { color: #6b7480; }
    #legend { display: flex; flex-wrap: wrap; gap: 4px 14px; }
    #legend label { display: flex; align-items: center; gap: 4px; cursor: pointer; user-select: none; }
    #legend .count { color: #6b7480; font-size: 11px; }
    .tools { display: flex; gap: 6px; margin-left: auto; }
    .tools input { width: 190px; padding: 3px 8px; border: 1px solid #cfd4da; border-radius: 6px; font: inherit; }
    .tools button { padding: 3px 10px; border: 1px solid #cfd4da; border-radius: 6px; background: #f7f8fa; font: inherit; cursor: pointer; }
    .stage { position: relative; min-height: 0; }
    #graph { display: block; width: 100%; height: 100%; background: #fbfbfc; cursor: grab; touch-action: none; }
    #graph.panning { cursor: grabbing; }
    .edge .vis { stroke: #a3acb5; stroke-width: 1.2; fill: none; }
    .edge .hit { stroke: transparent; stroke-width: 9; }
    .edge:hover .vis { stroke: #39424c; stroke-width: 2; }
    .edge.t-MET_WITH .vis { stroke: #c0392b; stroke-dasharray: 5 3; }
    .edge.t-MENTIONED_IN .vis, .edge.t-LOCATED_IN .vis, .edge.t-PART_OF .vis { stroke-dasharray: 2 3; }
    .edge.t-HOLDS_POSITION .vis { stroke: #7e8b99; }
    .node { cursor: pointer; }
    .node path { stroke: #fff; stroke-width: 1.5; }
    .node text { font-size: 11px; fill: #222a33; paint-order: stroke; stroke: rgba(251,251,252,.92); stroke-width: 3px;
                 stroke-linejoin: round; pointer-events: none; }
    .node.quiet text { display: none; }
    .node.pinned path { stroke: #39424c; stroke-dasharray: 2 1.5; }
    .node.match path { stroke: #111; stroke-width: 3; }
    #graph.focus .node, #graph.focus .edge { opacity: .3; }
    #graph.focus .node.near, #graph.focus .edge.near { opacity: 1; }
    #graph.focus .node.near text { display: inline; }
    .node.selected path { stroke: #111; stroke-width: 3; }
    #tip { position: absolute; z-index: 3; max-width: 360px; pointer-events: none; background: rgba(31,38,48,.94); color: #fff;
           border-radius: 6px; padding: 5px 8px; font-size: 12px; white-space: pre-wrap; }
    #details { overflow: auto; background: #fff; border-left: 1px solid #dde1e6; padding: 12px 16px; }
    #details h2 { font-size: 16px; margin: 0 0 2px; }
    #details h3 { font-size: 12px; text-transform: uppercase; letter-spacing: .05em; color: #3b4550; margin: 14px 0 4px;
                  border-bottom: 1px solid #e3e6ea; padding-bottom: 2px; }
    #details .kind { display: inline-block; padding: 0 7px; border-radius: 8px; color: #fff; font-size: 11px; font-weight: 600; }
    #details .id { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 11px; color: #6b7480; word-break: break-all; margin: 4px 0 0; }
    #details table { border-collapse: collapse; width: 100%; }
    #details td { padding: 2px 6px 2px 0; border-bottom: 1px solid #f0f2f4; vertical-align: top; word-break: break-word; }
    #details td:first-child { color: #6b7480; white-space: nowrap; }
    #details ol, #details ul { margin: 0; padding-left: 18px; }
    #details li { margin: 2px 0; }
    #details .rule { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 11px; color: #5b6570; }
    #details .etype { font-size: 10px; font-weight: 700; letter-spacing: .03em; color: #5b6570; }
    #details button.link { border: 0; padding: 0; background: none; color: #1a5fb4; font: inherit; cursor: pointer; text-align: left; }
    #details button.link:hover { text-decoration: underline; }
    .noscript { padding: 20px; }
    @media (max-width: 900px) { .app { grid-template-columns: minmax(0, 1fr); grid-template-rows: auto 60vh auto; height: auto; } .bar { grid-column: 1; } }
    """#
}
