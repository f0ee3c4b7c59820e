/// A linear map from a data interval (the domain) to a pixel interval (the range).
///
/// `scale(x) = range.lower + (x - domain.lower) / (domain.upper - domain.lower) * (range.upper - range.lower)`.
/// A vertical axis maps the domain's lower end to the bottom, so its range runs downwards
/// (`range: bottom ... top` given as `(bottom, top)`).
public struct LinearScale: Sendable, Equatable {
    public let domainLower: Double
    public let domainUpper: Double
    public let rangeLower: Double
    public let rangeUpper: Double

    public init(domain: (Double, Double), range: (Double, Double)) {
        domainLower = domain.0
        domainUpper = domain.1 == domain.0 ? domain.0 + 1 : domain.1
        rangeLower = range.0
        rangeUpper = range.1
    }

    /// A scale over nice ticks: the domain is widened to the ticks' ends.
    public init(ticks: NiceTicks, range: (Double, Double)) {
        self.init(domain: (ticks.lower, ticks.upper), range: range)
    }

    /// The pixel position of `x`.
    public func callAsFunction(_ x: Double) -> Double {
        rangeLower + (x - domainLower) / (domainUpper - domainLower) * (rangeUpper - rangeLower)
    }

    /// The pixel position of `x`, held within the range.
    public func clamped(_ x: Double) -> Double {
        let y = self(x)
        let (low, high) = (min(rangeLower, rangeUpper), max(rangeLower, rangeUpper))
        return min(max(y, low), high)
    }

    /// The data value at pixel `y` (the inverse map).
    public func invert(_ y: Double) -> Double {
        domainLower + (y - rangeLower) / (rangeUpper - rangeLower) * (domainUpper - domainLower)
    }
}
