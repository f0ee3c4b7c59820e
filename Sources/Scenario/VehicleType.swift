/// A vehicle type of the fleet: how many, how many are out of order, and how it moves.
public struct VehicleType: Sendable, Hashable {
    public var id: String
    public var kind: VehicleKind
    public var count: Int
    /// Share out of order at the start of the operation (Polres Ketapang: 22.2% of motor vehicles).
    public var outOfOrderShare: Double
    public var seats: Int
    /// Speed by access type, km/h; 0 means the vehicle cannot reach that access type.
    public var speedKmh: [AccessType: Double]
    public var fuel: FuelType
    /// Fuel per kilometre driven, litres (road vehicles).
    public var fuelLitresPerKm: Double
    /// Fuel per hour under way, litres (boats).
    public var fuelLitresPerHour: Double
    /// Mean distance between failures, km (0: never fails).
    public var meanKmBetweenFailures: Double
    /// Mean repair time, hours.
    public var meanRepairHours: Double

    public init(id: String, kind: VehicleKind, count: Int, outOfOrderShare: Double, seats: Int,
                speedKmh: [AccessType: Double], fuel: FuelType, fuelLitresPerKm: Double,
                fuelLitresPerHour: Double, meanKmBetweenFailures: Double, meanRepairHours: Double) {
        self.id = id
        self.kind = kind
        self.count = count
        self.outOfOrderShare = outOfOrderShare
        self.seats = seats
        self.speedKmh = speedKmh
        self.fuel = fuel
        self.fuelLitresPerKm = fuelLitresPerKm
        self.fuelLitresPerHour = fuelLitresPerHour
        self.meanKmBetweenFailures = meanKmBetweenFailures
        self.meanRepairHours = meanRepairHours
    }

    /// Vehicles out of order at the start: `round(count * share)`, halves away from zero.
    public var outOfOrderCount: Int { Int((Double(count) * outOfOrderShare).rounded()) }

    /// Vehicles in working order at the start.
    public var operableCount: Int { count - outOfOrderCount }
}
