import ArgumentParser

@main
struct VietIECommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vietie",
        abstract: "Extract officials, organizations, places, dates, COVID-19 figures and meetings from Vietnamese news.",
        version: "0.1.0",
        subcommands: [AnnotateCommand.self, BenchmarkCommand.self, GazetteerCommand.self, GraphCommand.self])
}

/// Options shared by commands that build the extractor.
struct GazetteerOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A directory of lists that add to or override the built-in Gazetteers/.", valueName: "dir"))
    var gazetteers: String?
}
