import Foundation

/// The cores this process may run on.
enum Cores {
    /// The CPUs this process is allowed to run on (`Cpus_allowed_list` in /proc/self/status, so that
    /// `taskset -c 0 vietie ...` counts one), or the active processor count where that cannot be read.
    static var available: Int {
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
           let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Cpus_allowed_list:") }),
           let count = count(list: line.dropFirst("Cpus_allowed_list:".count)), count > 0 {
            return count
        }
        return ProcessInfo.processInfo.activeProcessorCount
    }

    /// The number of CPUs in a list such as "0-3,8,10-11"; nil when it does not read as one.
    static func count(list: Substring) -> Int? {
        var total = 0
        for part in list.trimmingCharacters(in: .whitespaces).split(separator: ",") {
            let bounds = part.split(separator: "-").map { Int($0) }
            switch bounds.count {
            case 1: guard bounds[0] != nil else { return nil }; total += 1
            case 2:
                guard let low = bounds[0], let high = bounds[1], high >= low else { return nil }
                total += high - low + 1
            default: return nil
            }
        }
        return total
    }
}
