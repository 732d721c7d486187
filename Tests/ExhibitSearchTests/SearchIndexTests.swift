@testable import ExhibitSearch
import ExhibitText
import Foundation
import XCTest

/// A deterministic corpus of Chinese cases made from a word list.
enum Corpus {
    static let words = [
        "乡村", "振兴", "服务团", "研究生", "党支部", "苹果", "产业", "土壤", "检测", "电商", "直播", "合作社",
        "红色", "文化", "数字化", "保护", "革命", "旧址", "口述史", "志愿", "服务", "社区", "老年人", "智能手机",
        "科研", "攻关", "抗体", "药物", "工艺", "专利", "论文", "孵化", "创业", "项目", "融资", "大棚", "传感器",
        "温度", "湿度", "猕猴桃", "茶叶", "花椒", "核桃", "延安", "洛川", "富平", "汉中", "安康", "商洛", "榆林",
        "培训", "教师", "课程", "讲座", "调研", "示范", "基地", "品牌", "销售", "农户", "增收", "技术", "推广",
    ]
    static let places = ["西岭县", "东川镇", "南山村", "北塬乡", "青石沟"]
    static let categories = [("rural", "乡村振兴"), ("red", "红色文化"), ("research", "科研攻关")]

    struct Random {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(n))
        }
    }

    static func text(_ rng: inout Random, characters: Int) -> String {
        var s = ""
        var count = 0
        while count < characters {
            let w = rng.next(10) == 0 ? places[rng.next(places.count)] : words[rng.next(words.count)]
            s += w
            count += w.count
            switch rng.next(12) {
            case 0: s += "。"
            case 1: s += "，"
            case 2: s += " IoT "
            default: break
            }
        }
        return s
    }

    static func documents(_ n: Int, characters: Int = 300, seed: UInt64 = 7) -> [SearchDocument] {
        var rng = Random(state: seed)
        return (0..<n).map { i in
            let (cat, name) = categories[rng.next(categories.count)]
            return SearchDocument(
                id: i, url: "cases/case-\(i)/", title: text(&rng, characters: 12),
                summary: text(&rng, characters: 40), tags: [words[rng.next(words.count)]],
                organization: "某大学" + words[rng.next(words.count)] + "党支部", category: cat,
                categoryName: name, year: 2020 + rng.next(5), text: UTF8Text(text(&rng, characters: characters)))
        }
    }
}

final class SearchIndexTests: XCTestCase {
    func reader(_ docs: [SearchDocument], configure: (inout SearchIndex) -> Void = { _ in }) throws -> SearchReader {
        var index = SearchIndex(documents: docs)
        configure(&index)
        return try SearchReader(files: index.files())
    }

    /// Every string of 2–4 Han characters of a document finds it (checked on all its
    /// substrings, crossing word boundaries as they come).
    func testEverySubstringFindsItsDocument() throws {
        let docs = Corpus.documents(60, characters: 200)
        let reader = try reader(docs)
        var queries = 0
        for doc in docs {
            let fields = [doc.title, doc.summary, doc.organization, doc.text.string] + doc.tags
            for field in fields {
                let runs = field.split(whereSeparator: { !($0.unicodeScalars.first.map { $0.value >= 0x3400 } ?? false) })
                for run in runs {
                    let chars = Array(run)
                    guard chars.count >= 2 else { continue }
                    for length in 2...4 where length <= chars.count {
                        for start in stride(from: 0, through: chars.count - length, by: 3) {
                            let query = String(chars[start..<start + length])
                            let urls = reader.search(query, rerank: 0).map { reader.url(of: $0.document) }
                            XCTAssertTrue(urls.contains(doc.url), "\(query) does not find \(doc.url)")
                            queries += 1
                        }
                    }
                }
            }
        }
        XCTAssertGreaterThan(queries, 1000)
    }

