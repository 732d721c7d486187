import Foundation
import Synchronization

/// Everything a `SiteSession` keeps from one update to the next, so that an edit costs
/// only what it changed: each stage's cache, and what the last updates saw.
final class SessionCaches: Sendable {
    /// load: each file's parse, by path and fingerprint.
    let parse = ParseCache()
    /// resolve: each case's related cases, while the cases' terms are the same.
    let related = RelatedCache()
    /// resolve: the unknown-unit warnings, while every case's metrics are the same.
    let unitWarnings = CaseListMemo.unitWarnings()
    /// resolve: the slug clashes, while every case has the same path and slug.
    let slugClashes = CaseListMemo.slugClashes()
    /// theme: the loaded and checked theme, while templates and settings are the same.
    let theme = ThemeCache()
    /// markdown: each body's HTML and diagnostics, by its text and place.
    let markdown = MarkdownCache()
    /// markdown: what each image file's header said (ImageChecks).
    let imageProbes = ImageProbeCache()
    /// render: each case's QR code, by URL and title; their symbols kept between builds
    /// in `.exhibit-cache/qr-codes` (`QRStore`).
    let qr: QRCache
    /// The files of the last update, so an edit of known files is not a new scan.
    let lastTree = Mutex<SourceTree?>(nil)
    /// What the last successful update resolved; the fast path starts from it.
    let lastGood = Mutex<SiteSession.Resolved?>(nil)

    init(siteRoot: URL) {
        qr = QRCache(store: QRStore(siteRoot: siteRoot))
    }
}
