import Foundation

/// The script `serve` adds to every HTML page it sends (never to what `build` writes):
/// it listens on `/__exhibit/live`, reloads the page on `reload`, shows the diagnostics
/// over the last good page on `error`, and reconnects when the server comes back.
enum LiveReloadScript {
    static let socketPath = "/__exhibit/live"
    /// The opening tag, by which tests find (and remove) the script.
    static let openingTag = "<script data-exhibit-live>"

    static let source = """
        (() => {
          "use strict";
          const url = (location.protocol === "https:" ? "wss://" : "ws://") + location.host + "\(socketPath)";
          let overlay = null, wasOpen = false, delay = 200;
          function clear() { if (overlay) { overlay.remove(); overlay = null; } }
          function add(parent, tag, text, style) {
            const node = document.createElement(tag);
            if (text !== undefined) node.textContent = text;
            if (style) node.style.cssText = style;
            parent.appendChild(node);
            return node;
          }
          function show(diagnostics) {
            clear();
            overlay = document.createElement("div");
            overlay.id = "exhibit-live-errors";
            overlay.setAttribute("role", "alert");
            overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:2rem;" +
              "background:rgba(24,24,27,.94);color:#fafafa;font:15px/1.55 system-ui,sans-serif;text-align:left";
            const close = add(overlay, "button", "×", "float:right;font-size:1.5rem;background:none;color:inherit;border:0;cursor:pointer");
            close.setAttribute("aria-label", "close");
            close.onclick = clear;
            // Under the overlay is the last good page, or the placeholder of a site that never built.
            const neverBuilt = document.body && document.body.hasAttribute("data-exhibit-not-built");
            add(overlay, "h2", neverBuilt ? "The site has errors and has not built yet: it opens here once they are fixed"
              : "The site has errors: this is the last good version of the page", "margin:0 0 1rem;font-size:1.2rem;color:#fca5a5");
            for (const d of diagnostics) {
              const item = add(overlay, "div", undefined, "margin:0 0 1rem;padding:.75rem 1rem;border-left:4px solid " +
                (d.severity === "error" ? "#ef4444" : "#f59e0b") + ";background:rgba(255,255,255,.06)");
              add(item, "div", d.path + ":" + d.line + ":" + d.column, "font:600 14px ui-monospace,monospace;color:#93c5fd");
              add(item, "div", d.severity + ": " + d.message);
              if (d.fix) add(item, "div", "fix: " + d.fix, "color:#86efac");
            }
            (document.body || document.documentElement).appendChild(overlay);
          }
          function connect() {
            let socket;
            try { socket = new WebSocket(url); } catch (e) { return retry(); }
            socket.onopen = () => { if (wasOpen) location.reload(); wasOpen = true; delay = 200; };
            socket.onmessage = (event) => {
              let message;
              try { message = JSON.parse(event.data); } catch (e) { return; }
              if (message.type === "reload") location.reload();
              else if (message.type === "error") show(message.diagnostics || []);
            };
            socket.onclose = retry;
          }
          function retry() { setTimeout(connect, delay); delay = Math.min(delay * 2, 2000); }
          connect();
        })();
        """

    static let tag = Data((openingTag + "\n" + source + "\n</script>\n").utf8)

    /// The page with the script added just before its last `</body>` (at the end when
    /// there is none).
    static func inject(into html: Data) -> Data {
        guard let range = lastBodyClose(in: html) else { return html + tag }
        var result = Data(html[html.startIndex..<range])
        result.append(tag)
        result.append(html[range...])
        return result
    }

    /// Where the last `</body>` (any case) starts.
    static func lastBodyClose(in html: Data) -> Data.Index? {
        let needle = Array("</body".utf8)
        let bytes = [UInt8](html)
        guard bytes.count >= needle.count else { return nil }
        var i = bytes.count - needle.count
        while i >= 0 {
            var match = true
            for j in 0..<needle.count where bytes[i + j] | (j >= 2 ? 0x20 : 0) != needle[j] {
                match = false
                break
            }
            if match { return html.startIndex + i }
            i -= 1
        }
        return nil
    }
}
