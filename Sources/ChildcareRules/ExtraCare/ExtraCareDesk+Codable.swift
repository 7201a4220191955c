// The persisted form of the extra-care desk: its ledger, bookings and idempotency answers, checked on load.

/// A saved desk holds its ledger (in the ledger's own checked form), its bookings and the answer given
/// under each idempotency key, as lists in a fixed order. Decoding checks that booking ids and keys are
/// unique and that every booking paid with hours has a matching reservation in the ledger; a violation
/// is a `DecodingError.dataCorrupted` that names the place.
#if !hasFeature(Embedded)
    extension ExtraCareDesk: Codable {
        /// The version of the persisted form written by ``encode(to:)``.
        static let persistedVersion = 1

        private enum CodingKeys: String, CodingKey {
            case version
            case ledger
            case bookings
            case answers
        }

        /// One idempotency answer as saved.
        private struct SavedAnswer: Codable {
            let key: IdempotencyKey
            let operation: String
            let result: DeskResult
        }

        /// Encodes the desk: bookings in the order of their ids, answers in the order of their keys.
        package func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(Self.persistedVersion, forKey: .version)
            try container.encode(ledger, forKey: .ledger)
            try container.encode(bookings.values.sorted { $0.id < $1.id }, forKey: .bookings)
            let answers = recorded.sorted { $0.key < $1.key }.map {
                SavedAnswer(key: $0.key, operation: $0.value.operation, result: $0.value.result)
            }
            try container.encode(answers, forKey: .answers)
        }

        /// Decodes a saved desk, checking it against its ledger.
        ///
        /// - Throws: `DecodingError.dataCorrupted` for an unknown version, a duplicate booking id or key, a
        ///   booking whose hours have no matching reservation, or an invalid ledger.
        package init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            let version = try container.decode(Int.self, forKey: .version)
            guard version == Self.persistedVersion else {
                throw DecodingError.dataCorruptedError(
                    forKey: .version, in: container,
                    debugDescription: "desk version \(version) is unknown (this library reads version 1)")
            }
            let ledger = try container.decode(SwapHoursLedger.self, forKey: .ledger)
            var bookings: [ReservationID: ExtraCareBooking] = [:]
            for (index, booking) in try container.decode([ExtraCareBooking].self, forKey: .bookings)
                .enumerated()
            {
                let problem: String? =
                    if bookings[booking.id] != nil {
                        "booking id \(booking.id) is used twice"
                    } else if booking.minutes <= 0 || booking.minutes > Int(Int32.max) {
                        "\(booking.minutes) minutes is not valid"
                    } else if booking.hoursMinutes < 0 || booking.hoursMinutes > booking.minutes {
                        "\(booking.hoursMinutes) minutes of hours is not valid"
                    } else if booking.hoursMinutes > 0,
                        ledger.reservation(booking.id).map({
                            $0.account != booking.account || $0.covered != booking.hoursMinutes
                        }) ?? true
                    {
                        "its hours have no matching reservation in the ledger"
                    } else {
                        nil
                    }
                if let problem {
                    throw DecodingError.dataCorruptedError(
                        forKey: .bookings, in: container, debugDescription: "bookings[\(index)]: \(problem)")
                }
                bookings[booking.id] = booking
            }
            var recorded: [IdempotencyKey: Recorded] = [:]
            for (index, answer) in try container.decode([SavedAnswer].self, forKey: .answers).enumerated() {
                guard recorded[answer.key] == nil else {
                    throw DecodingError.dataCorruptedError(
                        forKey: .answers, in: container,
                        debugDescription: "answers[\(index)]: key \(answer.key) is used twice")
                }
                recorded[answer.key] = Recorded(operation: answer.operation, result: answer.result)
            }
            self.init(ledger: ledger)
            self.bookings = bookings
            self.recorded = recorded
        }
    }
#endif