    func testLongQueriesLoadFewerShardsAndStillFindTheirCase() throws {
        let docs = Corpus.documents(400, characters: 400)
        let reader = try reader(docs)
        // The longest Han run of the text (a cut Latin word would not be a word of it).
        let runs = docs[7].text.string.split(whereSeparator: { !($0.unicodeScalars.first.map { $0.value >= 0x3400 } ?? false) })
        let sentence = String(runs.max(by: { $0.count < $1.count })!.prefix(16))
        XCTAssertGreaterThan(SearchTokenizer.queryTokens(sentence).count, 8)
        XCTAssertLessThanOrEqual(reader.filesFetched(for: sentence, top: 0).count, 1 + 10)
        let results = reader.search(sentence)
        XCTAssertTrue(results.contains { reader.url(of: $0.document) == docs[7].url },
                      "\(sentence) \(SearchReader.plan(SearchTokenizer.queryTokens(sentence))) \(results.count) \(results.prefix(3).map { reader.url(of: $0.document) }) \(docs[7].url)")
    }

    func testSingleCharactersAndLatinWordsAreFound() throws {
        let docs = [
            SearchDocument(id: 1, url: "a/", title: "智慧大棚", category: "c", categoryName: "C", year: 2024,
                           text: "用 IoT 传感器监测温度。"),
            SearchDocument(id: 2, url: "b/", title: "果园", category: "c", categoryName: "C", year: 2024, text: "苹果"),
        ]
        let reader = try reader(docs)
        XCTAssertEqual(reader.search("棚").map { reader.url(of: $0.document) }, ["a/"])
        XCTAssertEqual(reader.search("iot").map { reader.url(of: $0.document) }, ["a/"])
        XCTAssertEqual(reader.search("ＩＯＴ 温度").map { reader.url(of: $0.document) }, ["a/"])
        XCTAssertEqual(reader.search("果").map { reader.url(of: $0.document) }, ["b/"])
        XCTAssertEqual(reader.search("梨子"), [])
        XCTAssertEqual(reader.search("。"), [])
    }

    func testFieldsRankTitleTagsOrganizationSummaryBody() throws {
        func doc(_ id: Int, title: String = "案例", summary: String = "", tags: [String] = [], org: String = "", text: String = "") -> SearchDocument {
            SearchDocument(id: id, url: "d\(id)/", title: title, summary: summary, tags: tags, organization: org,
                           category: "c", categoryName: "C", year: 2024, text: UTF8Text(text + "其他内容"))
        }
        let docs = [
            doc(1, text: "花椒种植"),
            doc(2, summary: "花椒种植"),
            doc(3, org: "花椒种植协会"),
            doc(4, tags: ["花椒种植"]),
            doc(5, title: "花椒种植"),
        ]
        let reader = try reader(docs)
        XCTAssertEqual(reader.search("花椒").map { reader.url(of: $0.document) }, ["d5/", "d4/", "d3/", "d2/", "d1/"])
    }

    func testExactPhraseOutranksScatteredBigrams() throws {
        // Both contain the bigrams 土壤 and 壤检; only one has 土壤检 as written.
        let docs = [
            SearchDocument(id: 1, url: "scattered/", title: "土壤改良", category: "c", categoryName: "C", year: 2024,
                           text: "土壤。壤检"),
            SearchDocument(id: 2, url: "exact/", title: "服务", category: "c", categoryName: "C", year: 2020,
                           text: "开展土壤检测"),
        ]
        let reader = try reader(docs)
        let results = reader.search("土壤检")
        XCTAssertEqual(results.map { reader.url(of: $0.document) }, ["exact/", "scattered/"])
        XCTAssertEqual(results.map(\.exact), [1, 0])
    }

    func testFiltersByCategoryAndYear() throws {
        let docs = Corpus.documents(200)
        let reader = try reader(docs)
        let all = reader.search("乡村", rerank: 0)
        let red2022 = reader.search("乡村", category: "red", year: 2022, rerank: 0)
        let expected = docs.filter { $0.category == "red" && $0.year == 2022 && SearchTokenizer.indexTokens([$0.title, $0.summary, $0.organization, $0.text.string, $0.tags.joined(separator: " ")].joined(separator: "\n")).contains("乡村") }
        XCTAssertGreaterThan(all.count, red2022.count)
        XCTAssertEqual(Set(red2022.map { reader.url(of: $0.document) }), Set(expected.map(\.url)))
    }

