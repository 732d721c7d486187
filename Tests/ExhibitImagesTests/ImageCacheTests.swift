import Foundation
import Testing
@testable import ExhibitImages

@Suite struct ImageCacheTests {
    /// Three photos and one broken file in `content/`, variants to `public/`, cache in
    /// `.exhibit-cache/images/`, as a site would have them.
    func site() throws -> (TestFolder, [ImageJob]) {
        let folder = try TestFolder()
        try FileManager.default.createDirectory(at: folder.file("content"), withIntermediateDirectories: true)
        var jobs: [ImageJob] = []
        for seed in 1...3 {
            let source = try folder.picture("content/p\(seed).jpg", SyntheticImage(.photo(seed: seed), width: 600, height: 400))
            jobs.append(ImageJob(source: source, destination: folder.file("public/img"), baseName: "p\(seed)"))
        }
        return (folder, jobs)
    }

    func engine(_ folder: TestFolder, settings: ImageSettings = ImageSettings(widths: [240, 480])) -> ImageEngine {
        ImageEngine(settings: settings, cache: ImageCache(root: ImageCache.defaultRoot(siteFolder: folder.url)), maxConcurrent: 2)
    }

    @Test func aSecondRunProcessesNothing() async throws {
        let (folder, jobs) = try site()
        let cold = try await engine(folder).process(jobs)
        #expect((cold.processed, cold.reused) == (3, 0))
        let coldFiles = folder.names(in: "public/img")
        #expect(coldFiles.count == 12)

        try FileManager.default.removeItem(at: folder.file("public"))
        let warm = try await engine(folder).process(jobs)
        #expect((warm.processed, warm.reused) == (0, 3))
        #expect(folder.names(in: "public/img") == coldFiles)
        #expect(warm.outcomes.map(\.image?.variants.count) == [4, 4, 4])
        #expect(warm.outcomes.map { $0.image?.width } == [600, 600, 600])
    }

    @Test func warmOutputsAreTheCachedFilesNotNewOnes() async throws {
        // Proof that a warm run decodes nothing: change a cached variant's bytes; the warm
        // run's output has the changed bytes, which no encoder would have produced.
        let (folder, jobs) = try site()
        let cold = try await engine(folder).process(jobs)
        let cache = ImageCache(root: ImageCache.defaultRoot(siteFolder: folder.url))
        let key = cache.key(contentHash: try ContentHash.sha256(ofFile: jobs[0].source), settings: engine(folder).settings)
        let cached = cache.entryFolder(key).appendingPathComponent("image-240.webp")
        #expect(FileManager.default.fileExists(atPath: cached.path))
        try FileManager.default.removeItem(at: folder.file("public"))
        try FileManager.default.removeItem(at: cached)
        try Data("marker".utf8).write(to: cached)

        _ = try await engine(folder).process(jobs)
        let output = try Data(contentsOf: folder.file("public/img/p1-240.webp"))
        #expect(output == Data("marker".utf8))
        #expect(cold.outcomes[0].image?.variants.first?.bytes ?? 0 > 6)
    }

    @Test func changedSettingsOrContentMakeNewVariants() async throws {
        let (folder, jobs) = try site()
        _ = try await engine(folder).process(jobs)
        let keeping = try await engine(folder, settings: ImageSettings(widths: [240, 480], keepMetadata: true)).process(jobs)
        #expect(keeping.processed == 3)

        // The editor replaces one photo (a different size, so its stamp changes too).
        try SyntheticImage(.photo(seed: 9), width: 500, height: 400).write(to: jobs[1].source)
        let edited = try await engine(folder).process(jobs)
        #expect(edited.outcomes.map(\.fromCache) == [true, false, true])
        #expect(edited.outcomes[1].image?.width == 500)
    }

    @Test func aMovedPhotoIsFoundByItsContent() async throws {
        let (folder, jobs) = try site()
        _ = try await engine(folder).process(jobs)
        let moved = folder.file("content/renamed.jpg")
        try FileManager.default.moveItem(at: jobs[0].source, to: moved)
        let outcome = try engine(folder).process(ImageJob(source: moved, destination: folder.file("public/img"), baseName: "renamed"))
        #expect(outcome.fromCache)
        #expect(folder.names(in: "public/img").contains("renamed-480.jpg"))
    }

    @Test func oneImageUsedTwiceInABatchIsStoredOnceAndPlacedTwice() async throws {
        // A cover that also appears in the gallery: two jobs, one content, made at once.
        let (folder, jobs) = try site()
        let twice = [jobs[0], ImageJob(source: jobs[0].source, destination: folder.file("public/gallery"), baseName: "g1")]
        let report = try await engine(folder).process(twice)
        #expect(report.failed == 0)
        #expect(report.outcomes.map { $0.image?.variants.count } == [4, 4])
        #expect(folder.names(in: "public/gallery") == ["g1-240.jpg", "g1-240.webp", "g1-480.jpg", "g1-480.webp"])
        let entries = try FileManager.default.contentsOfDirectory(atPath: ImageCache.defaultRoot(siteFolder: folder.url).path)
            .filter { $0.count == 2 }
        #expect(entries.count == 1)
    }

    @Test func aDamagedCacheEntryIsMadeAgain() async throws {
        let (folder, jobs) = try site()
        _ = try await engine(folder).process(jobs)
        let cache = ImageCache(root: ImageCache.defaultRoot(siteFolder: folder.url))
        let key = cache.key(contentHash: try ContentHash.sha256(ofFile: jobs[2].source), settings: engine(folder).settings)
        try FileManager.default.removeItem(at: cache.entryFolder(key).appendingPathComponent("image-480.jpg"))
        let again = try await engine(folder).process(jobs)
        #expect(again.outcomes.map(\.fromCache) == [true, true, false])
        #expect(again.outcomes[2].image?.variants.count == 4)
    }

    @Test func brokenFilesAreReportedEveryTimeAndNotCached() async throws {
        let (folder, jobs) = try site()
        let broken = folder.file("content/broken.jpg")
        try Data(repeating: 0x42, count: 1000).write(to: broken)
        let all = jobs + [ImageJob(source: broken, destination: folder.file("public/img"), baseName: "broken")]
        for _ in 1...2 {
            let report = try await engine(folder).process(all)
            #expect(report.failed == 1)
            #expect(report.outcomes.last?.image == nil)
            #expect(report.outcomes.last?.warnings().first?.isBlocking == true)
        }
    }

    @Test func theHashIsSHA256() throws {
        // FIPS 180-2's test vectors, and a file read in 1 MiB pieces hashes as its bytes do.
        #expect(ContentHash.sha256(of: "abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let folder = try TestFolder()
        try Data(repeating: UInt8(ascii: "a"), count: 1_000_000).write(to: folder.file("a.txt"))
        #expect(try ContentHash.sha256(ofFile: folder.file("a.txt")) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        let text = String(repeating: "展览 exhibit ", count: 200_000)  // 3.2 MB: four pieces
        try Data(text.utf8).write(to: folder.file("long.txt"))
        #expect(try ContentHash.sha256(ofFile: folder.file("long.txt")) == ContentHash.sha256(of: text))
    }
}
