import Scenario

/// GeoJSON layers (RFC 7946) for QGIS or a web map: TPS and posts as points with the plan and
/// the run's results as properties. Coordinates are `[longitude, latitude]` in WGS 84, as the
/// RFC requires; one feature per line.
enum GeoJSONWriter {
    /// `tps.geojson`: id, desa, kecamatan, category, access, voters, risk, the guards of the plan,
    /// and, when the run has an incident log, incidents, late incidents and mean response per TPS.
    static func tps(_ scenario: Scenario, layer: TPSLayer) -> String {
        let tps = scenario.tps
        let features = (0..<tps.count).map { i -> JSONValue in
            var properties: [(String, JSONValue)] = [
                ("id", .string(tps.ids[i])), ("desa", .string(tps.desaNames[Int(tps.desa[i])])),
                ("kecamatan", .string(tps.kecamatanNames[Int(tps.kecamatan[i])])), ("category", .string(tps.category[i].rawValue)),
                ("access", .string(tps.access[i].rawValue)), ("voters", .int(Int(tps.voters[i]))), ("risk", .number(tps.risk[i])),
                ("guarded", .bool(layer.guards[i] > 0)), ("guards", .int(layer.guards[i])),
                ("guard_group", layer.groups[i].map { .string($0) } ?? .null),
            ]
            if layer.hasIncidents {
                properties += [("incidents_per_replication", number(layer.incidentsPerReplication[i])),
                               ("late_per_replication", number(layer.latePerReplication[i])),
                               ("response_mean_minutes", number(layer.responseMeanMinutes[i]))]
            }
            return feature(longitude: tps.longitude[i], latitude: tps.latitude[i], properties: properties)
        }
        return collection(features)
    }

    /// `posts.geojson`: id, name, kind, kecamatan, access, and the plan's reserves, patrols and
    /// vehicles (in all and by vehicle type, `vehicles_<type id>`).
    static func posts(_ scenario: Scenario, plan: DeploymentPlan?) -> String {
        let features = scenario.posts.indices.map { p -> JSONValue in
            let post = scenario.posts[p]
            var properties: [(String, JSONValue)] = [
                ("id", .string(post.id)), ("name", .string(post.name)), ("kind", .string(post.kind.rawValue)),
                ("kecamatan", .string(post.kecamatan)), ("access", .string(post.access.rawValue)),
            ]
            if let plan, p < plan.posts.count {
                let force = plan.posts[p]
                properties += [("reserve_personnel", .int(force.reservePersonnel)), ("patrol_personnel", .int(force.patrolPersonnel)),
                               ("vehicles", .int(force.vehicles.reduce(0, +)))]
                for (t, type) in scenario.vehicles.enumerated() where t < force.vehicles.count {
                    properties.append(("vehicles_\(type.id)", .int(force.vehicles[t])))
                }
            }
            return feature(longitude: post.longitude, latitude: post.latitude, properties: properties)
        }
        return collection(features)
    }

    static func feature(longitude: Double, latitude: Double, properties: [(String, JSONValue)]) -> JSONValue {
        .object([("type", .string("Feature")),
                 ("geometry", .object([("type", .string("Point")), ("coordinates", .array([.number(longitude), .number(latitude)]))])),
                 ("properties", .object(properties))])
    }

    static func collection(_ features: [JSONValue]) -> String {
        "{\"type\": \"FeatureCollection\", \"features\": [\n" + features.map(\.compact).joined(separator: ",\n") + "\n]}\n"
    }

    private static func number(_ value: Double?) -> JSONValue { value.map { .number($0) } ?? .null }
}
