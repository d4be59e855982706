import Foundation

/// Whole input files: their sizes (for progress and limits) and their bytes, read with a limit.
enum InputFiles {
    /// The sum of the sizes of the inputs when all are regular files (standard input included), else nil.
    static func totalSize(of inputs: [String]) -> Int? {
        var total = 0
        for path in inputs {
            guard let size = regularFileSize(path) else { return nil }
            total += size
        }
        return total
    }

    /// The size of a regular file (or of standard input when it is one), else nil.
    static func regularFileSize(_ path: String) -> Int? {
        var info = stat()
        let status = path == "-" ? fstat(STDIN_FILENO, &info) : stat(path, &info)
        guard status == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    /// A whole file, or standard input, up to `limit` bytes: a larger regular file is refused before it is read.
    static func read(_ path: String, limit: Int) -> Result<[UInt8], CLIError> {
        let tooLarge = { (n: Int) in CLIError("input too large: \(n) bytes (limit \(limit))") }
        if let size = regularFileSize(path), size > limit { return .failure(tooLarge(size)) }
        var isDirectory: ObjCBool = false
        if path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            return .failure(CLIError("cannot read \(path): it is a directory"))
        }
        let handle: FileHandle
        if path == "-" { handle = FileHandle.standardInput } else {
            guard let h = FileHandle(forReadingAtPath: path) else { return .failure(CLIError("cannot read \(path)")) }
            handle = h
        }
        defer { if path != "-" { try? handle.close() } }
        var bytes: [UInt8] = []
        do {
            while let data = try handle.read(upToCount: LineReader.chunk * 4), !data.isEmpty {
                bytes.append(contentsOf: data)
                if bytes.count > limit { return .failure(tooLarge(bytes.count)) }
            }
        } catch {
            return .failure(CLIError("cannot read \(path): \(error.localizedDescription)"))
        }
        return .success(bytes)
    }
}
