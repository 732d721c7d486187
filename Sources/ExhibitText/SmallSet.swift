/// A set that is usually small (a page's heading ids, a case's tags): its elements looked
/// for one by one while there are few, hashed into a `Set` past `limit`. A `Set` made and
/// grown for each page or case cost 1,400 to 1,700 instructions an element, where a few
/// comparisons of short strings cost a tenth of it. Inlinable, so that each module that
/// uses one gets it specialised for its elements (unspecialised, every comparison went
/// through the element type's witness table).
@frozen
public struct SmallSet<Element: Hashable> {
    @usableFromInline var few: [Element] = []
    @usableFromInline var many: Set<Element>?
    @usableFromInline let limit: Int

    @inlinable
    public init(limit: Int = 16) {
        self.limit = limit
    }

    @inlinable
    public func contains(_ element: Element) -> Bool {
        many?.contains(element) ?? few.contains(element)
    }

    /// Adds `element`; false when it was there already.
    @inlinable @discardableResult
    public mutating func insert(_ element: Element) -> Bool {
        if many != nil { return many!.insert(element).inserted }
        guard !few.contains(element) else { return false }
        few.append(element)
        if few.count > limit {
            many = Set(few)
            few = []
        }
        return true
    }
}
