import Foundation
import VietIECore
import VietIEText

/// The list files `index.tsv` names, read and parsed (files in parallel, largest first): what the
/// token tries (``Gazetteer``) and the administrative units (``AdminUnits``) are both built from.
///
///     let lists = try GazetteerLists(directory: .locate())
///     lists.specs.count == lists.lists.count   // true
///     lists.list("places/units.tsv")?.rows.count
public struct GazetteerLists: Sendable {
    /// The lists `index.tsv` names, in its order (with a user index's additions after them).
    public let specs: [ListSpec]
    /// The loaded list files; `lists[i]` is the file of `specs[i]`.
    public let lists: [ListFile]
    /// The problems found in `index.tsv` (`file:line: message`).
    public let indexProblems: [String]

    /// Reads `index.tsv` and every list it names.
    ///
    /// A user directory's own `index.tsv` adds the lists it names; its files override built-in files of
    /// the same relative path.
    ///
    /// - Throws: ``GazetteerError`` naming the `index.tsv` line of a list that is missing or unreadable.
    /// - Complexity: O(n) in the total size of the lists.
    public init(directory: GazetteerDirectory) throws {
        var indexFile = try directory.list("index.tsv")
        // A user directory's own index.tsv adds lists.
        if let overlay = directory.overlay {
            let userIndex = overlay.appendingPathComponent("index.tsv")
            if FileManager.default.fileExists(atPath: userIndex.path) {
                let extra = try ListFile(contentsOf: userIndex, relativePath: "index.tsv (\(overlay.path))")
                let known = Set(indexFile.rows.map { indexFile.value($0, "file") })
                indexFile.rows += extra.rows.filter { !known.contains(extra.value($0, "file")) }
            }
        }
        let index = ListIndex(file: indexFile)
        let specs = index.specs
        // Largest files first, so that the big place lists do not end up last on one core.
        let sizes = specs.map { Self.size(directory, $0.file) }
        let order = specs.indices.sorted { sizes[$0] > sizes[$1] }
        // One more job builds the normalizer's tables, which compiling the lists needs next.
        let loaded = try concurrentMap(order.count + 1) { k -> ListFile? in
            guard k < order.count else { Normalizer.prepareTables(); return nil }
            let spec = specs[order[k]]
            do { return try directory.list(spec.file) } catch {
                throw GazetteerError("index.tsv:\(spec.line): \(error)")
            }
        }
        var lists = [ListFile?](repeating: nil, count: specs.count)
        for (k, i) in order.enumerated() { lists[i] = loaded[k] }
        self.specs = specs
        self.lists = lists.map { $0! }
        self.indexProblems = index.problems
    }

    /// The file of the list at `path` (e.g. `places/units.tsv`), when the index names it.
    public func list(_ path: String) -> ListFile? { specs.firstIndex { $0.file == path }.map { lists[$0] } }

    /// The file's size in bytes (0 when it cannot be read): a plain `stat`, since Foundation's file
    /// attributes also look up the owner's and group's names, reading the user databases for every file.
    private static func size(_ directory: GazetteerDirectory, _ file: String) -> Int {
        var info = stat()
        return stat(directory.url(for: file).path, &info) == 0 ? Int(info.st_size) : 0
    }
}
