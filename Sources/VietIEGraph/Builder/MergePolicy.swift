import VietIEText

/// How names become keys, and which titles identify an office on their own.
///
/// Names are compared with the project's normalization (``Normalizer/key(_:plain:)``: NFC, one
/// tone placement, case folding) with punctuation folded to spaces; the `VietIE` facade passes the
/// benchmark's comparison keys, which also expand UBND, HĐND, MTTQ, BCĐ, TP., TX., TTYT and BCH.
///
///     let policy = MergePolicy()
///     policy.nameKey("Nguyễn Văn  Lợi")       // "nguyễn văn lợi"
///     policy.phraseKey("Thành uỷ Hạ Long")    // "thành ủy hạ long"
public struct MergePolicy: Sendable {
    /// The key of a person's name.
    public var nameKey: @Sendable (String) -> String
    /// The key of an organization's name or a title.
    public var phraseKey: @Sendable (String) -> String
    /// Keys (by ``phraseKey``) of the canonical titles whose body is implicit in the title ("Tổng Bí thư",
    /// "Chủ tịch nước", "Ủy viên Trung ương Đảng"): such a title with no organization is an office that
    /// can merge two mentions of a name. Any other title needs its organization.
    public var selfContainedTitles: Set<String>

    /// Creates a policy.
    ///
    /// - Parameters:
    ///   - nameKey: defaults to ``MergePolicy/fold(_:)``.
    ///   - phraseKey: defaults to ``MergePolicy/fold(_:)``.
    ///   - selfContainedTitles: canonical titles, as written; they are keyed with `phraseKey`.
    public init(nameKey: @escaping @Sendable (String) -> String = MergePolicy.fold,
                phraseKey: @escaping @Sendable (String) -> String = MergePolicy.fold,
                selfContainedTitles: [String] = []) {
        self.nameKey = nameKey
        self.phraseKey = phraseKey
        self.selfContainedTitles = Set(selfContainedTitles.map(phraseKey))
    }

    /// ``Normalizer/key(_:plain:)`` with every run of characters other than letters and digits
    /// folded to one space.
    ///
    /// - Complexity: O(n).
    @Sendable public static func fold(_ text: String) -> String {
        Normalizer.key(text).split { !($0.isLetter || $0.isNumber) }.joined(separator: " ")
    }
}
