/// A property value of a node or an edge.
public enum GraphValue: Hashable, Sendable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case strings([String])

    /// The value as plain text: lists joined with "; ", integral doubles without a fraction.
    ///
    ///     GraphValue.double(6360).text        // "6360"
    ///     GraphValue.strings(["a", "b"]).text  // "a; b"
    public var text: String {
        switch self {
        case .string(let s): return s
        case .int(let i): return String(i)
        case .double(let d): return GraphValue.format(d)
        case .bool(let b): return b ? "true" : "false"
        case .strings(let list): return list.joined(separator: "; ")
        }
    }

    static func format(_ d: Double) -> String {
        if d.isFinite && d == d.rounded() && abs(d) < 9.0e15 { return String(Int64(d)) }
        return "\(d)"
    }
}

/// The declared type of a property, which every exporter maps to its own type system.
public enum GraphValueType: String, Sendable, Hashable {
    case string, int, double, bool
    /// An ISO `YYYY-MM-DD` date, stored as a string.
    case date
    /// A list of strings.
    case strings
}

/// A property name with its type.
public struct PropertyDeclaration: Hashable, Sendable {
    public var name: String
    public var type: GraphValueType
    public init(_ name: String, _ type: GraphValueType) {
        self.name = name
        self.type = type
    }
}
