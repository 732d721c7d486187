import ExhibitImages
import Foundation
import Synchronization

/// What each image file's header said, while the file is the same (size, time, inode):
/// `serve` checks the site's images on every update without reading them again.
final class ImageProbeCache: Sendable {
    private let entries = Mutex<[String: (fingerprint: FileFingerprint, outcome: ImageProbe.Outcome)]>([:])

    /// The probe of `file` (site-relative) at `url`.
    func probe(_ file: String, at url: URL) -> ImageProbe.Outcome {
        let fingerprint = FileFingerprint(path: url.path)
        if let fingerprint, let hit = entries.withLock({ $0[file] }), hit.fingerprint == fingerprint { return hit.outcome }
        let outcome = ImageProbe.probe(url)
        if let fingerprint { entries.withLock { $0[file] = (fingerprint, outcome) } }
        return outcome
    }
}
