import Dispatch
import Foundation

extension ImageEngine {
    /// What a batch did: one outcome per job, in the jobs' order, and how many images
    /// were decoded (`processed`) rather than taken from the cache (`reused`).
    public struct BatchReport: Sendable {
        public var outcomes: [ImageOutcome]
        /// The most images that were being worked on at one moment, counted by the
        /// workers themselves: never more than `maxConcurrent`.
        public var peakConcurrent: Int
        public var processed: Int { outcomes.filter { !$0.fromCache && $0.image != nil }.count }
        public var reused: Int { outcomes.filter(\.fromCache).count }
        /// Sources that could not be used (each outcome's `failure` says why).
        public var failed: Int { outcomes.filter { $0.failure != nil }.count }
    }

    /// Processes `jobs` with at most `maxConcurrent` images in work at any moment.
    ///
    /// The work is synchronous C (decoding, resizing, encoding), so each image runs on a
    /// Dispatch worker thread rather than on a Swift concurrency thread, which must never
    /// block: the rest of the build keeps its threads while images are made. Throws the
    /// first I/O failure, after the images already started have finished.
    public func process(_ jobs: [ImageJob]) async throws(ImageError) -> BatchReport {
        var outcomes = [ImageOutcome?](repeating: nil, count: jobs.count)
        var firstError: ImageError?
        let gauge = ConcurrencyGauge()
        await withTaskGroup(of: (Int, Result<ImageOutcome, ImageError>).self) { group in
            var next = 0
            func startNext() {
                guard next < jobs.count, firstError == nil else { return }
                let index = next
                let job = jobs[index]
                next += 1
                group.addTask { (index, await self.processOffPool(job, gauge: gauge)) }
            }
            for _ in 0..<min(maxConcurrent, jobs.count) { startNext() }
            for await (index, result) in group {
                switch result {
                case .success(let outcome): outcomes[index] = outcome
                case .failure(let error): firstError = firstError ?? error
                }
                startNext()
            }
        }
        if let firstError { throw firstError }
        return BatchReport(outcomes: outcomes.compactMap { $0 }, peakConcurrent: gauge.peak)
    }

    private func processOffPool(_ job: ImageJob, gauge: ConcurrencyGauge) async -> Result<ImageOutcome, ImageError> {
        await withCheckedContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                gauge.enter()
                let result: Result<ImageOutcome, ImageError>
                do throws(ImageError) {
                    result = .success(try self.process(job))
                } catch {
                    result = .failure(error)
                }
                gauge.leave()  // before resuming, which lets the next image start
                continuation.resume(returning: result)
            }
        }
    }
}
