// exhibit-images-bench: the driver of bench/images.sh.
//
//   exhibit-images-bench corpus FOLDER N     N photos of 4000×3000 with camera EXIF
//   exhibit-images-bench run SOURCE OUTPUT CACHE [JOBS]
//                                            every image in SOURCE through ImageEngine
//                                            (the default widths and formats) into OUTPUT,
//                                            cached in CACHE, JOBS at once (default: one
//                                            per core); prints what it did
import ExhibitImages
import Foundation

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("exhibit-images-bench: \(message)\n".utf8))
    exit(2)
}

let arguments = CommandLine.arguments.dropFirst()
switch arguments.first {
case "corpus":
    guard arguments.count == 3, let count = Int(arguments[arguments.startIndex + 2]), count > 0 else {
        fail("usage: corpus FOLDER N")
    }
    let folder = URL(fileURLWithPath: arguments[arguments.startIndex + 1])
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for index in 1...count {
        let url = folder.appendingPathComponent(String(format: "photo-%04d.jpg", index))
        if FileManager.default.fileExists(atPath: url.path) { continue }
        // GPS and camera EXIF as a phone writes them; orientation 1 so that Hugo, which
        // does not turn images by EXIF unless asked, makes the same sizes.
        try SyntheticImage(.photo(seed: index), width: 4000, height: 3000, metadata: .phone).write(to: url)
    }
case "run":
    let values = Array(arguments.dropFirst())
    guard values.count == 3 || values.count == 4 else { fail("usage: run SOURCE OUTPUT CACHE [JOBS]") }
    let jobsAtOnce = values.count == 4 ? Int(values[3]) ?? 0 : ProcessInfo.processInfo.activeProcessorCount
    guard jobsAtOnce > 0 else { fail("JOBS must be a positive number") }
    let (source, output, cache) = (URL(fileURLWithPath: values[0]), URL(fileURLWithPath: values[1]), URL(fileURLWithPath: values[2]))
    let names = try FileManager.default.contentsOfDirectory(atPath: source.path)
        .filter { ["jpg", "jpeg", "png"].contains(($0 as NSString).pathExtension.lowercased()) }
        .sorted()
    let jobs = names.map {
        ImageJob(source: source.appendingPathComponent($0), destination: output, baseName: ($0 as NSString).deletingPathExtension)
    }
    let start = Date()
    let report = try await ImageEngine(cache: ImageCache(root: cache), maxConcurrent: jobsAtOnce).process(jobs)
    let seconds = Date().timeIntervalSince(start)
    let files = report.outcomes.reduce(0) { $0 + ($1.image?.variants.count ?? 0) }
    let bytes = report.outcomes.reduce(0) { $0 + ($1.image?.variants.reduce(0) { $0 + $1.bytes } ?? 0) }
    print("images \(jobs.count) processed \(report.processed) reused \(report.reused) failed \(report.failed) "
        + "files \(files) bytes \(bytes) seconds \(String(format: "%.2f", seconds)) libvips \(ImageEngine.libvipsVersion)")
    if report.failed > 0 { exit(1) }
default:
    fail("usage: exhibit-images-bench corpus FOLDER N | run SOURCE OUTPUT CACHE [JOBS]")
}
