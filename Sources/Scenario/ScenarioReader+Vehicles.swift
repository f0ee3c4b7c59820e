extension ScenarioReader {
    /// Defaults by vehicle kind. All DEFAULT (no public source): speeds on Kalimantan roads and rivers,
    /// seats, fuel use (R2 1 L/40 km, R4 1 L/9 km, boat 15 L/h as DOMAIN.md suggests), failures, repairs.
    struct VehicleDefaults {
        var seats: Int
        var speed: [AccessType: Double]
        var fuel: FuelType
        var litresPerKm: Double
        var litresPerHour: Double
        var kmBetweenFailures: Double
        var repairHours: Double

        static func of(_ kind: VehicleKind) -> VehicleDefaults {
            switch kind {
            case .motorcycle: VehicleDefaults(seats: 2, speed: [.road: 40, .river: 0, .remote: 25], fuel: .pertalite,
                                              litresPerKm: 1.0 / 40, litresPerHour: 0, kmBetweenFailures: 8_000, repairHours: 24)
            case .car: VehicleDefaults(seats: 5, speed: [.road: 50, .river: 0, .remote: 20], fuel: .pertamax,
                                       litresPerKm: 1.0 / 9, litresPerHour: 0, kmBetweenFailures: 12_000, repairHours: 48)
            case .truck: VehicleDefaults(seats: 20, speed: [.road: 35, .river: 0, .remote: 15], fuel: .dexlite,
                                         litresPerKm: 1.0 / 5, litresPerHour: 0, kmBetweenFailures: 10_000, repairHours: 72)
            case .boat: VehicleDefaults(seats: 8, speed: [.road: 0, .river: 25, .remote: 0], fuel: .pertalite,
                                        litresPerKm: 0, litresPerHour: 15, kmBetweenFailures: 3_000, repairHours: 48)
            }
        }
    }

    func readVehicles(_ node: YAMLNode) throws -> [VehicleType] {
        var seen = Set<String>()
        return try node.sequence().map { item in
            let map = try item.mapping()
            let idNode = try map.required("id", expected: "the vehicle type's name, e.g. r4-patrol")
            let id = try idNode.identifier()
            guard seen.insert(id).inserted else { throw idNode.error(expected: "a vehicle id used once", found: "'\(id)' again") }
            let kind = try map.required("kind", expected: "motorcycle, car, truck or boat").choice(VehicleKind.self)
            let defaults = VehicleDefaults.of(kind)
            var speed = defaults.speed
            if let speedNode = map.optional("speed_kmh") {
                let speeds = try speedNode.mapping()
                for access in AccessType.allCases {
                    if let value = speeds.optional(access.rawValue) {
                        speed[access] = try value.double(in: 0...200, unit: "km/h").get()
                    }
                }
                try speeds.finish()
                if speed.values.allSatisfy({ $0 == 0 }) {
                    throw speedNode.error(expected: "a speed above 0 on at least one access type", found: "0 everywhere")
                }
            }
            let vehicle = VehicleType(
                id: id, kind: kind,
                count: try map.required("count", expected: "the number of vehicles").int(in: Limit.vehicles, unit: "vehicles").get(),
                outOfOrderShare: try map.optional("out_of_order_share")?.double(in: 0...1, unit: "share").get() ?? 0,
                seats: try map.optional("seats")?.int(in: 1...100, unit: "seats").get() ?? defaults.seats,
                speedKmh: speed,
                fuel: try map.optional("fuel")?.choice(FuelType.self) ?? defaults.fuel,
                fuelLitresPerKm: try map.optional("fuel_litres_per_km")?.double(in: 0...5, unit: "litres per km").get()
                    ?? defaults.litresPerKm,
                fuelLitresPerHour: try map.optional("fuel_litres_per_hour")?.double(in: 0...500, unit: "litres per hour").get()
                    ?? defaults.litresPerHour,
                meanKmBetweenFailures: try map.optional("mean_km_between_failures")?
                    .double(in: 0...10_000_000, unit: "km").get() ?? defaults.kmBetweenFailures,
                meanRepairHours: try map.optional("mean_repair_hours")?.double(in: 0...8760, unit: "hours").get()
                    ?? defaults.repairHours
            )
            try map.finish()
            return vehicle
        }
    }
}
