/// The invoice for extra care not covered by swap hours (TSO terms art. 5, extra opvang lid 4).
///
/// > "Beschik je op het moment van aanvraag niet over (voldoende) ruil- en inhaaluren, dan ontvang je in de
/// > desbetreffende maand een factuur voor extra opvang. Voor het afnemen van extra opvang rekenen we
/// > hetzelfde tarief als in je overeenkomst staat."
///
/// The amount is `minutes × hourly rate ÷ 60`, **rounded down to the cent** (I-108): for 25 minutes at
/// € 8,50 an hour, 25 × 850 ÷ 60 = 354,17 cents, so € 3,54. It is billed in the month of the care.
public struct ExtraCareCharge: Sendable, Hashable {
    /// The minutes invoiced.
    public let minutes: Int
    /// The contract's hourly rate.
    public let hourlyRate: Money
    /// The amount: minutes × rate ÷ 60, rounded down to the cent.
    public let amount: Money
    /// The month whose invoice carries it: the month of the care.
    public let month: YearMonth

    /// The charge for `minutes` of extra care on `careDate` at `hourlyRate`.
    public init(minutes: Int, hourlyRate: Money, careDate: LocalDate) {
        self.minutes = minutes
        self.hourlyRate = hourlyRate
        // Rounded down to the cent (integer division of non-negative numbers): favours the parent.
        amount = Money(cents: max(0, minutes) * max(0, hourlyRate.cents) / 60)
        month = YearMonth(careDate)
    }

    /// No charge, for care fully covered by hours.
    public static func none(on careDate: LocalDate, hourlyRate: Money) -> ExtraCareCharge {
        ExtraCareCharge(minutes: 0, hourlyRate: hourlyRate, careDate: careDate)
    }
}

#if !hasFeature(Embedded)
    extension ExtraCareCharge: Codable {}
#endif
