import Scenario

/// The strategies known by name, in a fixed order, for `siaga plan --strategy` and `siaga compare`.
public struct StrategyCatalog: Sendable {
    /// The strategies in listing order.
    public private(set) var strategies: [any Strategy]

    /// A catalog of `strategies`.
    /// - Precondition: names are unique.
    public init(_ strategies: [any Strategy]) {
        precondition(Set(strategies.map(\.name)).count == strategies.count, "strategy names must be unique")
        self.strategies = strategies
    }

    /// The strategies that ship with Siaga.
    public static let standard = StrategyCatalog([DoctrineStrategy(), ProportionalStrategy(), OptimizedStrategy(),
                                                   OptimizedStrategy(robust: true)])

    /// The names in listing order.
    public var names: [String] { strategies.map(\.name) }

    /// The strategy called `name`, or nil.
    public func strategy(named name: String) -> (any Strategy)? {
        strategies.first { $0.name == name }
    }

    /// Adds a strategy, or replaces the one with the same name in place.
    public mutating func register(_ strategy: any Strategy) {
        if let index = strategies.firstIndex(where: { $0.name == strategy.name }) {
            strategies[index] = strategy
        } else {
            strategies.append(strategy)
        }
    }
}
