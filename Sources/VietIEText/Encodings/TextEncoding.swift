/// A character encoding that whole input files can be written in.
///
/// UTF-8 is the default and the only encoding of JSON Lines. The three legacy encodings are those of
/// Vietnamese documents from before Unicode: TCVN3 (TCVN 5712:1993, the ABC fonts), VNI-Windows (the VNI
/// fonts: an ASCII letter followed by a mark byte) and Windows-1258 (a code page with combining tone marks).
///
///     TextEncoding(rawValue: "tcvn3")   // .tcvn3
///     TextEncoding.vni.displayName      // "VNI-Windows"
public enum TextEncoding: String, Sendable, CaseIterable, Equatable {
    /// UTF-8; TCVN3 (ABC); VNI-Windows; Windows-1258.
    case utf8, tcvn3, vni, cp1258

    /// The legacy encodings, in the order auto-detection prefers them when two score the same.
    public static let legacy: [TextEncoding] = [.tcvn3, .vni, .cp1258]

    /// The name people know the encoding by.
    public var displayName: String {
        switch self {
        case .utf8: return "UTF-8"
        case .tcvn3: return "TCVN3"
        case .vni: return "VNI-Windows"
        case .cp1258: return "Windows-1258"
        }
    }
}

/// Which encoding to read a file in: one given, or the one that fits the bytes best.
///
///     EncodingChoice(argument: "auto")   // .auto
///     EncodingChoice(argument: "vni")    // .fixed(.vni)
public enum EncodingChoice: Sendable, Equatable {
    /// Valid UTF-8 is UTF-8; otherwise the legacy encoding whose decoding reads best as Vietnamese.
    case auto
    /// This encoding, whatever the bytes look like.
    case fixed(TextEncoding)

    /// Parses a command-line value: `auto` or an encoding's raw value (`utf8`, `tcvn3`, `vni`, `cp1258`).
    public init?(argument: String) {
        if argument == "auto" { self = .auto; return }
        guard let encoding = TextEncoding(rawValue: argument) else { return nil }
        self = .fixed(encoding)
    }

    /// The values `init(argument:)` accepts.
    public static let arguments = ["auto"] + TextEncoding.allCases.map(\.rawValue)
}
