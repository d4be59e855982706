/// The entity types of the output contract.
public enum EntityType: String, CaseIterable, Hashable, Sendable, Codable {
    case person = "PERSON"
    case title = "TITLE"
    case organization = "ORGANIZATION"
    case location = "LOCATION"
    case date = "DATE"
    case statistic = "STATISTIC"
}

/// The statistic metrics of the output contract.
public enum Metric: String, CaseIterable, Hashable, Sendable, Codable {
    case casesConfirmed = "cases_confirmed"
    case casesNew = "cases_new"
    case underTreatment = "under_treatment"
    case recovered
    case deaths
    case quarantineCentralized = "quarantine_centralized"
    case quarantineHome = "quarantine_home"
    case quarantineTotal = "quarantine_total"
    case samplesTested = "samples_tested"
    case vaccineDoses = "vaccine_doses"
    case peopleVaccinated = "people_vaccinated"
    case contactsF1 = "contacts_f1"
    case contactsF2 = "contacts_f2"
    case checkpoints
    case healthWorkers = "health_workers"
    case other
}

/// The participant roles of the output contract.
public enum Role: String, CaseIterable, Hashable, Sendable, Codable {
    case chair, attendee, speaker, host
    case delegationHead = "delegation_head"
    case delegationMember = "delegation_member"
    case reporter
}
