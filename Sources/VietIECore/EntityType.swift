/// The entity types of the output contract; the raw value is the `type` written in each record.
///
///     EntityType(rawValue: "PERSON")   // .person
public enum EntityType: String, CaseIterable, Hashable, Sendable, Codable {
    /// A person's name ("Trần Tuệ Hiền"), without honorific or title.
    case person = "PERSON"
    /// An office or rank ("Phó Bí thư", "Chủ tịch"), without its organization.
    case title = "TITLE"
    /// A body: a party committee, a people's committee, a department, a company...
    case organization = "ORGANIZATION"
    /// An administrative unit, a region or a foreign place.
    case location = "LOCATION"
    /// A date or a date range, resolved against the publication date where it can be.
    case date = "DATE"
    /// A COVID-19 figure with its counted noun ("6.360 ca mắc mới").
    case statistic = "STATISTIC"
}

/// The statistic metrics of the output contract; the raw value is the `metric` written in each record.
///
///     Metric(rawValue: "cases_new")   // .casesNew ("6.360 ca mắc mới")
public enum Metric: String, CaseIterable, Hashable, Sendable, Codable {
    /// Confirmed cases in total (cumulative).
    case casesConfirmed = "cases_confirmed"
    /// New cases in the period reported.
    case casesNew = "cases_new"
    /// People under treatment.
    case underTreatment = "under_treatment"
    /// People recovered or discharged.
    case recovered
    /// Deaths.
    case deaths
    /// People in centralized quarantine.
    case quarantineCentralized = "quarantine_centralized"
    /// People quarantined at home.
    case quarantineHome = "quarantine_home"
    /// People in quarantine where the text does not say centralized or at home.
    case quarantineTotal = "quarantine_total"
    /// Samples tested.
    case samplesTested = "samples_tested"
    /// Vaccine doses given.
    case vaccineDoses = "vaccine_doses"
    /// People vaccinated.
    case peopleVaccinated = "people_vaccinated"
    /// Close contacts (F1).
    case contactsF1 = "contacts_f1"
    /// Contacts of contacts (F2).
    case contactsF2 = "contacts_f2"
    /// Checkpoints set up.
    case checkpoints
    /// Health workers deployed.
    case healthWorkers = "health_workers"
    /// A figure of the epidemic that none of the other metrics names.
    case other
}

/// The participant roles of the output contract; the raw value is the `role` written in each record.
///
/// A person keeps one role per event: chair, host or delegation head before reporter or speaker,
/// before attendee.
///
///     Role(rawValue: "delegation_head")   // .delegationHead ("dẫn đầu đoàn công tác")
public enum Role: String, CaseIterable, Hashable, Sendable, Codable {
    /// `chair` chairs the event ("chủ trì"); `attendee` attends it ("dự", or is named in a sentence that reports
    /// the event with no role); `speaker` speaks ("phát biểu"); `host` receives the visitors ("tiếp").
    case chair, attendee, speaker, host
    /// Leads a visiting delegation ("dẫn đầu").
    case delegationHead = "delegation_head"
    /// Travels with a delegation ("cùng đi").
    case delegationMember = "delegation_member"
    /// Reports to the event ("báo cáo", "cho biết").
    case reporter
}
