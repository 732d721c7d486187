import Dispatch
import Foundation

/// A program found on PATH (ffmpeg, ffprobe), run with arguments and no shell.
struct ExternalTool: Sendable {
    let executable: URL

    /// The first executable file named `name` in the folders of `searchPath` (PATH's
    /// syntax), or nil.
    static func find(_ name: String, searchPath: String) -> ExternalTool? {
        for folder in searchPath.split(separator: ":") where !folder.isEmpty {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) {
                return ExternalTool(executable: candidate)
            }
        }
        return nil
    }

    struct Run: Sendable {
        var status: Int32
        var output: Data
        var errors: String
        var timedOut: Bool
    }

    /// Runs the program to its end, or kills it after `timeout` seconds: a damaged video
    /// must not hang the build. Both pipes are drained while it runs, so a chatty program
    /// cannot block on a full pipe.
    func run(_ arguments: [String], timeout: Double = 60) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let drained = DispatchGroup()
        let errorText = Drain()
        DispatchQueue.global().async(group: drained) {
            errorText.set(errors.fileHandleForReading.readDataToEndOfFile())
        }
        let killer = DispatchWorkItem { [process] in
            if process.isRunning { process.terminate() }
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: killer)
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        killer.cancel()
        drained.wait()
        let timedOut = process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGTERM
        return Run(status: process.terminationStatus, output: data, errors: String(decoding: errorText.get(), as: UTF8.self), timedOut: timedOut)
    }

    /// One `Data` handed from the reading thread to the waiting one.
    private final class Drain: @unchecked Sendable {
        private let lock = NSLock()
        private var data = Data()
        func set(_ value: Data) { lock.withLock { data = value } }
        func get() -> Data { lock.withLock { data } }
    }
}
