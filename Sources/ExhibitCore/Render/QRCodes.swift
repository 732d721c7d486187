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

/// QR codes by URL and label, kept across the builds of a session.
final class QRCache: Sendable {
    private let codes = Mutex<[String: String]>([:])

    func svg(url: String, label: String) -> String? {
        let key = url + "\n" + label
        if let known = codes.withLock({ $0[key] }) { return known }
        guard let svg = QRCode.svg(for: url, label: label) else { return nil }
        codes.withLock { $0[key] = svg }
        return svg
    }
}
