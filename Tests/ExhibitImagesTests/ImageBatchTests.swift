import Foundation
import Testing
@testable import ExhibitImages

@Suite struct ImageBatchTests {
    @Test func outcomesComeBackInTheJobsOrderWhateverFinishesFirst() async throws {
        let folder = try TestFolder()
        // Large and small images alternate, so with two workers they finish out of order.
        var jobs: [ImageJob] = []
        for index in 0..<6 {
            let width = index.isMultiple(of: 2) ? 1200 : 200
            let source = try folder.picture("p\(index).jpg", SyntheticImage(.photo(seed: index), width: width, height: 300))
            jobs.append(ImageJob(source: source, destination: folder.file("out"), baseName: "p\(index)"))
        }
        let report = try await ImageEngine(settings: ImageSettings(widths: [200, 960]), maxConcurrent: 2).process(jobs)
        #expect(report.outcomes.map(\.job) == jobs)
        #expect(report.outcomes.map { $0.image?.width } == [1200, 200, 1200, 200, 1200, 200])
        #expect(report.processed == 6)
        #expect(report.peakConcurrent == 2)
    }

    @Test func oneAtATimeMeansOneAtATime() async throws {
        let folder = try TestFolder()
        let jobs = try (0..<4).map { index in
            ImageJob(source: try folder.picture("p\(index).jpg", SyntheticImage(.photo(seed: index), width: 600, height: 400)),
                     destination: folder.file("out"), baseName: "p\(index)")
        }
        let report = try await ImageEngine(settings: ImageSettings(widths: [480]), maxConcurrent: 1).process(jobs)
        #expect(report.peakConcurrent == 1)
        #expect(report.processed == 4)
    }

    @Test func oneBadFileDoesNotStopTheOthers() async throws {
        let folder = try TestFolder()
        let good = try folder.picture("good.jpg", SyntheticImage(.photo(seed: 1), width: 300, height: 200))
        let bad = folder.file("bad.png")
        try Data("not a picture".utf8).write(to: bad)
        let jobs = [bad, good].map { ImageJob(source: $0, destination: folder.file("out"), baseName: $0.deletingPathExtension().lastPathComponent) }
        let report = try await ImageEngine(settings: ImageSettings(widths: [200]), maxConcurrent: 1).process(jobs)
        #expect(report.failed == 1)
        #expect(report.processed == 1)
        #expect(folder.names(in: "out") == ["good-200.jpg", "good-200.webp"])
    }

    @Test func anUnwritableDestinationIsAnIOFailure() async throws {
        let folder = try TestFolder()
        let good = try folder.picture("good.jpg", SyntheticImage(.photo(seed: 1), width: 300, height: 200))
        try Data("a file, not a folder".utf8).write(to: folder.file("out"))
        await #expect(throws: ImageError.self) {
            try await ImageEngine().process([ImageJob(source: good, destination: folder.file("out"), baseName: "good")])
        }
    }
}
