@testable import ExhibitCore
import ExhibitImages
import Foundation
import Testing

/// `![说明](x.mp4)` as players, as far as they do not need ffmpeg (EndToEndTests'
/// `MediaSiteTests` builds a real video).
struct MediaEmbedTests {
    @Test func durationsAreShownAsPlayersShowThem() {
        #expect(MediaEmbed.duration(205)! == ("3:25", "PT3M25S"))
        #expect(MediaEmbed.duration(0.4)! == ("0:01", "PT1S"), "a short clip is not 0:00")
        #expect(MediaEmbed.duration(3723)! == ("1:02:03", "PT1H2M3S"))
        #expect(MediaEmbed.duration(0) == nil && MediaEmbed.duration(.nan) == nil)
    }

    /// Without ffmpeg (an empty PATH), a video is still a player with its subtitles and
    /// caption, and the site has one warning that says what to install.
    @Test func withoutFFmpegThePlayerHasNoPosterAndTheSiteOneWarning() throws {
        let site = try TemporarySite([
            "content/site.yaml": TemporarySite.siteYAML,
            "content/cases/hall/index.md": TemporarySite.caseFile(title: "Hall", body: "![Guide <b>talk</b>](talk.mp4)\n\n![Song](song.mp3)\n"),
            "content/cases/hall/talk.mp4": "not read",
            "content/cases/hall/talk.vtt": "WEBVTT\n",
            "content/cases/hall/talk.zh.vtt": "WEBVTT\n",
            "content/cases/hall/talk.notes.txt": "not a track",
            "content/cases/hall/song.mp3": "not read",
            "content/cases/other/index.md": TemporarySite.caseFile(title: "Other", body: "![Again](../hall/talk.mp4)\n"),
        ])
        defer { site.remove() }
        let model = try #require(Self.model(site))
        let tools = MediaEmbed.Tools(folder: SiteFolder(root: site.root), probes: ImageProbeCache(),
                                     cache: MediaCache(root: site.root.appendingPathComponent("cache"), probe: MediaProbe(searchPath: "/nonexistent")))
        let log = DiagnosticLog()
        let bodies = MarkdownStage(model: model, threads: 1, log: log, media: tools).render()
        let hall = try #require(model.cases.firstIndex { $0.slug == "hall" })
        #expect(bodies[hall].html == """
        <figure class="media media-video">
        <video controls preload="metadata" src="../../cases/hall/talk.mp4"><track kind="subtitles" src="../../cases/hall/talk.vtt" srclang="en" label="English" default><track kind="subtitles" src="../../cases/hall/talk.zh.vtt" srclang="zh" label="中文"><a href="../../cases/hall/talk.mp4" download>Download the video: Guide talk</a></video>
        <figcaption>Guide talk</figcaption>
        </figure>
        <figure class="media media-audio">
        <audio controls preload="metadata" src="../../cases/hall/song.mp3"><a href="../../cases/hall/song.mp3" download>Download the audio: Song</a></audio>
        <figcaption>Song</figcaption>
        </figure>

        """)
        #expect(bodies.allSatisfy { $0.posters.isEmpty })
        let messages = log.all.map { "\($0.path):\($0.line): \($0.message) | \($0.fix ?? "")" }
        #expect(messages.count == 1, "\(messages)")
        #expect(messages.first?.contains("ffmpeg is not installed") == true)
        #expect(messages.first?.contains("apt-get install ffmpeg") == true)
    }

    static func model(_ site: TemporarySite) -> SiteModel? {
        let options = BuildOptions(siteRoot: site.root)
        let log = DiagnosticLog()
        let loaded = ContentLoader(options: options, log: log, cache: ParseCache()).load()
        return SiteResolver.resolve(config: loaded.config, cases: loaded.cases, pages: loaded.pages, tree: loaded.tree,
                                    includeDrafts: false, threads: 1, relatedCache: RelatedCache()).0
    }
}
