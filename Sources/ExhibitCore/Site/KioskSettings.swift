/// site.yaml's `kiosk:`, the hall screen's attract loop at /kiosk/:
/// `kiosk: {interval: 8, idle: 60, slides: 12}`.
public struct KioskSettings: Sendable, Equatable {
    /// Seconds each slide is shown while the loop plays.
    public var interval = 8
    /// Seconds without a touch or a key after which browsing by hand gives way to the loop.
    public var idle = 60
    /// The most slides the loop has (featured cases, else the newest).
    public var slides = 12

    public init() {}

    public static let knownKeys = ["interval", "idle", "slides"]

    /// What each setting may be. Under 3 s a slide cannot be read from across a hall; an
    /// idle time under 5 s would take the screen from a visitor between two touches; each
    /// slide carries its QR code and cover in the page, so 50 keeps the page light.
    public static let limits: [String: ClosedRange<Int>] = ["interval": 3...600, "idle": 5...3600, "slides": 1...50]
}
