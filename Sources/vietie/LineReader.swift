import Foundation

/// Reads a file or standard input line by line without holding it all in memory.
struct LineReader {
    let handle: FileHandle
    var buffer: [UInt8] = []
    var position = 0
    var finished = false
    static let chunk = 1 << 20

    init(path: String) throws {
        if path == "-" { handle = FileHandle.standardInput } else {
            guard let h = FileHandle(forReadingAtPath: path) else { throw CLIError("cannot open \(path)") }
            handle = h
        }
    }

    /// The next line without its "\n" (and "\r"), or nil at the end.
    mutating func next() -> ArraySlice<UInt8>? {
        while true {
            if let nl = buffer[position...].firstIndex(of: 0x0A) {
                var line = buffer[position..<nl]
                position = nl + 1
                if line.last == 0x0D { line = line.dropLast() }
                return line
            }
            if finished {
                guard position < buffer.count else { return nil }
                var line = buffer[position...]
                position = buffer.count
                if line.last == 0x0D { line = line.dropLast() }
                return line
            }
            if position > 0 { buffer.removeSubrange(0..<position); position = 0 }
            let data = handle.readData(ofLength: Self.chunk)
            if data.isEmpty { finished = true } else { buffer.append(contentsOf: data) }
        }
    }
}

/// Writes records to standard output or to a file that appears only when complete (temp file, then rename).
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

    func write(_ line: String) {
        pending.append(contentsOf: Array(line.utf8))
        pending.append(0x0A)
        if pending.count >= 1 << 16 { flush() }
    }

    func flush() {
        if !pending.isEmpty { handle.write(pending); pending.removeAll(keepingCapacity: true) }
    }

    func close() throws {
        flush()
        if let finalPath, let tempPath {
            try handle.close()
            if FileManager.default.fileExists(atPath: finalPath) { try FileManager.default.removeItem(atPath: finalPath) }
            try FileManager.default.moveItem(atPath: tempPath, toPath: finalPath)
        }
    }
}

struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
