// exhibit-floor: the lower bound of `exhibit build` on a corpus, for bench/compare.sh.
//
//     exhibit-floor SITE OUTPUT FILES BYTES [FOLDERS] [--threads N]
//
// Does only the work no static site generator can skip on this corpus, with the same
// libraries Exhibit uses, and nothing else:
//   1. read every Markdown file of SITE/content/cases and SITE/content/pages;
//   2. parse its front matter with Yams (compose, basic resolver, UTF-8 given: what Exhibit
//      does);
//   3. render its body to HTML with cmark-gfm through ExhibitMarkdown's renderer;
//   4. write FILES files holding BYTES bytes in total, in FOLDERS new folders, into
//      OUTPUT: the counts the Exhibit build wrote (bench/compare.sh reads them from the
//      Exhibit run's output folder and passes them here).
// Every step runs on all cores, as `exhibit build` does (default: every active processor).
// cmark-gfm 0.29 finishes one document at a time process-wide (its inline parser shares
// one table; ExhibitMarkdown's CMarkParsing holds a lock around `cmark_parser_finish`, and
// feeds documents in parallel): that limit is the build's too, so the floor keeps it. The
// renderer, not bare cmark, because the pages need what it also finds (headings, links,
// plain text).
//
// What is left out, and why: checking fields and reporting problems, the site model
// (categories, tags, related cases, timeline, search index, QR codes, charts), templates
// and escaping, relative links, the byte-identical-output and atomic-swap machinery, and
// fsync (Hugo calls none either). All of that is Exhibit's own choice of work, so
// `exhibit / floor` is what it costs.
// The bytes written are the rendered bodies repeated to each file's share: making them
// costs a copy, the least any generator pays to produce the bytes it writes.
import Dispatch
import ExhibitMarkdown
import Foundation
import Yams

#if canImport(Glibc)
import Glibc
#endif

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("exhibit-floor: \(message)\n".utf8))
    exit(1)
}

/// Runs `body(i)` for every i < count on `threads` threads, handing out indices in order.
func parallelFor(_ count: Int, threads: Int, _ body: @Sendable (Int) -> Void) {
    let next = Cursor()
    DispatchQueue.concurrentPerform(iterations: max(1, min(threads, count))) { _ in
        while case let i = next.take(), i < count { body(i) }
    }
}

final class Cursor: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func take() -> Int { lock.withLock { defer { value += 1 }; return value } }
}

/// One slot per source file, each written by exactly one thread and read after all are:
/// a buffer, not an array, so that no thread's write touches the others' slots.
final class Slots: @unchecked Sendable {
    let items: UnsafeMutableBufferPointer<[UInt8]>
    init(_ count: Int) { items = .allocate(capacity: count); items.initialize(repeating: []) }
}

/// The front matter between a first line `---` and the next line `---` (LF endings, as the
/// corpus has): the offsets of its first byte and of the `\n---\n` that closes it.
func frontMatterBounds(_ bytes: [UInt8]) -> (Int, Int)? {
    let fence: [UInt8] = Array("\n---\n".utf8)
    guard bytes.count >= 4, bytes[0..<4].elementsEqual(fence[1...]) else { return nil }
    var i = 3
    while i + fence.count <= bytes.count {
        if bytes[i] == 0x0A, bytes[i..<(i + fence.count)].elementsEqual(fence) { return (min(4, i), i) }
        i += 1
    }
    return nil
}

