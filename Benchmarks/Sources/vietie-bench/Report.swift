import Foundation
import VietIE

/// One of the goals the figures are checked against.
struct Target {
    var name: String
    var value: Double?
    var unit: String
    var limit: Double
    /// true: the value must be at least the limit; false: at most.
    var atLeast: Bool
    var met: Bool? { value.map { atLeast ? $0 >= limit : $0 <= limit } }

    var line: String {
        let v = value.map { String(format: "%.2f %@", $0, unit) } ?? "not measured"
        let verdict = met.map { $0 ? "met" : "NOT met" } ?? "-"
        return name.padding(toLength: 44, withPad: " ", startingAt: 0) + v.padding(toLength: 16, withPad: " ", startingAt: 0) + verdict
    }

    var json: JSONValue {
        .object([("target", .string(name)), ("value", value.map { .number(($0 * 100).rounded() / 100) } ?? .null),
                 ("unit", .string(unit)), ("limit", .number(limit)), ("met", met.map(JSONValue.bool) ?? .null)])
    }
}

enum Report {
    static func table(_ results: [Measurement]) -> String {
        var lines = ["phase".padding(toLength: 58, withPad: " ", startingAt: 0) + "cores     MB/s     docs/s   seconds  peak RSS MB  CPU s"]
        for m in results {
            lines.append(m.phase.padding(toLength: 58, withPad: " ", startingAt: 0)
                         + String(format: "%5d %8.1f %10.0f %9.3f", m.cores, m.mbPerSecond, m.docsPerSecond, m.seconds)
                         + (m.peakRSS.map { String(format: " %12.1f", $0) } ?? "")
                         + (m.cpuSeconds.map { String(format: " %6.2f", $0) } ?? ""))
        }
        return lines.joined(separator: "\n")
    }

    static func round(_ x: Double, _ digits: Double = 10) -> JSONValue { .number((x * digits).rounded() / digits) }

    static func json(_ m: Measurement) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("phase", .string(m.phase)), ("cores", .number(Double(m.cores))), ("mb_per_s", round(m.mbPerSecond)),
            ("docs_per_s", .number(m.docsPerSecond.rounded())), ("seconds", round(m.seconds, 1000)),
            ("bytes", .number(Double(m.bytes))), ("documents", .number(Double(m.documents))),
        ]
        if let rss = m.peakRSS { members.append(("peak_rss_mb", round(rss))) }
        if let cpu = m.cpuSeconds { members.append(("cpu_seconds", round(cpu, 100))) }
        if m.runs.count > 1 { members.append(("runs_seconds", .array(m.runs.map { round($0, 100) }))) }
        return .object(members)
    }

    /// The first "model name" of /proc/cpuinfo.
    static var cpu: String {
        (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
            .split(separator: "\n").first { $0.hasPrefix("model name") }
            .map { String($0.split(separator: ":", maxSplits: 1).last ?? "").trimmingCharacters(in: .whitespaces) } ?? "unknown"
    }

    /// Writes `record` as `results/throughput-<date>.json` beside the package's sources; returns the path.
    static func save(_ record: JSONValue, date: String) throws -> String {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("results")
        // A second run on the same day gets its own file (-2, -3, ...): results are never overwritten.
        var file = dir.appendingPathComponent("throughput-\(date.prefix(10)).json")
        var n = 2
        while FileManager.default.fileExists(atPath: file.path) {
            file = dir.appendingPathComponent("throughput-\(date.prefix(10))-\(n).json")
            n += 1
        }
        try Data((record.serialized + "\n").utf8).write(to: file)
        return file.path
    }
}
