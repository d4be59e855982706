import Foundation
import VietIE

/// One line of a JSON Lines input.
enum InputLine {
    /// The line's bytes without its "\n" (or "\r\n"), and without a byte-order mark on the first line.
    case line(ArraySlice<UInt8>)
    /// A line longer than the reader's limit: skipped (never held in memory), with its length in bytes.
    case tooLong(bytes: Int)
}

/// Reads a file or standard input line by line without holding it all in memory.
///
/// Each byte is looked at once (a long line is not rescanned as it grows); a line longer than
/// `maximumLength` is skipped to its end and reported as ``InputLine/tooLong(bytes:)``; a last line
/// without "\n" is a line; a UTF-8 byte-order mark before the first line is dropped.
struct LineReader {
    let handle: FileHandle
    let maximumLength: Int
    private var buffer: [UInt8] = []
    private var position = 0        // start of the current line in `buffer`
    private var scanned = 0         // no "\n" in buffer[position..<scanned]
    private var finished = false
    private var skipping = 0        // bytes of an over-long line dropped so far
    private var atStart = true
    /// Bytes consumed so far, line ends included.
    private(set) var bytesRead = 0
    /// Why reading stopped early (the input ends there), if it did.
    private(set) var readError: String?
    static let chunk = 1 << 20

    init(path: String, maximumLength: Int = InputDecoder.defaultMaximumSize) throws {
        if path == "-" { handle = FileHandle.standardInput } else {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                throw CLIError("cannot read \(path): it is a directory")
            }
            guard let h = FileHandle(forReadingAtPath: path) else { throw CLIError("cannot open \(path)") }
            handle = h
        }
        self.maximumLength = maximumLength
    }

    /// The next line, or nil at the end of the input.
    mutating func next() -> InputLine? {
        while true {
            if let nl = newline() {
                let length = skipping + (nl - position)
                var line = buffer[position..<nl]
                bytesRead += nl + 1 - position
                position = nl + 1
                scanned = position
                if skipping > 0 { skipping = 0; return .tooLong(bytes: length) }
                return .line(trimmed(&line))
            }
            if buffer.count - position > maximumLength {
                // Too long: drop what is held and keep dropping up to the next "\n".
                skipping += buffer.count - position
                bytesRead += buffer.count - position
                buffer.removeAll(keepingCapacity: true)
                position = 0
                scanned = 0
            }
            if finished {
                guard position < buffer.count || skipping > 0 else { return nil }
                var line = buffer[position...]
                bytesRead += buffer.count - position
                position = buffer.count
                scanned = position
                if skipping > 0 { let n = skipping + line.count; skipping = 0; return .tooLong(bytes: n) }
                return .line(trimmed(&line))
            }
            if position > 0 {
                buffer.removeSubrange(0..<position)
                scanned -= position
                position = 0
            }
            do {
                if let data = try handle.read(upToCount: Self.chunk), !data.isEmpty { buffer.append(contentsOf: data) } else { finished = true }
            } catch {
                readError = "\(error.localizedDescription)"
                finished = true
            }
        }
    }

    /// The index of the next "\n" at or after `scanned`, searched with `memchr`.
    private mutating func newline() -> Int? {
        guard scanned < buffer.count else { return nil }
        let found: Int? = buffer.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress, let p = memchr(base + scanned, 0x0A, b.count - scanned) else { return nil }
            return base.distance(to: p.assumingMemoryBound(to: UInt8.self))
        }
        if found == nil { scanned = buffer.count }
        return found
    }

    private mutating func trimmed(_ line: inout ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        if line.last == 0x0D { line = line.dropLast() }
        if atStart {
            atStart = false
            if line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }
        }
        return line
    }
}
