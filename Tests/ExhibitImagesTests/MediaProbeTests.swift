import Foundation
import Testing
@testable import ExhibitImages

/// scripts/setup installs ffmpeg, so these run in CI; on a machine without it they are
/// skipped with this reason rather than failing.
let ffmpegInstalled = MediaProbe().isAvailable

@Suite(.enabled(if: ffmpegInstalled, "ffmpeg and ffprobe are not on PATH (scripts/setup installs them)"))
struct MediaProbeTests {
    /// Makes a file with ffmpeg's own generators (`-f lavfi`).
    func make(_ name: String, in folder: TestFolder, _ arguments: [String]) throws -> URL {
        let url = folder.file(name)
        let tool = try #require(ExternalTool.find("ffmpeg", searchPath: ProcessInfo.processInfo.environment["PATH"] ?? ""))
        let run = try tool.run(["-v", "error", "-nostdin", "-y"] + arguments + [url.path])
        try #require(run.status == 0, "ffmpeg: \(run.errors)")
        return url
    }

    @Test func aVideoHasDurationSizeAndAnUprightPoster() throws {
        let folder = try TestFolder()
        let video = try make("interview.mp4", in: folder, [
            "-f", "lavfi", "-i", "testsrc=size=320x240:rate=10:duration=3", "-pix_fmt", "yuv420p",
        ])
        let poster = folder.file("posters/interview.jpg")
        let outcome = MediaProbe().probe(video, poster: poster)
        let info = try #require(outcome.info, "\(outcome)")
        #expect(outcome.warning == nil)
        #expect(info.kind == .video)
        #expect(abs((info.duration ?? 0) - 3) < 0.2)
        #expect((info.width, info.height) == (320, 240))
        #expect(info.poster == poster)
        let frame = try #require(ImageProbe.probe(poster).info)
        #expect((frame.format, frame.width, frame.height) == (.jpeg, 320, 240))
    }

    @Test func aPortraitPhoneVideoIsMeasuredAsItPlays() throws {
        // Phones store portrait video as landscape frames plus a rotation for the player.
        let folder = try TestFolder()
        let landscape = try make("plain.mp4", in: folder, [
            "-f", "lavfi", "-i", "testsrc=size=320x240:rate=10:duration=2", "-pix_fmt", "yuv420p",
        ])
        let portrait = try make("portrait.mp4", in: folder, ["-i", landscape.path, "-c", "copy", "-metadata:s:v:0", "rotate=90"])
        let poster = folder.file("portrait.jpg")
        let info = try #require(MediaProbe().probe(portrait, poster: poster).info)
        #expect((info.width, info.height) == (240, 320))
        let frame = try #require(ImageProbe.probe(poster).info)
        #expect((frame.width, frame.height) == (240, 320))
    }

    @Test func audioHasADurationAndNoPoster() throws {
        let folder = try TestFolder()
        let audio = try make("song.m4a", in: folder, ["-f", "lavfi", "-i", "sine=frequency=440:duration=2"])
        let poster = folder.file("song.jpg")
        let info = try #require(MediaProbe().probe(audio, poster: poster).info)
        #expect(info.kind == .audio)
        #expect(abs((info.duration ?? 0) - 2) < 0.2)
        #expect(info.width == nil && info.poster == nil)
        #expect(!FileManager.default.fileExists(atPath: poster.path))
    }

    @Test func aDamagedVideoIsUnreadableNotACrash() throws {
        let folder = try TestFolder()
        let url = folder.file("broken.mp4")
        try Data((0..<5000).map { UInt8(truncatingIfNeeded: $0 &* 131) }).write(to: url)
        let outcome = MediaProbe().probe(url, poster: folder.file("broken.jpg"))
        guard case .failed(.unreadable(let reason), nil) = outcome else {
            Issue.record("expected unreadable, got \(outcome)")
            return
        }
        #expect(!reason.isEmpty)
    }
}

@Suite struct MediaProbeWithoutFFmpegTests {
    @Test func withoutFFmpegTheAnswerIsNotAvailable() throws {
        let folder = try TestFolder()
        let url = folder.file("clip.mp4")
        try Data("whatever".utf8).write(to: url)
        let probe = MediaProbe(searchPath: folder.url.path)  // a PATH with no ffmpeg on it
        #expect(!probe.isAvailable)
        let outcome = probe.probe(url, poster: folder.file("clip.jpg"))
        #expect(outcome == .notAvailable(.toolMissing("ffprobe")))
        #expect(outcome.warning?.fix.contains("apt-get install ffmpeg") == true)
        #expect(!FileManager.default.fileExists(atPath: folder.file("clip.jpg").path))
    }

    @Test func mediaIsKnownByItsExtension() {
        #expect(MediaProbe.kind(of: URL(fileURLWithPath: "a/访谈.MP4")) == .video)
        #expect(MediaProbe.kind(of: URL(fileURLWithPath: "b.webm")) == .video)
        #expect(MediaProbe.kind(of: URL(fileURLWithPath: "c.mov")) == .video)
        #expect(MediaProbe.kind(of: URL(fileURLWithPath: "d.mp3")) == .audio)
        #expect(MediaProbe.kind(of: URL(fileURLWithPath: "e.m4a")) == .audio)
        #expect(MediaProbe.kind(of: URL(fileURLWithPath: "f.jpg")) == nil)
    }
}
