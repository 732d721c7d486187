import Foundation

/// What `exhibit print` did: the documents it wrote, or why it wrote nothing.
public struct PrintReport: Sendable {
    public struct Document: Sendable {
        /// The PDF's path inside `print/`.
        public var path: String
        public var pages: Int
        public var bytes: Int
        public var seconds: Double
        /// WeasyPrint's CPU time for it.
        public var cpuSeconds: Double = 0
    }

    public var diagnostics: [Diagnostic] = []
    public var succeeded = false
    /// The folder the documents went to (`print/` beside the output).
    public var folder: URL
    public var documents: [Document] = []
    public var seconds = 0.0
    public var cases = 0

    public var errors: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warnings: Int { diagnostics.filter { $0.severity == .warning }.count }
}
