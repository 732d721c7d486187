import Foundation
import Testing

/// scripts/setup installs ffmpeg, and CI has it; elsewhere the test says why it is skipped.
private let ffmpeg = Locations.onPath("ffmpeg")

/// A case with a real (tiny) video, built by the `exhibit` binary: the page plays it with
/// its poster frame, size, duration and subtitles; without ffmpeg the same site builds
/// with one warning and no poster.
@Suite(.enabled(if: ffmpeg != nil && Locations.onPath("ffprobe") != nil,
                "ffmpeg and ffprobe are not on PATH (Debian: apt-get install ffmpeg; scripts/setup installs them)"))
struct MediaSiteTests {
    static func site() throws -> E2ESite {
        let site = try E2ESite(example: false)
        try site.write("""
        title: 媒体测试展
        base_url: https://example.org/expo/
        categories:
          - {id: research, name: 科研攻关}
        """, to: "content/site.yaml")
        try site.write("---\ntitle: 数字展厅\ndate: 2024-06-18\ncategory: research\n---\n讲解：\n\n![讲解员介绍展厅](x.mp4)\n",
                       to: "content/cases/hall/index.md")
        try site.write("WEBVTT\n\n00:00.000 --> 00:01.000\n欢迎参观\n", to: "content/cases/hall/x.zh.vtt")
        try site.write("WEBVTT\n\n00:00.000 --> 00:01.000\nWelcome\n", to: "content/cases/hall/x.en.vtt")
        let video = site.site.appendingPathComponent("content/cases/hall/x.mp4")
        let made = try runProgram(try #require(ffmpeg), ["-v", "error", "-nostdin", "-y", "-f", "lavfi", "-i", "testsrc=size=320x240:rate=10",
                                                          "-t", "1", "-pix_fmt", "yuv420p", video.path], in: site.scratch)
        try #require(made.status == 0, "ffmpeg: \(made.stderr)")
        return site
    }

    @Test func theVideoPlaysWithPosterSizeDurationAndSubtitles() throws {
        let site = try Self.site()
        defer { site.remove() }
        let run = try site.build()
        #expect(run.status == 0 && !run.stderr.contains("warning"), "\(run.stdout)\n\(run.stderr)")
        let page = read(site.output.appendingPathComponent("cases/hall/index.html"))
        #expect(page.contains("""
        <video controls preload="metadata" width="320" height="240" poster="../../cases/hall/x.poster.jpg" src="../../cases/hall/x.mp4">
        """), "\(page)")
        #expect(page.contains(#"<track kind="subtitles" src="../../cases/hall/x.en.vtt" srclang="en" label="English">"#))
        #expect(page.contains(#"<track kind="subtitles" src="../../cases/hall/x.zh.vtt" srclang="zh" label="中文" default>"#))
        #expect(page.contains(#"<a href="../../cases/hall/x.mp4" download>下载视频：讲解员介绍展厅</a></video>"#))
        #expect(page.contains(#"<figcaption>讲解员介绍展厅 <span class="media-duration"><time datetime="PT1S">0:01</time></span></figcaption>"#))
        // The poster is a JPEG of the video's size, published beside it; the video is the
        // file itself, not transcoded.
        let poster = try Data(contentsOf: site.output.appendingPathComponent("cases/hall/x.poster.jpg"))
        #expect(poster.starts(with: [0xFF, 0xD8, 0xFF]))
        let original = try Data(contentsOf: site.site.appendingPathComponent("content/cases/hall/x.mp4"))
        #expect(try Data(contentsOf: site.output.appendingPathComponent("cases/hall/x.mp4")) == original)
        // A second build takes the poster from .exhibit-cache/media/ and writes the same.
        let cache = site.site.appendingPathComponent(".exhibit-cache/media")
        let cached = try FileManager.default.subpathsOfDirectory(atPath: cache.path).filter { $0.hasSuffix(".jpg") }
        #expect(cached.count == 1)
        #expect(try Data(contentsOf: cache.appendingPathComponent(cached[0])) == poster)
        #expect(try site.build().status == 0)
        #expect(read(site.output.appendingPathComponent("cases/hall/index.html")) == page)
    }

    @Test func withoutFFmpegTheSiteBuildsWithOneWarningAndNoPoster() throws {
        let site = try Self.site()
        defer { site.remove() }
        let run = try runProgram(URL(fileURLWithPath: "/usr/bin/env"),
                                 ["PATH=/nonexistent", try E2ESite.binary.path, "build", "--site", site.site.path], in: site.scratch)
        #expect(run.status == 0, "\(run.stderr)")
        let output = run.stdout + run.stderr
        #expect(output.components(separatedBy: "warning:").count - 1 == 1, "\(output)")
        #expect(output.contains("content/cases/hall/index.md:8:1: warning: `x.mp4`: ffmpeg is not installed"), "\(output)")
        #expect(output.contains("apt-get install ffmpeg"))
        let page = read(site.output.appendingPathComponent("cases/hall/index.html"))
        #expect(page.contains(#"<video controls preload="metadata" src="../../cases/hall/x.mp4">"#))
        #expect(!page.contains("poster="))
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("cases/hall/x.poster.jpg").path))
    }
}
