import Yams

extension Node.Mapping {
    /// The value of the key written `key`, the last if it is written twice, as `self[key]`
    /// finds it for the plain words a case's fields use (`label`, `value`, `date`…).
    /// Yams' subscript makes a node of `key` with a tag object of its own and resolves
    /// both tags of the pair it finds against its rules: reading the metrics and milestones
    /// of 10,000 cases that way was 0.5 % of their build. By index, from the end:
    /// iterating a mapping makes an array of its pairs first.
    func field(_ key: String) -> Node? {
        for i in stride(from: endIndex - 1, through: startIndex, by: -1) where self[i].key.string == key { return self[i].value }
        return nil
    }
}