    func testOutputIsDeterministicWhateverTheInputOrder() throws {
        let docs = Corpus.documents(300)
        var rng = Corpus.Random(state: 99)
        var shuffled = docs
        for i in stride(from: shuffled.count - 1, to: 0, by: -1) { shuffled.swapAt(i, rng.next(i + 1)) }
        let a = SearchIndex(documents: docs).files()
        let b = SearchIndex(documents: shuffled).files()
        XCTAssertEqual(a.map(\.path), b.map(\.path))
        XCTAssertEqual(a.map(\.data), b.map(\.data))
        XCTAssertEqual(a[0].path, "search/meta.json")
    }

    /// Newest year first, then the categories in the order given (the rest by id), then
    /// id, then URL: the documents moved into that order are the documents given.
    func testDocumentsAreInIndexOrder() throws {
        // Ids shared by many documents, so that URLs decide among them.
        let docs = Corpus.documents(500).map { d in var d = d; d.id %= 40; return d }
        let categories = Array(Set(docs.map(\.category))).sorted()
        let order = Array(categories.reversed().prefix(2))
        let rank = { (c: String) in order.firstIndex(of: c) ?? order.count + categories.firstIndex(of: c)! }
        var rng = Corpus.Random(state: 7)
        var shuffled = docs
        for i in stride(from: shuffled.count - 1, to: 0, by: -1) { shuffled.swapAt(i, rng.next(i + 1)) }
        let expected = docs.sorted { a, b in
            a.year != b.year ? a.year > b.year : rank(a.category) != rank(b.category) ? rank(a.category) < rank(b.category)
                : a.id != b.id ? a.id < b.id : a.url < b.url
        }
        XCTAssertGreaterThan(categories.count, 2)
        XCTAssertEqual(SearchIndex(documents: shuffled, categoryOrder: order).documents, expected)
        XCTAssertEqual(SearchIndex(documents: [], categoryOrder: order).documents, [])
    }

    func testShardsStayUnderTheBoundAndMetaDescribesThem() throws {
        let docs = Corpus.documents(3000, characters: 600)
        let files = SearchIndex(documents: docs).files()
        let shards = files.filter { $0.path.hasPrefix("search/shards/") }
        let meta = try JSONSerialization.jsonObject(with: files[0].data) as! [String: Any]
        XCTAssertEqual(meta["shards"] as? Int, shards.count)
        XCTAssertEqual(meta["docs"] as? Int, 3000)
        XCTAssertEqual(meta["tokenizer"] as? Int, SearchTokenizer.version)
        XCTAssertEqual(meta["years"] as? [Int], [2024, 2023, 2022, 2021, 2020])
        XCTAssertGreaterThan(shards.count, 10)
        let largest = shards.map(\.data.count).max()!
        XCTAssertLessThanOrEqual(largest, 40 * 1024, "largest shard \(largest) bytes")
        for shard in shards {
            let object = try JSONSerialization.jsonObject(with: shard.data) as? [String: String]
            XCTAssertNotNil(object)
        }
        let reader = try SearchReader(files: files)
        XCTAssertLessThan(reader.bytesFetched(for: "乡村振兴"), 300 * 1024)
    }

    func testDocumentFilesHoldWhatResultsShow() throws {
        let long = String(repeating: "服务团扎根西岭县。\n\n", count: 400)
        let docs = [SearchDocument(id: 1, url: "cases/a/", title: "标题\"引号\"", summary: "摘要", tags: ["标签"],
                                   organization: "单位", category: "c", categoryName: "类别", year: 2024, text: UTF8Text(long))]
        let files = SearchIndex(documents: docs).files()
        let doc = try JSONSerialization.jsonObject(with: files.first { $0.path == "search/docs/0.json" }!.data) as! [String: Any]
        XCTAssertEqual(doc["title"] as? String, "标题\"引号\"")
        XCTAssertEqual(doc["url"] as? String, "cases/a/")
        XCTAssertEqual(doc["category"] as? String, "类别")
        XCTAssertEqual(doc["year"] as? Int, 2024)
        XCTAssertEqual(doc["tags"] as? [String], ["标签"])
        let excerpt = doc["excerpt"] as! String
        XCTAssertEqual(excerpt.unicodeScalars.count, 2000)
        XCTAssertTrue(excerpt.hasPrefix("服务团扎根西岭县。 服务团"))
    }
}

extension SearchReader {
    func url(of document: Int) -> String {
        (self.document(document)["url"] as? String) ?? ""
    }
}
