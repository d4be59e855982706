/// A property value of a node or an edge.
///
///     person.properties["name"]        // .string("Trần Tuệ Hiền")
///     person.properties["documents"]   // .int(1): the documents that name the person
public enum GraphValue: Hashable, Sendable {
    /// Text (also dates, as `YYYY-MM-DD`).
    case string(String)
    /// A whole number (counts, offsets).
    case int(Int)
    /// A number (a figure's value, coordinates).
    case double(Double)
    /// A flag.
    case bool(Bool)
    /// A list of strings (titles, events).
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
    /// Text; a whole number; a number; a flag.
    case string, int, double, bool
    /// An ISO `YYYY-MM-DD` date, stored as a string.
    case date
    /// A list of strings.
    case strings
}

/// A property name with its type.
///
///     PropertyDeclaration("valid_from", .date)
public struct PropertyDeclaration: Hashable, Sendable {
    /// The property's name, as exporters write it (`name_key`, `valid_from`).
    public var name: String
    /// Its declared type.
    public var type: GraphValueType
    /// Declares a property.
    public init(_ name: String, _ type: GraphValueType) {
        self.name = name
        self.type = type
    }
}
