// Stand-in indexer for bench/search/compare.sh: reads a documents file (bench/search/docs.py)
// and writes the Exhibit search index, timing SearchIndex.files() (best of RUNS).
//
//   index_docs DOCS.json OUT_DIR [CATEGORY,IDS] [RUNS]
//
// Built by compare.sh against the release build of the ExhibitSearch target.
import ExhibitSearch
import Foundation

let args = CommandLine.arguments
guard args.count >= 3 else {
    FileHandle.standardError.write("usage: index_docs DOCS.json OUT_DIR [CATEGORY,IDS] [RUNS]\n".data(using: .utf8)!)
    exit(2)
}
let list = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: args[1]))) as! [[String: Any]]
let docs = list.map { d in
    SearchDocument(
        id: d["id"] as? Int ?? 0, url: d["url"] as? String ?? "", title: d["title"] as? String ?? "",
        summary: d["summary"] as? String ?? "", tags: d["tags"] as? [String] ?? [],
        organization: d["organization"] as? String ?? "", category: d["category"] as? String ?? "",
        categoryName: d["category_name"] as? String ?? "", year: d["year"] as? Int ?? 0,
        text: d["text"] as? String ?? "")
}
let order = args.count > 3 ? args[3].split(separator: ",").map(String.init) : []
let runs = args.count > 4 ? Int(args[4]) ?? 3 : 3
var best = Double.infinity
var bestCPU = Double.infinity
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}
var files: [(path: String, data: Data)] = []
for _ in 0..<max(1, runs) {
    files = []
    let start = DispatchTime.now().uptimeNanoseconds
    let cpu = cpuSeconds()
    files = SearchIndex(documents: docs, categoryOrder: order).files()
    best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    bestCPU = min(bestCPU, cpuSeconds() - cpu)
}
let shards = files.filter { $0.path.hasPrefix("search/shards/") }.map(\.data.count)
print("documents=\(docs.count) text_bytes=\(docs.reduce(0) { $0 + $1.text.utf8.count })"
      + " index_seconds=\(String(format: "%.3f", best)) index_cpu_seconds=\(String(format: "%.3f", bestCPU)) files=\(files.count)"
      + " bytes=\(files.reduce(0) { $0 + $1.data.count }) shards=\(shards.count) largest_shard=\(shards.max() ?? 0)")
let root = URL(fileURLWithPath: args[2])
let manager = FileManager.default
try? manager.removeItem(at: root.appendingPathComponent("search"))
for file in files {
    let url = root.appendingPathComponent(file.path)
    try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try file.data.write(to: url)
}
