import ExhibitQR
import Synchronization

/// The QR code of each case's public URL, drawn when a page asks for it. Whether a
/// drawing is kept is its `QRCache`'s to say: for the whole session while it remembers
/// (after an edit, `serve` redraws only codes whose URL or title changed), not at all in
/// a one-shot build, where a code is drawn for each page that shows it, its case's page
/// and the booklet, from the symbol its store keeps. Kept, the drawings were 40 MB at
/// 10,000 cases (190 MB at 50,000), all held from the booklet, which asks for them first,
/// to the end of the build; drawn twice, the build took no longer, as the memory no
/// longer touched made up for the drawing.
struct QRCodes: Sendable {
    private let make: @Sendable (Int) -> String?

    init(_ make: @escaping @Sendable (Int) -> String?) {
        self.make = make
    }

    /// The code of case `i` for `url(i)`, labelled `label(i)`, from `cache`.
    init(cache: QRCache, url: @escaping @Sendable (Int) -> String, label: @escaping @Sendable (Int) -> String) {
        make = { i in cache.svg(url: url(i), label: label(i)) }
    }

    /// The SVG of case `index`, or nil without base_url.
    subscript(index: Int) -> String? { make(index) }
}

/// QR codes by URL and label, kept across the builds of a session; their symbols come
/// from `store`, which keeps them between sessions.
final class QRCache: Sendable {
    private let codes = Mutex<[String: String]>([:])
    /// Whether drawings are kept for the next build: not in a one-shot build, where
    /// keeping them by URL and title was half as much work as drawing them.
    private let remembering = Atomic<Bool>(true)
    let store: QRStore

    init(store: QRStore) {
        self.store = store
    }

    /// Keeps no more drawings (and lets go of those kept): no build follows.
    func stopRemembering() {
        remembering.store(false, ordering: .relaxed)
        codes.withLock { $0 = [:] }
    }

    func svg(url: String, label: String) -> String? {
        let remember = remembering.load(ordering: .relaxed)
        let key = remember ? url + "\n" + label : ""
        if remember, let known = codes.withLock({ $0[key] }) { return known }
        guard let matrix = store.matrix(for: url) else { return nil }
        let svg = QRCode.svg(of: matrix, label: label)
        if remember { codes.withLock { $0[key] = svg } }
        return svg
    }
}
