#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Scenario

/// The fleet's vehicle types as flat arrays: speeds, seats, fuel and reliability.
///
/// Travel time of a vehicle of type v to a site of access type a over road distance d km:
/// `60 · d / speed[v][a]` minutes; a vehicle with speed 0 on an access type cannot reach it.
/// Fuel of one leg: `litres = d · litresPerKm + hours · litresPerHour`, charged at the fuel's price.
/// Failure: each trip of d km (round trip, all legs) fails with probability
/// `1 - exp(-d / meanKmBetweenFailures)` (failures as a Poisson process in distance, the
/// constant-hazard model of reliability engineering; Barlow and Proschan, "Mathematical theory of
/// reliability", 1965). Boats state their reliability in km too, and their km are hours under way
/// times speed, so the same formula holds. A mean of 0 km means "never fails".
struct VehicleTable: Sendable {
    let count: Int
    /// `speedKmh[v · 3 + access]`.
    let speedKmh: [Double]
    let seats: [Int32]
    let litresPerKm: [Double]
    let litresPerHour: [Double]
    let rupiahPerLitre: [Double]
    let meanKmBetweenFailures: [Double]
    let meanRepairMinutes: [Double]

    init(scenario: Scenario) {
        let types = scenario.vehicles
        count = types.count
        speedKmh = types.flatMap { type in SiteTable.accessTypes.map { type.speedKmh[$0] ?? 0 } }
        seats = types.map { Int32(max(1, $0.seats)) }
        litresPerKm = types.map(\.fuelLitresPerKm)
        litresPerHour = types.map(\.fuelLitresPerHour)
        rupiahPerLitre = types.map { Double(scenario.budget.fuelPriceRupiahPerLitre[$0.fuel] ?? 0) }
        meanKmBetweenFailures = types.map(\.meanKmBetweenFailures)
        meanRepairMinutes = types.map { $0.meanRepairHours * 60 }
    }

    @inline(__always)
    func speed(_ v: Int, access: Int) -> Double { speedKmh[v &* 3 &+ access] }

    /// Rupiah of fuel for `vehicles` vehicles of type `v` covering `km` in `minutes`.
    @inline(__always)
    func fuelRupiah(_ v: Int, km: Double, minutes: Double, vehicles: Int) -> Double {
        (km * litresPerKm[v] + minutes / 60 * litresPerHour[v]) * rupiahPerLitre[v] * Double(vehicles)
    }

    /// Probability that a vehicle of type `v` fails on a trip of `km`.
    @inline(__always)
    func failureProbability(_ v: Int, km: Double) -> Double {
        let mean = meanKmBetweenFailures[v]
        return mean > 0 && km > 0 ? -expm1(-km / mean) : 0
    }
}
