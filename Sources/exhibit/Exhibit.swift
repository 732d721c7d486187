import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif

@main
struct Exhibit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exhibit",
        abstract: "Builds an exhibition of achievements from content/ and templates/ into public/.",
        version: "0.1.0",
        subcommands: [Build.self, Serve.self, Check.self, Print.self, New.self, Import.self, Export.self]
    )

    /// ArgumentParser exits 64 (EX_USAGE) for a wrong command line; Exhibit promises 2,
    /// like most Unix tools, and keeps 1 for content errors.
    static func main() {
        #if canImport(Glibc)
        // glibc raises its mmap threshold each time a large block is freed, after which
        // page buffers (a booklet is megabytes) come from the heap and stay there: a
        // fixed threshold returns them at once. Peak memory of a 1,000-case build:
        // 123 MB → 106 MB (bench/memory.sh).
        _ = glibcMallopt(-3 /* M_MMAP_THRESHOLD */, 128 * 1024)
        #endif
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

#if canImport(Glibc)
/// glibc's `mallopt(3)`: Swift's Glibc module leaves out malloc.h, and one call does not
/// deserve a C module of its own.
@_silgen_name("mallopt")
private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif
