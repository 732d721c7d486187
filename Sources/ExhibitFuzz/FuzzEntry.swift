import ExhibitCore
import Foundation

/// One site folder for the whole run: libFuzzer calls in from one thread.
nonisolated(unsafe) private var site: FuzzSite?

/// libFuzzer's entry point (built with `-sanitize=fuzzer`, see scripts/fuzz).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    if site == nil { site = FuzzSite() }
    site?.run(FuzzInput(bytes))
    return 0
}

#if FUZZING
/// libFuzzer's driver, declared by hand: the package has no C target to import it from.
@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// SwiftPM links an executable's `main` to `<module>_main`; libFuzzer's own `main` would
/// be the usual entry, so this one hands over to its driver.
@_cdecl("ExhibitFuzz_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var argc = argc
    var argv = argv
    return runDriver(&argc, &argv, fuzzOneInput)
}
#else
/// Without libFuzzer: runs the files named on the command line through the same harness,
/// printing each one's diagnostics, to replay a crash or a corpus in a plain debug build.
@main
enum FuzzReplay {
    static func main() {
        let site = FuzzSite()
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                print("\(path): cannot read")
                continue
            }
            let start = Date()
            let report = site.run(FuzzInput(Array(data)))
            let ms = Int(Date().timeIntervalSince(start) * 1000)
            print("\(path): \(report.errors) error(s), \(report.warnings) warning(s), \(report.pages) page(s) in \(ms) ms")
            for diagnostic in report.diagnostics.prefix(5) { print("  \(diagnostic.description.prefix(300))") }
        }
    }
}
#endif
