import Foundation

/// What to measure, from the command line.
struct Options {
    /// Size of the cycled corpus, in MB (10^6 bytes) of JSON Lines.
    var megabytes = 50.0
    /// A second, larger corpus on which only the CLI's peak memory (and time) is measured; 0: none.
    var largeMegabytes = 0.0
    var dev = "../shared/dev"
    /// The release `vietie` binary run for the end-to-end, start-up and graph measurements.
    var vietie: String?
    var save = false
    /// The core the one-core runs are pinned to (`taskset -c`).
    var core = 0
    /// Runs of `vietie annotate` on the sample article; the median is reported.
    var startupRuns = 9
    /// Runs of each in-process phase, and rounds of the one-core and all-core `vietie annotate` runs taken in
    /// turn; the fastest of each is reported (on a shared machine the others are slowed by other work).
    var repeats = 1
    /// The phases to run (the graph only when asked for: it is slow, and its memory grows with the documents).
    var phases: Set<String> = Options.allPhases.subtracting(["graph"])

    static let allPhases: Set<String> = ["decode", "normalize", "tokenize", "analyze", "match", "annotate", "nfd", "rg", "cli", "long", "startup", "graph"]

    /// Internal: run one in-process phase in this (child) process and write its measurement to a file.
    var child: (phase: String, corpus: String, result: String)?

    static let usage = """
    usage: vietie-bench [--mb N] [--large-mb N] [--dev DIR] [--vietie PATH] [--core N] [--startup-runs N] [--repeat N]
                        [--phases a,b,...] [--save]
    phases: \(allPhases.sorted().joined(separator: ","))
    """

    static func parse(_ arguments: [String]) -> Options {
        var o = Options()
        var args = arguments.makeIterator()
        func fail() -> Never {
            FileHandle.standardError.write(Data((usage + "\n").utf8))
            exit(2)
        }
        func value() -> String {
            guard let v = args.next() else { fail() }
            return v
        }
        func number() -> Double {
            guard let n = Double(value()) else { fail() }
            return n
        }
        while let a = args.next() {
            switch a {
            case "--mb": o.megabytes = number()
            case "--large-mb": o.largeMegabytes = number()
            case "--dev": o.dev = value()
            case "--vietie": o.vietie = value()
            case "--core": o.core = Int(number())
            case "--startup-runs": o.startupRuns = max(1, Int(number()))
            case "--repeat": o.repeats = max(1, Int(number()))
            case "--save": o.save = true
            case "--phases":
                o.phases = Set(value().split(separator: ",").map(String.init))
                if !o.phases.isSubset(of: allPhases) { fail() }
            case "--child":
                o.child = (value(), value(), value())
            default: fail()
            }
        }
        return o
    }
}
