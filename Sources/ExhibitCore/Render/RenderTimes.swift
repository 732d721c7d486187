import Foundation
import Synchronization

/// Where `render+write` spends its time, by template: like Hugo's `--templateMetrics`,
/// so that a slow theme (or a slow part of Exhibit) shows in `build --verbose`. Times are
/// summed over threads, so they add up to more than the stage's wall time.
public struct TemplateTime: Sendable, Equatable {
    public var template: String
    public var pages = 0
    /// Making the page's values (URLs, cards, figures).
    public var context = 0.0
    /// Mustache rendering.
    public var render = 0.0
    /// Writing the file.
    public var write = 0.0
    /// A site-wide file (feed, search index …) rather than a template: `context` is the
    /// time to make it, `pages` counts 1.
    public var isSiteFile = false
    public var total: Double { context + render + write }
}

/// Collects `TemplateTime`s from the rendering threads.
final class RenderTimes: Sendable {
    private let times = Mutex<[String: TemplateTime]>([:])

    func add(_ template: String, context: Double, render: Double, write: Double, isSiteFile: Bool = false) {
        times.withLock { all in
            var entry = all[template] ?? TemplateTime(template: template, isSiteFile: isSiteFile)
            entry.pages += 1
            entry.context += context
            entry.render += render
            entry.write += write
            all[template] = entry
        }
    }

    /// Slowest first.
    var all: [TemplateTime] {
        times.withLock { Array($0.values) }.sorted { ($0.total, $1.template) > ($1.total, $0.template) }
    }
}

extension Duration {
    var seconds: Double {
        let (s, attoseconds) = components
        return Double(s) + Double(attoseconds) / 1e18
    }
}
