/// The part of `ffprobe -print_format json -show_format -show_streams` Exhibit reads.
struct FFprobeReport: Decodable {
    struct Stream: Decodable {
        var codec_type: String?
        var width: Int?
        var height: Int?
        var tags: [String: String]?
        var side_data_list: [SideData]?
        /// Cover art in an MP3 or M4A is a one-frame "video" stream with this disposition.
        var disposition: [String: Int]?
    }

    struct SideData: Decodable {
        var rotation: Double?
    }

    struct Format: Decodable {
        var duration: String?
    }

    var streams: [Stream]?
    var format: Format?

    /// Video when there is a real video stream (not an audio file's cover picture).
    func info(declared: MediaInfo.Kind?) -> MediaInfo? {
        let streams = streams ?? []
        let video = streams.first { $0.codec_type == "video" && $0.disposition?["attached_pic"] != 1 }
        let audio = streams.first { $0.codec_type == "audio" }
        let duration = format?.duration.flatMap(Double.init)
        if let video, declared != .audio {
            var (width, height) = (video.width, video.height)
            // Phones store portrait video as landscape plus a rotation; players turn it.
            let rotation = video.side_data_list?.compactMap(\.rotation).first
                ?? video.tags?["rotate"].flatMap(Double.init) ?? 0
            if Int(abs(rotation)) % 180 == 90 { swap(&width, &height) }
            return MediaInfo(kind: .video, duration: duration, width: width, height: height, poster: nil)
        }
        guard audio != nil else { return nil }
        return MediaInfo(kind: .audio, duration: duration, width: nil, height: nil, poster: nil)
    }
}
