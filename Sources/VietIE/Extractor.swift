import VietIECore
import VietIEGazetteer
import VietIEText

/// The whole pipeline as one immutable, `Sendable` value: build it once from the gazetteers and
/// share it across threads.
///
///     let extractor = try Extractor(gazetteers: .locate())
///     let annotation = extractor.annotate(document)
public struct Extractor: Sendable {
    /// The text analyzer, with the abbreviations of `text/abbreviations.tsv`.
    public let analyzer: TextAnalyzer
    /// Where the lists were read from.
    public let gazetteers: GazetteerDirectory
    /// Every list, compiled for matching.
    public let gazetteer: Gazetteer
    /// The administrative units with hierarchy and validity.
    public let places: AdminUnits
    /// The recognition phases.
    public let recognizers: Recognizers

    /// The phases in the order they run, with what each reads (printed by `vietie annotate --explain`).
    public static let phases: [(name: String, reads: String)] = [
        ("decode", "bytes -> text (UTF-8, BOM, CRLF); HTML main text; header metadata"),
        ("normalize", "text -> NFC, one tone placement, unified punctuation, case-folded and diacritic-free keys, offset map"),
        ("tokenize", "normalized view -> syllables, numbers, codes, abbreviations, punctuation"),
        ("sentences", "tokens -> sentences and layout blocks"),
    ] + Recognizers.phases

    /// Loads every list and builds the phases.
    ///
    /// - Parameter gazetteers: where the lists are (``GazetteerDirectory/locate(overlay:)`` finds the built-in ones).
    /// - Throws: ``GazetteerError`` naming the file (and line) of a list that cannot be loaded.
    /// - Complexity: O(n) in the total size of the lists (about 30 ms for the built-in ones on two cores).
    public init(gazetteers: GazetteerDirectory) throws {
        self.gazetteers = gazetteers
        let lists = try GazetteerLists(directory: gazetteers)
        let abbreviations = try lists.list("text/abbreviations.tsv") ?? gazetteers.list("text/abbreviations.tsv")
        let column = abbreviations.column("abbreviation") ?? 0
        let attachedColumn = abbreviations.column("attached_only")
        var entries: [String] = []
        var attached: Set<String> = []
        for row in abbreviations.rows where column < row.fields.count && !row.fields[column].isEmpty {
            entries.append(row.fields[column])
            if let a = attachedColumn, a < row.fields.count, row.fields[a] == "yes" { attached.insert(row.fields[column]) }
        }
        analyzer = TextAnalyzer(abbreviations: AbbreviationLexicon(entries: entries, attachedOnly: attached))
        // The units, the token tries and the cue lists' rows are all built from the same lists and need
        // nothing of each other: build them at the same time, the two long ones first.
        let analyzer = self.analyzer
        let (places, gazetteer, lexicon) = try concurrently(
            { try AdminUnits(lists: lists) },
            { try Gazetteer(lists: lists, analyzer: analyzer) },
            { Lexicon(lists: lists, analyzer: analyzer) })
        self.gazetteer = gazetteer
        self.places = places
        recognizers = Recognizers(gazetteer: gazetteer, places: places, lexicon: lexicon)
    }

    /// Analyzes and annotates one document. Never throws: a document that was read always gets a result.
    ///
    ///     let annotation = extractor.annotate(Document(id: "a1", text: text, published: "2021-10-08"))
    ///
    /// - Complexity: roughly O(n) in the length of the text (see ``Recognizers/run(_:)``).
    public func annotate(_ document: Document) -> Annotation {
        let analyzed = analyzer.analyze(document)
        return annotate(analyzed)
    }

    /// Annotates an analyzed document (made by ``analyzer``).
    ///
    /// - Complexity: roughly O(n) in the number of tokens.
    public func annotate(_ analyzed: AnalyzedText) -> Annotation {
        let (entities, statistics, officials, events) = recognizers.run(analyzed)
        return Annotation(document: analyzed.document, entities: entities, officials: officials, statistics: statistics, events: events)
    }
}
