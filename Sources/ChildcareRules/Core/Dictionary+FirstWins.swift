extension Dictionary {
    /// A dictionary of `pairs` in which, when a key repeats, the first pair with that key wins.
    ///
    /// The same as `Dictionary(pairs, uniquingKeysWith: { first, _ in first })`, written out because that
    /// initializer rethrows, and rethrowing needs a dynamic cast that Embedded Swift does not have.
    init(firstWins pairs: some Sequence<(Key, Value)>) {
        self.init()
        for (key, value) in pairs where self[key] == nil {
            self[key] = value
        }
    }
}
