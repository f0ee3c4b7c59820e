#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Distances on the Earth and the flat projection the spatial grids use.
enum Geography {
    /// Mean Earth radius, km (IUGG: 6,371.0088 km).
    static let earthRadiusKm = 6_371.0088
    static let radiansPerDegree = Double.pi / 180

    /// Great-circle distance by the haversine formula (Sinnott, "Virtues of the haversine",
    /// Sky and Telescope 68(2), 1984):
    ///
    /// ```
    /// h = sin²(Δφ/2) + cos φ1 cos φ2 sin²(Δλ/2),   d = 2 R asin(sqrt(h))
    /// ```
    static func haversineKm(_ latitude1: Double, _ longitude1: Double, _ latitude2: Double, _ longitude2: Double) -> Double {
        let phi1 = latitude1 * radiansPerDegree, phi2 = latitude2 * radiansPerDegree
        let dPhi = phi2 - phi1, dLambda = (longitude2 - longitude1) * radiansPerDegree
        let s1 = sin(dPhi / 2), s2 = sin(dLambda / 2)
        let h = s1 * s1 + cos(phi1) * cos(phi2) * s2 * s2
        return 2 * earthRadiusKm * asin(min(1, h.squareRoot()))
    }

    /// The point `eastKm` east and `northKm` north of a point, on the local tangent plane:
    /// `φ' = φ + north / R`, `λ' = λ + east / (R cos φ)` (accurate to well under 1% for the
    /// few-km displacements of contagion).
    static func offset(latitude: Double, longitude: Double, eastKm: Double, northKm: Double) -> (Double, Double) {
        let newLatitude = latitude + northKm / earthRadiusKm / radiansPerDegree
        let cosine = max(0.01, cos(latitude * radiansPerDegree))
        let newLongitude = longitude + eastKm / (earthRadiusKm * cosine) / radiansPerDegree
        return (min(89.9, max(-89.9, newLatitude)), newLongitude)
    }
}

/// The equirectangular projection about a reference latitude φ0, in km:
/// `x = R λ cos φ0`, `y = R φ` (Snyder, "Map projections: a working manual", USGS 1987, p. 90).
/// Within a district, or Indonesia's ±11° of latitude about its middle, distances on it are within
/// a few per cent of great-circle ones, enough to rank neighbours for the grid search.
struct PlanarProjection: Sendable {
    let referenceCosine: Double

    init(meanLatitude: Double) {
        referenceCosine = max(0.01, cos(meanLatitude * Geography.radiansPerDegree))
    }

    @inline(__always)
    func x(_ longitude: Double) -> Double { Geography.earthRadiusKm * longitude * Geography.radiansPerDegree * referenceCosine }

    @inline(__always)
    func y(_ latitude: Double) -> Double { Geography.earthRadiusKm * latitude * Geography.radiansPerDegree }
}
