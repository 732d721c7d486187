import ExhibitQR
import Synchronization

/// The QR code of each case's public URL, drawn when a page first needs it and kept for
/// the whole session: after an edit, `serve` redraws only codes whose URL or title changed.
final class QRCodes: Sendable {
    private let make: @Sendable (Int) -> String?
    private let drawn = Mutex<[Int: String?]>([:])

    init(_ make: @escaping @Sendable (Int) -> String?) {
        self.make = make
    }

    /// The SVG of case `index`, or nil without base_url.
    subscript(index: Int) -> String? {
        if let done = drawn.withLock({ $0[index] }) { return done }
        let svg = make(index)
        drawn.withLock { $0[index] = svg }
        return svg
    }
}

/// QR codes by URL and label, kept across the builds of a session; their symbols come
/// from `store`, which keeps them between sessions.
final class QRCache: Sendable {
    private let codes = Mutex<[String: String]>([:])
    let store: QRStore

    init(store: QRStore) {
        self.store = store
    }

    func svg(url: String, label: String) -> String? {
        let key = url + "\n" + label
        if let known = codes.withLock({ $0[key] }) { return known }
        guard let matrix = store.matrix(for: url) else { return nil }
        let svg = QRCode.svg(of: matrix, label: label)
        codes.withLock { $0[key] = svg }
        return svg
    }
}
