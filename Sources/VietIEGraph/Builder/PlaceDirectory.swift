/// One administrative unit as the graph sees it.
///
///     let record = directory.place(key: "25324@")   // fullName "Phường An Lộc", parentKey the thị xã's key
public struct PlaceRecord: Hashable, Sendable {
    /// The unit key (`code@valid_from`, e.g. `690@`): the id of its node is `place:<key>`.
    public var key: String
    /// The statistics office's code of the unit.
    public var code: String
    /// "An Lộc".
    public var name: String
    /// "Phường An Lộc".
    public var fullName: String
    /// province, district or commune.
    public var level: String
    /// tỉnh, thành phố trực thuộc trung ương, quận, huyện, thị xã, phường, xã...
    public var type: String
    /// The key of the unit it belongs to, or nil for a province.
    public var parentKey: String?
    /// First day of validity (ISO), or nil for "since before the records".
    public var validFrom: String?
    /// Last day of validity (ISO), or nil for "still valid".
    public var validTo: String?
    /// Latitude in degrees, when known.
    public var latitude: Double?
    /// Longitude in degrees, when known.
    public var longitude: Double?

    /// Creates a record.
    public init(key: String, code: String, name: String, fullName: String, level: String, type: String,
                parentKey: String?, validFrom: String? = nil, validTo: String? = nil,
                latitude: Double? = nil, longitude: Double? = nil) {
        self.key = key
        self.code = code
        self.name = name
        self.fullName = fullName
        self.level = level
        self.type = type
        self.parentKey = parentKey
        self.validFrom = validFrom
        self.validTo = validTo
        self.latitude = latitude
        self.longitude = longitude
    }
}

/// The units a phrase may name, and whether the phrase stated its type ("thị xã Bình Long") or
/// was a bare name ("Bình Long").
public struct PlaceCandidates: Hashable, Sendable {
    /// The unit keys, each once, in the directory's fixed order.
    public var keys: [String]
    /// True when the phrase stated its type (or was an alias).
    public var typed: Bool
    /// Creates a set of candidates.
    public init(keys: [String], typed: Bool) {
        self.keys = keys
        self.typed = typed
    }
}

/// The administrative hierarchy the builder resolves places against: parents for `LOCATED_IN`,
/// and the units an organization's name ends with ("UBND thị xã Bình Long" -> `690@`).
///
/// The `VietIE` facade implements it over the gazetteer's administrative units
/// (`GraphBuilder(extractor:)`); ``NoPlaceDirectory`` knows no unit.
///
///     struct OneProvince: PlaceDirectory {
///         let province = PlaceRecord(key: "70@", code: "70", name: "Bình Phước", fullName: "Tỉnh Bình Phước",
///                                    level: "province", type: "tỉnh", parentKey: nil)
///         func place(key: String) -> PlaceRecord? { key == province.key ? province : nil }
///         func candidates(_ phrase: String, on date: String?) -> PlaceCandidates {
///             PlaceCandidates(keys: phrase.hasSuffix("Bình Phước") ? [province.key] : [], typed: phrase.hasPrefix("tỉnh"))
///         }
///         func isTypeWord(_ phrase: String) -> Bool { phrase == "tỉnh" }
///     }
///     var builder = GraphBuilder(places: OneProvince())
public protocol PlaceDirectory: Sendable {
    /// The unit with this key.
    func place(key: String) -> PlaceRecord?
    /// The units valid on `date` (ISO, or nil for any era) that `phrase` may name, in a fixed order.
    func candidates(_ phrase: String, on date: String?) -> PlaceCandidates
    /// True when the phrase is a unit type word ("tỉnh", "thị xã", "TP."): an organization whose name
    /// ends with one and whose place is unknown ("UBND thị xã") names no particular body.
    func isTypeWord(_ phrase: String) -> Bool
}

/// A directory with no units: places come only from the LOCATION attributes of the annotations.
///
///     var builder = GraphBuilder(places: NoPlaceDirectory())   // the default
public struct NoPlaceDirectory: PlaceDirectory {
    /// Creates the empty directory.
    public init() {}
    /// Always nil.
    public func place(key: String) -> PlaceRecord? { nil }
    /// Always no candidate, untyped.
    public func candidates(_ phrase: String, on date: String?) -> PlaceCandidates { PlaceCandidates(keys: [], typed: false) }
    /// Always false.
    public func isTypeWord(_ phrase: String) -> Bool { false }
}
