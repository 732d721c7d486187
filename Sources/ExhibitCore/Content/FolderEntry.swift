#if canImport(Glibc)
import Glibc
#endif

/// One name of a folder's listing (`readdir`), with the kind the listing gives: the scan of
/// `content/` (`SourceTree`) and of a kept output (`RecycledOutput`) take a file's kind from
/// it, and look at the file itself (`lstat`) only where it does not tell.
struct FolderEntry {
    /// The name; when it is not UTF-8, with its bad bytes replaced (for a message).
    var name: String
    var isUTF8: Bool
    /// `S_IFDIR` or `S_IFREG` as the listing says; 0 when the file must be looked at: a
    /// link, a kind the file system does not tell (`DT_UNKNOWN`), or any other kind.
    var kind: mode_t

    /// The entries of an open folder, but `.` and `..`.
    static func all(in folder: OpaquePointer) -> [FolderEntry] {
        var entries: [FolderEntry] = []
        while let entry = readdir(folder) {
            let valid = withUnsafeBytes(of: &entry.pointee.d_name) { String(validatingCString: $0.bindMemory(to: CChar.self).baseAddress!) }
            let name = valid ?? withUnsafeBytes(of: &entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            guard name != ".", name != ".." else { continue }
            let type = Int32(entry.pointee.d_type)
            entries.append(FolderEntry(name: name, isUTF8: valid != nil,
                                       kind: type == Int32(DT_DIR) ? S_IFDIR : type == Int32(DT_REG) ? S_IFREG : 0))
        }
        return entries
    }
}
