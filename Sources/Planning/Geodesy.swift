import Foundation

/// Distances on the Earth's surface.
enum Geodesy {
    /// Mean Earth radius, km (IUGG).
    static let earthRadiusKm = 6371.0088

    /// Great-circle distance by the haversine formula:
    /// ```
    /// d = 2 R asin( sqrt( sin^2(dphi/2) + cos(phi1) cos(phi2) sin^2(dlambda/2) ) )
    /// ```
    static func distanceKm(latitude1: Double, longitude1: Double, latitude2: Double, longitude2: Double) -> Double {
        let radians = Double.pi / 180
        let dPhi = (latitude2 - latitude1) * radians, dLambda = (longitude2 - longitude1) * radians
        let a = sin(dPhi / 2) * sin(dPhi / 2)
            + cos(latitude1 * radians) * cos(latitude2 * radians) * sin(dLambda / 2) * sin(dLambda / 2)
        return 2 * earthRadiusKm * asin(min(1, a.squareRoot()))
    }
}
