import Foundation

/// A progress line on standard error for long runs: documents/s, MB/s and, when the input size is known,
/// the share done and the time left. It is redrawn in place ("\r") twice a second once the run has gone on
/// for ``delay``, and erased at the end.
///
/// The clock is read every ``checkEvery`` documents (or 256 KB of input), not per document. ``report(_:)`` prints a
/// message without tearing the line.
final class ProgressLine {
    /// Whether the line is drawn at all (standard error is a terminal, or `--progress`; never with `--quiet`).
    let enabled: Bool
    /// Total input bytes, when known (regular files).
    var totalBytes: Int?
    static let delay: Duration = .seconds(2)
    static let refresh: Duration = .milliseconds(500)
    static let checkEvery = 16

    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private var lastDraw: ContinuousClock.Instant?
    private var documents = 0, bytes = 0
    private var documentsAtCheck = 0, bytesAtCheck = 0
    private var shown = false

    init(enabled: Bool, totalBytes: Int? = nil) {
        self.enabled = enabled
        self.totalBytes = totalBytes
        start = clock.now
    }

    /// Standard error is a terminal.
    static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// Counts `documents` documents (a blank line is none) read from `count` bytes of input.
    func advance(bytes count: Int, documents added: Int = 1) {
        documents += added
        bytes += count
        guard enabled, documents - documentsAtCheck >= Self.checkEvery || bytes - bytesAtCheck >= 1 << 18 else { return }
        documentsAtCheck = documents
        bytesAtCheck = bytes
        let now = clock.now
        guard now - start >= Self.delay, lastDraw.map({ now - $0 >= Self.refresh }) ?? true else { return }
        lastDraw = now
        draw(Self.text(documents: documents, bytes: bytes, total: totalBytes, elapsed: now - start))
    }

    /// Prints a message on its own line; the progress line comes back at its next refresh.
    func report(_ message: String) {
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)); shown = false }
        printError(message)
    }

    /// Erases the line.
    func finish() {
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)); shown = false }
    }

    private func draw(_ text: String) {
        FileHandle.standardError.write(Data(("\r" + text + "\u{1B}[K").utf8))
        shown = true
    }

    /// "1,234 documents  617.0 docs/s  2.4 MB/s  45% of 10.2 MB  ETA 0:03".
    static func text(documents: Int, bytes: Int, total: Int?, elapsed: Duration) -> String {
        let seconds = max(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18, 1e-3)
        let rate = Double(bytes) / seconds
        var parts = ["vietie: \(grouped(documents)) documents", String(format: "%.1f docs/s", Double(documents) / seconds),
                     String(format: "%.1f MB/s", rate / 1e6)]
        if let total, total > 0 {
            let done = min(100, Int(100 * Double(bytes) / Double(total)))
            parts.append(String(format: "%d%% of %.1f MB", done, Double(total) / 1e6))
            if rate > 0 && bytes < total {
                let left = Int((Double(total - bytes) / rate).rounded())
                parts.append(String(format: "ETA %d:%02d", left / 60, left % 60))
            }
        }
        return parts.joined(separator: "  ")
    }

    static func grouped(_ n: Int) -> String {
        let digits = Array(String(n))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return out
    }
}
