/// The inline style sheet and script of the annotation page. Nothing is fetched: no fonts, no
/// libraries, no images; the page reads the same from a file on a machine with no network.
enum AnnotationPageAssets {
    static var css: String {
        """
        :root { color-scheme: light; }
        * { box-sizing: border-box; }
        body { margin: 0; background: #f3f4f6; color: #1f2630;
               font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans", "DejaVu Sans", sans-serif; }
        .page { display: flex; flex-direction: column; max-width: 1400px; margin: 0 auto; padding: 0 20px 40px; }
        header.top { order: -2; position: sticky; top: 0; z-index: 5; background: rgba(243,244,246,.96);
                     border-bottom: 1px solid #dde1e6; padding: 10px 0 8px; display: flex; flex-wrap: wrap;
                     align-items: baseline; gap: 6px 18px; }
        header.top h1 { font-size: 18px; margin: 0; }
        .legend { display: flex; flex-wrap: wrap; gap: 6px 12px; margin: 0; padding: 0; list-style: none; font-size: 12px; }
        .legend li { display: flex; align-items: center; gap: 5px; }
        .swatch { display: inline-block; min-width: 38px; padding: 1px 6px; border-radius: 4px; font-weight: 700;
                  font-size: 10px; text-align: center; letter-spacing: .03em; }
        .hint { color: #68717c; font-size: 12px; }
        nav.index { order: -1; background: #fff; border-radius: 10px; margin-top: 16px; padding: 12px 20px;
                    box-shadow: 0 1px 2px rgba(0,0,0,.08); }
        nav.index h2 { font-size: 15px; margin: 0 0 6px; }
        nav.index ol { margin: 0; padding-left: 22px; columns: 2; column-gap: 32px; }
        nav.index li { break-inside: avoid; margin: 2px 0; }
        nav.index .preview { color: #3b4550; }
        nav.index .failed a { color: #b42318; }
        main { order: 0; }
        .doc { background: #fff; border-radius: 10px; margin-top: 16px; padding: 16px 22px 20px;
               box-shadow: 0 1px 2px rgba(0,0,0,.08); }
        .doc-head h2 { font-size: 16px; margin: 0; word-break: break-all; }
        .doc-head .n { display: inline-block; min-width: 24px; margin-right: 6px; padding: 0 6px; border-radius: 10px;
                       background: #1f2630; color: #fff; font-size: 12px; text-align: center; vertical-align: 2px; }
        .meta { margin: 4px 0 0; color: #5b6570; font-size: 12px; word-break: break-all; }
        .meta .doc-title { color: #1f2630; font-weight: 600; font-size: 13px; word-break: normal; }
        .chips { margin: 6px 0 0; display: flex; flex-wrap: wrap; gap: 4px; font-size: 11px; }
        .chips span { padding: 0 6px; border-radius: 4px; }
        .doc-body { display: grid; grid-template-columns: minmax(0, 1fr) 380px; gap: 26px; margin-top: 12px; }
        @media (max-width: 980px) { .doc-body { grid-template-columns: minmax(0, 1fr); } }
        article.text { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 15px; line-height: 2.15;
                       font-family: Georgia, "Noto Serif", "DejaVu Serif", serif; }
        mark.e { color: inherit; padding: .1em .28em; margin: 0 .05em; border-radius: .35em; cursor: pointer;
                 box-shadow: inset 0 0 0 1px rgba(0,0,0,.10); -webkit-box-decoration-break: clone; box-decoration-break: clone; }
        mark.e mark.e { padding: .02em .2em; box-shadow: inset 0 0 0 1px rgba(0,0,0,.18); }
        mark.e[data-label]::after { content: attr(data-label); margin-left: .4em; font: 700 9px/1 system-ui, "DejaVu Sans", sans-serif;
                                    letter-spacing: .04em; vertical-align: .18em; color: rgba(0,0,0,.62); }
        mark.split { border-top-right-radius: 0; border-bottom-right-radius: 0; margin-right: 0; padding-right: 0; }
        mark.cont { border-top-left-radius: 0; border-bottom-left-radius: 0; margin-left: 0; padding-left: 0; }
        mark.e.hl { box-shadow: inset 0 0 0 2px rgba(0,0,0,.55); }
        mark.e:target { box-shadow: inset 0 0 0 2px #b42318; }
        aside.panels { display: flex; flex-direction: column; gap: 14px; font-size: 13px; }
        .panel h3 { margin: 0 0 6px; font-size: 13px; text-transform: uppercase; letter-spacing: .05em; color: #3b4550;
                    border-bottom: 1px solid #e3e6ea; padding-bottom: 3px; }
        .panel .count { display: inline-block; padding: 0 6px; border-radius: 8px; background: #e8ebef; color: #3b4550;
                        font-size: 11px; letter-spacing: 0; }
        .panel ul { margin: 0; padding-left: 18px; }
        .panel li { margin: 2px 0; }
        .panel .none, .muted { color: #7a838d; }
        .panel .none { margin: 0; font-style: italic; }
        .officials > ul > li { margin-bottom: 5px; }
        .officials .name { font-weight: 600; }
        .positions { color: #2f3944; }
        .positions .title { font-weight: 600; color: #6b4e00; }
        .event { border: 1px solid #e3e6ea; border-radius: 8px; padding: 6px 10px; margin-bottom: 8px; }
        .event .kind { font-weight: 700; }
        .event .kind::first-letter { text-transform: uppercase; }
        .event dl { display: grid; grid-template-columns: 88px minmax(0, 1fr); gap: 2px 8px; margin: 4px 0 0; }
        .event dt { color: #68717c; }
        .event dd { margin: 0; }
        .event dd ul { padding-left: 16px; }
        .role { display: inline-block; padding: 0 5px; border-radius: 4px; background: #eef1f4; color: #3b4550; font-size: 11px; }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; padding: 2px 6px 2px 0; border-bottom: 1px solid #eef0f2; vertical-align: top; }
        th { font-weight: 600; color: #68717c; font-size: 12px; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; padding-right: 10px; }
        a { color: #1a5fb4; text-decoration: none; }
        a:hover { text-decoration: underline; }
        .errorbox { margin-top: 10px; border: 1px solid #f1a9a0; background: #fef3f2; color: #7a271a; border-radius: 8px;
                    padding: 10px 14px; white-space: pre-wrap; }
        .errorbox strong { color: #b42318; }
        .doc.failed .n { background: #b42318; }
        #popover { position: absolute; z-index: 10; max-width: 460px; background: #fff; border: 1px solid #cfd4da;
                   border-radius: 8px; box-shadow: 0 6px 18px rgba(0,0,0,.18); padding: 8px 10px; font-size: 12px; }
        #popover .item { border-left: 6px solid transparent; padding: 2px 0 2px 8px; margin: 4px 0; white-space: pre-wrap; }
        #popover .item:first-line { font-weight: 700; }
        footer { order: 1; margin-top: 18px; color: #7a838d; font-size: 12px; }
        """
    }

