/// What a source image's header says, as a page needs it and an editor is warned about.
public struct ImageInfo: Sendable, Hashable, Codable {
    public var format: ImageFormat
    /// Width and height as the picture is seen: after its EXIF orientation.
    public var width: Int
    public var height: Int
    public var hasAlpha: Bool
    /// EXIF orientation, 1 (upright) to 8; 1 when the file has none.
    public var orientation: Int
    /// A GPS position is in the EXIF data.
    public var hasGPS: Bool
    /// The file carries EXIF or XMP metadata at all (camera, serial, date, position…).
    public var hasMetadata: Bool
    /// The file embeds an ICC colour profile (iPhones write Display P3).
    public var hasColourProfile: Bool
    /// Size of the file on disk.
    public var bytes: Int

    public init(format: ImageFormat, width: Int, height: Int, hasAlpha: Bool, orientation: Int, hasGPS: Bool, hasMetadata: Bool, hasColourProfile: Bool = false, bytes: Int) {
        self.format = format
        self.width = width
        self.height = height
        self.hasAlpha = hasAlpha
        self.orientation = orientation
        self.hasGPS = hasGPS
        self.hasMetadata = hasMetadata
        self.hasColourProfile = hasColourProfile
        self.bytes = bytes
    }

    /// The warnings an editor should see for this original; `shownAt` is the widest
    /// (in CSS pixels × the screen density the theme serves) it appears on a page, if known.
    public func warnings(shownAt needed: Int? = nil) -> [ImageWarning] {
        var warnings: [ImageWarning] = []
        if bytes > ImageWarning.largeOriginalBytes { warnings.append(.largeOriginal(bytes: bytes)) }
        if max(width, height) > ImageWarning.hugeSide { warnings.append(.hugeDimensions(width: width, height: height)) }
        if let needed, width < needed { warnings.append(.smallerThanShown(width: width, needed: needed)) }
        if hasGPS { warnings.append(.gps) }
        return warnings
    }
}
