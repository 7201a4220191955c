/// A kind of childcare service. Swap hours are bound to the service that earned them
/// (TSO terms art. 5 lid 2): hours earned on TSO can be used only for TSO.
public enum ServiceKind: String, Sendable, Hashable, CaseIterable {
    /// Tussenschoolse opvang: lunch-break care at school.
    case tso
    /// Buitenschoolse opvang: after-school care.
    case bso
    /// Voorschoolse opvang: before-school care.
    case vso
    /// Kinderdagverblijf: day care.
    case kdv

    /// The name in `language`: "tussenschoolse opvang (tso)" or "lunch-break care (TSO)".
    public func name(in language: Language) -> String {
        switch (self, language) {
        case (.tso, .nl): "tussenschoolse opvang (tso)"
        case (.tso, .en): "lunch-break care (TSO)"
        case (.bso, .nl): "buitenschoolse opvang (bso)"
        case (.bso, .en): "after-school care (BSO)"
        case (.vso, .nl): "voorschoolse opvang (vso)"
        case (.vso, .en): "before-school care (VSO)"
        case (.kdv, .nl): "dagopvang (kdv)"
        case (.kdv, .en): "day care (KDV)"
        }
    }
}

#if !hasFeature(Embedded)
    extension ServiceKind: Codable {}
#endif
