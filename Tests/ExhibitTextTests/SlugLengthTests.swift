import ExhibitText
import Testing

/// Slugs become file and folder names, which may have at most 255 bytes (NAME_MAX).
struct SlugLengthTests {
    private let longTitle = String(repeating: "乡村振兴科技服务团助力苹果产业高质量发展", count: 4)  // 80 Han characters

    @Test func aLongChineseTitleIsCutAtAHyphenWithAHashOfTheWhole() {
        let full = Slug.make(longTitle)
        #expect(full.utf8.count > 255, "the pinyin of 80 characters is longer than a file name may be")
        let slug = Slug.pathSegment(longTitle)
        #expect(slug == "xiang-cun-zhen-xing-ke-ji-fu-wu-tuan-zhu-li-ping-guo-chan-ye-gao-zhi-642862ea")
        #expect(slug.utf8.count <= Slug.maxLength)
        // The words kept are whole words of the full slug.
        let kept = slug.dropLast(9)
        #expect(full.hasPrefix(kept + "-"))
        #expect(Slug.isURLSafe(slug))
    }

    @Test func theCutIsStableAndCuttingAgainChangesNothing() {
        let slug = Slug.pathSegment(longTitle)
        #expect(Slug.pathSegment(longTitle) == slug)
        #expect(Slug.limited(slug) == slug)
        #expect(Slug.pathSegment(slug) == slug, "a file named by `new case` keeps its slug in the build")
    }

    @Test func longTitlesThatShareTheirBeginningStayApart() {
        let a = Slug.pathSegment(longTitle + "第一期")
        let b = Slug.pathSegment(longTitle + "第二期")
        #expect(a != b)
        #expect(a.utf8.count <= Slug.maxLength && b.utf8.count <= Slug.maxLength)
    }

    @Test func oneLongWordIsCutWhereItMustBe() {
        let word = String(repeating: "a", count: 300)
        let slug = Slug.limited(word)
        #expect(slug.utf8.count == Slug.maxLength)
        #expect(slug.hasPrefix(String(repeating: "a", count: 71) + "-"))
    }

    @Test func shortSlugsAreUnchanged() {
        #expect(Slug.pathSegment("校企党建共建") == "xiao-qi-dang-jian-gong-jian")
        let exactly80 = String(repeating: "ab-", count: 26) + "ab"
        #expect(exactly80.utf8.count == 80)
        #expect(Slug.limited(exactly80) == exactly80)
    }
}
