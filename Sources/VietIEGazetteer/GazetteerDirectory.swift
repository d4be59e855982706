import Foundation

/// Where the gazetteer lists live.
///
/// The lists travel with the source tree: `vietie` finds `Gazetteers/` from an explicit directory,
/// the `VIETIE_GAZETTEERS` environment variable, the executable's location (a build under
/// `.build/`), or the source tree it was compiled from, in that order. A user directory given with
/// `--gazetteers DIR` adds lists and overrides built-in ones of the same relative path.
///
///     let directory = try GazetteerDirectory.locate(overlay: "my-lists")
///     let titles = try directory.list("titles/titles.tsv")   // my-lists/titles/titles.tsv if it exists
public struct GazetteerDirectory: Sendable {
    /// The built-in lists.
    public var base: URL
    /// User lists layered on top, if any.
    public var overlay: URL?

    /// Uses the lists in `base`, with the user lists in `overlay` layered on top.
    public init(base: URL, overlay: URL? = nil) {
        self.base = base
        self.overlay = overlay
    }

    /// Finds the built-in lists; `overlay` is the user's `--gazetteers DIR`.
    ///
    /// - Throws: ``GazetteerError`` when `overlay` does not exist, or when no candidate directory holds an
    ///   `index.tsv` (the message lists where it looked and suggests `VIETIE_GAZETTEERS`).
    public static func locate(overlay: String? = nil) throws -> GazetteerDirectory {
        let overlayURL = overlay.map { URL(fileURLWithPath: $0, isDirectory: true) }
        if let overlayURL, !FileManager.default.fileExists(atPath: overlayURL.path) {
            throw GazetteerError("gazetteer directory not found: \(overlayURL.path)")
        }
        var candidates: [URL] = []
        if let env = ProcessInfo.processInfo.environment["VIETIE_GAZETTEERS"], !env.isEmpty {
            candidates.append(URL(fileURLWithPath: env, isDirectory: true))
        }
        if let exe = executableURL() {
            var dir = exe.deletingLastPathComponent()
            for _ in 0..<6 {
                candidates.append(dir.appendingPathComponent("Gazetteers", isDirectory: true))
                dir = dir.deletingLastPathComponent()
            }
        }
        // The source tree this library was compiled from: Sources/VietIEGazetteer/<file> -> repo root.
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Gazetteers", isDirectory: true)
        candidates.append(source)
        for c in candidates where FileManager.default.fileExists(atPath: c.appendingPathComponent("index.tsv").path) {
            return GazetteerDirectory(base: c.standardizedFileURL, overlay: overlayURL)
        }
        throw GazetteerError("cannot find the Gazetteers/ directory (looked in: \(candidates.map(\.path).joined(separator: ", "))); set VIETIE_GAZETTEERS")
    }

    static func executableURL() -> URL? {
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments.first
        return path.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath() }
    }

    /// The file for a relative path: the overlay's copy if it has one, else the built-in one.
    public func url(for relativePath: String) -> URL {
        if let overlay {
            let u = overlay.appendingPathComponent(relativePath)
            if FileManager.default.fileExists(atPath: u.path) { return u }
        }
        return base.appendingPathComponent(relativePath)
    }

    /// Reads a list by its path relative to `Gazetteers/`, from the overlay when it has the file.
    ///
    /// - Throws: ``GazetteerError`` when the file does not exist, or the error of reading it.
    /// - Complexity: O(n) in the size of the file.
    public func list(_ relativePath: String) throws -> ListFile {
        let u = url(for: relativePath)
        guard FileManager.default.fileExists(atPath: u.path) else {
            throw GazetteerError("\(relativePath): file not found in \(base.path)")
        }
        return try ListFile(contentsOf: u, relativePath: relativePath)
    }
}

/// A gazetteer that cannot be loaded; the message names the file (and line) and the fix.
public struct GazetteerError: Error, CustomStringConvertible, Sendable {
    /// The message, naming the file (and line) and the fix.
    public var description: String
    /// Creates an error with its message.
    public init(_ description: String) { self.description = description }
}