func run(_ arguments: [String]) {
    var positional: [String] = []
    var threads = ProcessInfo.processInfo.activeProcessorCount
    var args = arguments[...]
    while let arg = args.popFirst() {
        if arg == "--threads", let value = args.popFirst(), let n = Int(value), n > 0 {
            threads = n
        } else if arg == "-h" || arg == "--help" {
            print(usage)
            exit(0)
        } else {
            positional.append(arg)
        }
    }
    guard positional.count == 4 || positional.count == 5,
          let fileCount = Int(positional[2]), fileCount > 0,
          let byteCount = Int(positional[3]), byteCount >= 0,
          let folderCount = positional.count == 5 ? Int(positional[4]) : 0, folderCount >= 0
    else { fail(usage) }
    let site = URL(fileURLWithPath: positional[0])
    let output = positional[1]

    // -------------------------------------------------- 1-3: read, parse, render
    // Listing the folders: a build must find its files.
    let sources = ["content/cases", "content/pages"].flatMap { sub -> [String] in
        let folder = site.appendingPathComponent(sub).path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".md") }.sorted().map { folder + "/" + $0 }
    }
    guard !sources.isEmpty else { fail("no .md files under \(site.path)/content/cases or content/pages") }
    let bodies = Slots(sources.count)
    let renderer = MarkdownRenderer(options: MarkdownOptions())

    parallelFor(sources.count, threads: threads) { i in
        guard let data = FileManager.default.contents(atPath: sources[i]),
              let text = String(validating: data, as: UTF8.self)
        else { fail("cannot read \(sources[i]) as UTF-8") }
        // Split at the closing `---` line: the front matter is YAML, the rest Markdown.
        // Found in the bytes: Foundation's `range(of:)` took a tenth of the floor's
        // instructions (as many as parsing the Markdown's blocks).
        var yaml = "", body = text
        if let (open, close) = frontMatterBounds(Array(data)) {
            // Offsets into text already checked as UTF-8: cut, not decoded again.
            let at = { text.utf8.index(text.utf8.startIndex, offsetBy: $0) }
            yaml = String(text[at(open)..<at(close)])
            body = String(text[at(close + 5)...])
        }
        // Every page shows its title, date, category…: the front matter must be parsed.
        // The encoding is given, as Exhibit gives it: without it Yams reads the process's
        // environment for YAMS_DEFAULT_ENCODING on every call, which was a sixth of the
        // floor's instructions.
        do {
            guard case .mapping? = try Yams.compose(yaml: yaml, .basic, .default, .utf8) else {
                fail("\(sources[i]): the front matter is not a mapping")
            }
        } catch {
            fail("\(sources[i]): \(error)")
        }
        // The page's main content. The renderer also collects headings, links and plain
        // text, which the pages need too (table of contents, links, search index).
        bodies.items[i] = renderer.render(body).html.bytes
    }

    // ----------------------------------------------------------------- 4: write
    // The build's count of files and bytes, in as many folders as it made (a folder per
    // page is what pretty URLs cost). File j goes into folder j % folders and gets an
    // equal share of the bytes: sizes barely matter next to the number and the total.
    if mkdir(output, 0o755) != 0 && errno != EEXIST { fail("cannot create \(output): \(String(cString: strerror(errno)))") }
    let share = byteCount / fileCount, extra = byteCount % fileCount
    let stride = max(folderCount, 1)
    parallelFor(stride, threads: threads) { k in
        let folder = folderCount == 0 ? output : "\(output)/f\(k)"
        // An existing folder is kept (bench/compare.sh REBUILD=1 writes over the last run).
        if folderCount > 0, mkdir(folder, 0o755) != 0, errno != EEXIST { fail("cannot create \(folder): \(String(cString: strerror(errno)))") }
        for j in Swift.stride(from: k, to: fileCount, by: stride) {
            let size = share + (j < extra ? 1 : 0)
            // The bytes: rendered HTML, concatenated up to the file's share.
            let html = bodies.items[j % sources.count]
            var page: [UInt8] = []
            page.reserveCapacity(size)
            while page.count < size { page.append(contentsOf: html.isEmpty ? [0x0A] : html.prefix(size - page.count)) }
            let path = "\(folder)/\(j).html"
            let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            if fd < 0 { fail("cannot create \(path): \(String(cString: strerror(errno)))") }
            var done = 0
            while done < size {
                let n = page.withUnsafeBytes { write(fd, $0.baseAddress! + done, size - done) }
                if n <= 0 { fail("cannot write \(path): \(String(cString: strerror(errno)))") }
                done += n
            }
            close(fd)
        }
    }
    print("floor: \(sources.count) Markdown files read, parsed, rendered; \(fileCount) files, \(byteCount) bytes, \(folderCount) folders written into \(output) on \(threads) threads")
}

let usage = "usage: exhibit-floor SITE OUTPUT FILES BYTES [FOLDERS] [--threads N]"
run(Array(CommandLine.arguments.dropFirst()))
