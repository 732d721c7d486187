import Foundation
import Testing
@testable import ExhibitImages

/// `Sources/CVips/shim.h` declares the libvips and GLib functions, types and constants
/// ExhibitImages calls (so that exhibit does not link libvips, which is opened when a
/// picture is first read). A declaration that differs from the library's would call it
/// wrongly without any compiler noticing: this compiles the header against the installed
/// <vips/vips.h> with the C compiler and compares each one with libvips's and GLib's own.
/// It runs against whatever libvips the machine has: a newer one that changed any of
/// them fails here, naming it.
struct ShimDeclarationTests {
    static let shim = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/CVips")

    /// Every function the header calls through `EXHIBIT_CALL`, found in the header itself.
    static func calledFunctions() throws -> [String] {
        let text = try String(contentsOf: shim.appendingPathComponent("shim.h"), encoding: .utf8)
        let pattern = try NSRegularExpression(pattern: #"EXHIBIT_CALL\(((?:vips|g)_\w+)\)"#)
        let names = pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
        return Array(Set(names)).sorted()
    }

    @Test func theHeaderDeclaresWhatLibvipsAndGLibDeclare() throws {
        let functions = try Self.calledFunctions()
        #expect(functions.count >= 40, "EXHIBIT_CALL found \(functions.count) times")
        var check = "#define EXHIBIT_SHIM_CHECK\n#include \"shim.h\"\n"
        for name in functions {
            // `&(name)`: GLib may define a function-like macro of the same name.
            check += "_Static_assert(__builtin_types_compatible_p(exhibit_\(name)_fn, __typeof__(&(\(name)))), \"\(name) is not declared as libvips or GLib declares it\");\n"
        }
        for constant in ["VIPS_ACCESS_SEQUENTIAL", "VIPS_FAIL_ON_TRUNCATED", "VIPS_SIZE_DOWN", "VIPS_INTERPRETATION_sRGB",
                         "G_LOG_LEVEL_WARNING", "G_CHECKSUM_SHA256"] {
            check += "_Static_assert(EXHIBIT_\(constant) == \(constant), \"\(constant) has another value in this libvips\");\n"
        }
        check += "_Static_assert(sizeof(GType) == sizeof(unsigned long), \"GType\");\nint main(void) { return 0; }\n"
        let run = try Self.compile(check, including: [Self.shim.path])
        #expect(run.status == 0, "the header disagrees with this machine's libvips or GLib:\n\(run.errors)")
    }

    /// The check can fail: a wrong declaration is caught.
    @Test func aWrongDeclarationIsCaught() throws {
        let run = try Self.compile("""
            #include <vips/vips.h>
            typedef int (*wrong_fn)(VipsImage *, int);
            _Static_assert(__builtin_types_compatible_p(wrong_fn, __typeof__(&(vips_image_get_width))), "caught");
            """)
        #expect(run.status != 0 && run.errors.contains("caught"))
    }

    /// `cc -fsyntax-only` of `source` with libvips's own compiler flags (pkg-config).
    static func compile(_ source: String, including folders: [String] = []) throws -> ExternalTool.Run {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("shim-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("check.c")
        try Data(source.utf8).write(to: file)
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let pkgConfig = try #require(ExternalTool.find("pkg-config", searchPath: path), "pkg-config is needed (scripts/setup installs it)")
        let flags = try pkgConfig.run(["--cflags", "vips"])
        try #require(flags.status == 0, "pkg-config --cflags vips: \(flags.errors) (libvips-dev, from scripts/setup)")
        let compiler = try #require(ExternalTool.find("cc", searchPath: path), "a C compiler is needed (gcc)")
        let cflags = String(decoding: flags.output, as: UTF8.self).split(whereSeparator: \.isWhitespace).map(String.init)
        return try compiler.run(["-fsyntax-only"] + folders.flatMap { ["-I", $0] } + cflags + [file.path])
    }
}
