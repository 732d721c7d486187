import Foundation
import XCTest

/// What one run of the `exhibit` binary showed the user.
struct ExhibitRun: CustomStringConvertible {
    var status: Int32
    var stdout: String
    var stderr: String
    var seconds: Double
    var timedOut: Bool

    var description: String {
        "exit \(status)\(timedOut ? " (killed after timeout)" : "") in \(String(format: "%.1f", seconds)) s\n"
            + "--- stdout ---\n\(stdout.prefix(4000))\n--- stderr ---\n\(stderr.prefix(8000))"
    }
}

/// Where things are: the repository (the example site) and the built binary.
enum Locations {
    /// The repository root: Tests/EndToEndTests/<this file> → three levels up.
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `exhibit` executable in the products folder that holds the test bundle.
    static func exhibitBinary(near bundle: Bundle) -> URL? {
        var candidates: [URL] = []
        if let override = ProcessInfo.processInfo.environment["EXHIBIT_BINARY"] {
            candidates.append(URL(fileURLWithPath: override))
        }
        candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("exhibit"))
        candidates.append(Bundle.main.bundleURL.appendingPathComponent("exhibit"))
        if let executable = Bundle.main.executableURL {
            candidates.append(executable.deletingLastPathComponent().appendingPathComponent("exhibit"))
        }
        if let argument = CommandLine.arguments.first {
            candidates.append(URL(fileURLWithPath: argument).deletingLastPathComponent().appendingPathComponent("exhibit"))
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// The full path of a command on PATH, if there is one.
    static func onPath(_ command: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let url = URL(fileURLWithPath: String(directory)).appendingPathComponent(command)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }
}

/// Runs a program, output captured through files (no pipe deadlocks), with a time limit.
func runProgram(_ executable: URL, _ arguments: [String], in directory: URL, timeout: TimeInterval = 180) throws -> ExhibitRun {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("exhibit-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let outURL = scratch.appendingPathComponent("stdout"), errURL = scratch.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    let start = Date()
    try process.run()
    var timedOut = false
    while process.isRunning {
        if Date().timeIntervalSince(start) > timeout {
            timedOut = true
            process.terminate()
            break
        }
        Thread.sleep(forTimeInterval: 0.02)
    }
    process.waitUntilExit()
    let seconds = Date().timeIntervalSince(start)
    try out.close()
    try err.close()
    return ExhibitRun(status: process.terminationStatus,
                      stdout: String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self),
                      stderr: String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self),
                      seconds: seconds, timedOut: timedOut)
}

/// Base class: a fresh temporary folder per test, removed afterwards, and `exhibit` runs.
class EndToEndCase: XCTestCase {
    /// A fresh, empty temporary folder for this test (removed at teardown).
    func makeScratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("exhibit-e2e-\(UUID().uuidString)").resolvingSymlinksInPath()
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    /// A copy of the example site (content/ and templates/) in `<scratch>/site`.
    func makeExampleSite() throws -> (scratch: URL, site: URL) {
        let scratch = try makeScratch()
        let site = scratch.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        for folder in ["content", "templates"] {
            try FileManager.default.copyItem(at: Locations.repositoryRoot.appendingPathComponent(folder),
                                             to: site.appendingPathComponent(folder))
        }
        return (scratch, site)
    }

    /// Runs `exhibit` with `arguments`, from `directory`.
    func exhibit(_ arguments: [String], in directory: URL, timeout: TimeInterval = 180) throws -> ExhibitRun {
        guard let binary = Locations.exhibitBinary(near: Bundle(for: Self.self)) else {
            XCTFail("no `exhibit` binary beside the test bundle \(Bundle(for: Self.self).bundleURL.path); run `swift build` first")
            throw CocoaError(.fileNoSuchFile)
        }
        return try runProgram(binary, arguments, in: directory, timeout: timeout)
    }

    /// `exhibit build --site <site>` plus `extra`, run from the site's parent.
    func build(_ site: URL, _ extra: [String] = [], timeout: TimeInterval = 180) throws -> ExhibitRun {
        try exhibit(["build", "--site", site.path] + extra, in: site.deletingLastPathComponent(), timeout: timeout)
    }

    /// Builds and fails the test unless the build exited 0.
    @discardableResult
    func buildOK(_ site: URL, _ extra: [String] = [], file: StaticString = #filePath, line: UInt = #line) throws -> ExhibitRun {
        let run = try build(site, extra)
        XCTAssertEqual(run.status, 0, "the build should succeed\n\(run)", file: file, line: line)
        return run
    }
}

/// Every regular file under `root`, by path relative to it, with its bytes.
func snapshot(_ root: URL) -> [String: Data] {
    var files: [String: Data] = [:]
    let base = root.resolvingSymlinksInPath().path
    guard let walker = FileManager.default.enumerator(atPath: base) else { return files }
    while let relative = walker.nextObject() as? String {
        let path = base + "/" + relative
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
            files[relative] = FileManager.default.contents(atPath: path) ?? Data()
        } else if isDirectory.boolValue {
            files[relative + "/"] = Data()  // folders count too: an empty new folder is a change
        }
    }
    return files
}

/// A readable difference between two snapshots ("" when equal).
func snapshotDifference(_ before: [String: Data], _ after: [String: Data]) -> String {
    var lines: [String] = []
    for key in Set(before.keys).union(after.keys).sorted() {
        switch (before[key], after[key]) {
        case (nil, _?): lines.append("added: \(key)")
        case (_?, nil): lines.append("removed: \(key)")
        case let (a?, b?) where a != b: lines.append("changed: \(key)")
        default: break
        }
    }
    return lines.prefix(40).joined(separator: "\n") + (lines.count > 40 ? "\n… \(lines.count - 40) more" : "")
}

func write(_ text: String, to url: URL) throws {
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
}

func read(_ url: URL) -> String {
    String(decoding: (try? Data(contentsOf: url)) ?? Data(), as: UTF8.self)
}

/// A minimal, valid case file of the example site.
func caseFile(title: String, category: String = "research", date: String = "2024-03-01", body: String) -> String {
    "---\ntitle: \(title)\ndate: \(date)\ncategory: \(category)\nsummary: 端到端测试用例。\n---\n\(body)\n"
}
