import ArgumentParser
import Foundation
import VietIE

struct GazetteerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gazetteer",
        abstract: "Check, query and count the gazetteer lists.",
        subcommands: [Check.self, Lookup.self, Stats.self])

    struct Check: ParsableCommand {
        // (Each command names itself: the parser would otherwise derive the name from the type by reflection, which
        // a static binary pays for at every start.)
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Report list problems as file:line: message (non-NFC, duplicates, unknown types, bad dates...).")
        @OptionGroup var gazetteerOptions: GazetteerOptions

        func run() throws {
            let extractor = try loadExtractor(gazetteerOptions)
            let problems = GazetteerCheck.run(extractor.gazetteer, analyzer: extractor.analyzer)
            for p in problems { print(p) }
            printError("\(extractor.gazetteer.specs.count) lists, \(extractor.gazetteer.entryCount) entries, \(problems.count) problems")
            if !problems.isEmpty { throw ExitCode(1) }
        }
    }

    struct Lookup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lookup",
            abstract: "Find the places, titles and organizations a phrase names, with type, hierarchy and validity.")
        @Argument(help: "The phrase, e.g. \"phường An Lộc\" or \"TP.HCM\".") var text: String
        @Option(name: .long, help: ArgumentHelp("Only units valid on this date.", valueName: "YYYY-MM-DD")) var date: String?
        @OptionGroup var gazetteerOptions: GazetteerOptions

        func validate() throws {
            if let date, PublicationDate.isoDatePrefix(date) == nil || date.count != 10 {
                throw ValidationError("--date must be YYYY-MM-DD")
            }
        }

        func run() throws {
            let extractor = try loadExtractor(gazetteerOptions)
            let units = extractor.places
            let found = units.lookup(text, on: date)
            for i in found {
                let u = units.units[i]
                let next = units.successors(of: i).map { "\($0.kind) -> \(units.describe($0.unit))" }
                print("LOCATION\t\(u.key)\t\(u.type)\t\(units.describe(i))\t\(u.validity)" + (next.isEmpty ? "" : "\tsucceeded by: " + next.joined(separator: "; ")))
            }
            // Other lists: whole-phrase matches.
            let analyzed = extractor.analyzer.analyze(Document(id: "lookup", text: text))
            let g = extractor.gazetteer
            for m in g.matches(in: analyzed) where m.tokens == 0..<analyzed.tokens.count {
                for ref in m.entries where g.spec(ref).file != "places/units.tsv" {
                    let row = g.row(ref).fields.joined(separator: " | ")
                    print("\(g.spec(ref).type)\t\(g.spec(ref).subtype)\t\(g.location(ref))\t\(row)")
                }
            }
            if found.isEmpty && g.matches(in: analyzed).allSatisfy({ $0.tokens != 0..<analyzed.tokens.count }) {
                printError("no entry for \"\(text)\"\(date.map { " valid on \($0)" } ?? "")")
                throw ExitCode(1)
            }
        }
    }

    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "stats", abstract: "Count entries per list and units per dated state.")
        @OptionGroup var gazetteerOptions: GazetteerOptions

        func run() throws {
            let extractor = try loadExtractor(gazetteerOptions)
            let g = extractor.gazetteer
            print("list\ttype\tsubtype\trows")
            for (i, spec) in g.specs.enumerated() { print("\(spec.file)\t\(spec.type)\t\(spec.subtype)\t\(g.lists[i].rows.count)") }
            print("")
            print("state\tprovinces\tdistricts\tcommunes")
            let units = extractor.places
            for date in units.states {
                let c = units.counts(on: date)
                print("\(date)\t\(c[.province] ?? 0)\t\(c[.district] ?? 0)\t\(c[.commune] ?? 0)")
            }
        }
    }
}

/// Loads the extractor of this run, or prints why it cannot and exits with status 2.
///
/// The extractor is kept for the life of the process: freeing its tables (tens of thousands of strings
/// and arrays) when a command returns would only delay the exit by milliseconds.
func loadExtractor(_ options: GazetteerOptions) throws -> Extractor {
    do {
        let extractor = try Extractor(gazetteers: .locate(overlay: options.gazetteers))
        processExtractor = extractor
        return extractor
    } catch {
        printError("vietie: \(error)")
        throw ExitCode(2)
    }
}

/// The extractor ``loadExtractor(_:)`` loaded; written once, on the main thread, before any worker starts.
nonisolated(unsafe) private var processExtractor: Extractor?
