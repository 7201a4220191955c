// Reusable law checks for Equatable, Hashable and Comparable, in the manner of swift-collections'
// test support. Each returns the violations found (empty when the laws hold), so a test can
// `#expect(violations.isEmpty, "\(violations)")`.

/// Checks reflexivity, symmetry and hash consistency over every pair of `values`.
public func hashableLawViolations<T: Hashable>(_ values: [T]) -> [String] {
    var violations: [String] = []
    for a in values {
        if a != a { violations.append("\(a) is not equal to itself") }
        for b in values where a == b {
            if b != a { violations.append("equality of \(a) and \(b) is not symmetric") }
            if a.hashValue != b.hashValue { violations.append("\(a) == \(b) but their hashes differ") }
        }
    }
    return violations
}

/// Checks that `<` is a strict total order over `values`, consistent with `==`.
public func comparableLawViolations<T: Comparable>(_ values: [T]) -> [String] {
    var violations: [String] = []
    for a in values {
        if a < a { violations.append("\(a) < itself") }
        for b in values {
            let ordered = [a < b, a == b, b < a].filter { $0 }.count
            if ordered != 1 { violations.append("\(a) and \(b) are not exactly one of <, ==, >") }
            for c in values where a < b && b < c && !(a < c) {
                violations.append("\(a) < \(b) < \(c) but not \(a) < \(c)")
            }
        }
    }
    return violations
}

/// Checks that `values` are sorted ascending and strictly increasing under `<`.
public func isStrictlyIncreasing<T: Comparable>(_ values: [T]) -> Bool {
    zip(values, values.dropFirst()).allSatisfy { $0 < $1 }
}
