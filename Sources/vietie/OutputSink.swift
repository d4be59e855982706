import Foundation

/// Writes records to standard output, or to a file that appears only when complete.
///
/// A file is written to a temporary file beside it (same directory, so the same file system), flushed to
/// disk, then renamed over the destination with rename(2): readers see the old file or the whole new one,
/// never a part. A run that stops early leaves the destination as it was.
final class OutputSink {
    private let handle: FileHandle
    private let finalPath: String?
    private let tempPath: String?
    private var pending = Data()

    init(path: String?) throws {
        if let path, path != "-" {
            let dir = (path as NSString).deletingLastPathComponent
            let temp = (dir.isEmpty ? "." : dir) + "/.\((path as NSString).lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp"
            guard FileManager.default.createFile(atPath: temp, contents: nil), let h = FileHandle(forWritingAtPath: temp) else {
                throw CLIError("cannot write \(path)")
            }
            handle = h
            finalPath = path
            tempPath = temp
        } else {
            handle = FileHandle.standardOutput
            finalPath = nil
            tempPath = nil
        }
    }

    /// Writes one line: its UTF-8 bytes, then a line break.
    func write(_ line: [UInt8]) {
        pending.append(contentsOf: line)
        pending.append(0x0A)
        if pending.count >= 1 << 16 { flush() }
    }

    func flush() {
        if !pending.isEmpty { handle.write(pending); pending.removeAll(keepingCapacity: true) }
    }

    /// Flushes; for a file, syncs it and renames it into place.
    func close() throws {
        flush()
        guard let finalPath, let tempPath else { return }
        try handle.synchronize()
        try handle.close()
        guard rename(tempPath, finalPath) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: tempPath)
            throw CLIError("cannot write \(finalPath): \(reason)")
        }
    }
}