    /// Click a mark: a popover lists it and every mark around it (their tooltips). Hovering a mark
    /// outlines every piece of the same entity. Escape or a click elsewhere closes the popover.
    static var script: String {
        """
        (function () {
          "use strict";
          var pop = document.getElementById("popover");
          function hide() { pop.hidden = true; }
          function colourOf(type) {
            var s = document.querySelector(".legend .swatch.t-" + type);
            return s ? getComputedStyle(s).backgroundColor : "#ccc";
          }
          document.addEventListener("click", function (ev) {
            var m = ev.target.closest ? ev.target.closest("mark.e") : null;
            if (!m) { if (!pop.contains(ev.target)) hide(); return; }
            pop.textContent = "";
            for (var x = m; x; x = x.parentElement ? x.parentElement.closest("mark.e") : null) {
              var item = document.createElement("div");
              item.className = "item";
              item.style.borderLeftColor = colourOf(x.dataset.type);
              item.textContent = x.getAttribute("title") || x.dataset.type;
              pop.appendChild(item);
            }
            pop.hidden = false;
            var left = Math.min(ev.pageX + 12, window.scrollX + document.documentElement.clientWidth - pop.offsetWidth - 8);
            pop.style.left = Math.max(window.scrollX + 4, left) + "px";
            pop.style.top = (ev.pageY + 14) + "px";
          });
          document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") hide(); });
          function outline(ev, on) {
            var m = ev.target.closest ? ev.target.closest("mark.e") : null;
            if (!m) return;
            var doc = m.closest("article");
            doc.querySelectorAll('mark.e[data-i="' + m.dataset.i + '"]').forEach(function (p) { p.classList.toggle("hl", on); });
          }
          document.addEventListener("mouseover", function (ev) { outline(ev, true); });
          document.addEventListener("mouseout", function (ev) { outline(ev, false); });
        })();
        """
    }
}
