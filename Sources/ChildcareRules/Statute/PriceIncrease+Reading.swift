// The reading `PriceIncreaseRule` can be switched on (`Reading.all`): which date of a price increase must fall
// within three months of signing (I-232).

extension Reading {
    /// I-232: which date of a price increase must fall within three months of signing for art. 6:236 sub i
    /// BW to set it aside (``PriceIncreaseRule``).
    package static let priceIncreaseWindow = Reading(
        id: "I-232",
        title: "A price increase within three months of signing (art. 7; art. 6:236 sub i BW)",
        quote: "Periodiek herzien wij de tarieven voor onze producten en/of dienstverlening",
        alternatives: [
            Alternative(
                id: "announced",
                summary: "the increase does not bind the parent if Partou announces it within three months"),
            Alternative(
                id: "takes-effect",
                summary:
                    "the increase does not bind the parent only if it would take effect within three months"),
        ])
}
