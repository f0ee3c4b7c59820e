extension ScenarioReader {
    func readIncidents(_ node: YAMLNode, timeline: Timeline, sites: Set<IncidentSite>) throws -> IncidentModel {
        let map = try node.mapping()
        var profile = IncidentModel.flatProfile
        if let profileNode = map.optional("hourly_profile") {
            let values = try profileNode.sequence()
            guard values.count == 24 else {
                throw profileNode.error(expected: "24 multipliers, one per hour from 00:00", found: "\(values.count) values")
            }
            profile = try values.map { try $0.double(in: 0...100, unit: "times the mean").get() }
            let mean = profile.reduce(0, +) / 24
            guard mean > 0 else { throw profileNode.error(expected: "at least one hour above 0", found: "all zero") }
            profile = profile.map { $0 / mean }
        }
        var weights: [VulnerabilityCategory: Double] = [.kurangRawan: 1, .rawan: 3, .sangatRawan: 6, .khusus: 4]
        if let weightsNode = map.optional("risk_weights") {
            let weightsMap = try weightsNode.mapping()
            for category in VulnerabilityCategory.allCases {
                if let value = weightsMap.optional(category.rawValue) {
                    weights[category] = try value.double(in: 0...1000, unit: "times the kurang rawan rate").get()
                }
            }
            try weightsMap.finish()
        }
        let contagion = try map.optional("contagion").map(readContagion) ?? .off
        let typesNode = try map.required("types", expected: "a list of incident types")
        let typeNodes = try typesNode.sequence()
        guard !typeNodes.isEmpty else { throw typesNode.error(expected: "at least one incident type", found: "an empty list") }
        var ids = Set<String>()
        let phaseNames = Set(timeline.phases.map(\.id) + timeline.phases.map(\.kind.rawValue))
        let types = try typeNodes.map { item -> IncidentType in
            let type = try readIncidentType(item, phaseNames: phaseNames, sites: sites)
            guard ids.insert(type.id).inserted else { throw item.error(expected: "an incident type id used once", found: "'\(type.id)' again") }
            return type
        }
        try map.finish()
        return IncidentModel(types: types, hourlyProfile: profile, riskWeights: weights, contagion: contagion)
    }

    private func readContagion(_ node: YAMLNode) throws -> Contagion {
        let map = try node.mapping()
        let contagion = Contagion(
            isEnabled: try map.optional("enabled")?.bool() ?? true,
            branchingRatio: try map.required("branching_ratio", expected: "expected offspring per incident, below 1")
                .double(in: 0...0.95, unit: "offspring per incident").get(),
            decayHours: try map.optional("decay_hours")?.double(in: 0.01...720, unit: "hours").get() ?? 6,
            rangeKm: try map.optional("range_km")?.double(in: 0.01...500, unit: "km").get() ?? 5
        )
        try map.finish()
        return contagion
    }

    private func readIncidentType(_ node: YAMLNode, phaseNames: Set<String>, sites: Set<IncidentSite>) throws -> IncidentType {
        let map = try node.mapping()
        let id = try map.required("id", expected: "the incident type's name").identifier()
        var factors: [String: Double] = [:]
        if let factorsNode = map.optional("phase_factors") {
            let factorsMap = try factorsNode.mapping()
            for name in phaseNames.sorted() {
                if let value = factorsMap.optional(name) {
                    factors[name] = try value.double(in: 0...1000, unit: "times the base rate").get()
                }
            }
            try factorsMap.finish()
        }
        var escalation: IncidentType.Escalation?
        if let escalationNode = map.optional("escalation") {
            let e = try escalationNode.mapping()
            escalation = .init(
                afterMinutes: try e.required("after_minutes", expected: "minutes before an unanswered incident grows")
                    .double(in: 1...10_080, unit: "minutes").get(),
                severityStep: try e.optional("severity_step")?.int(in: 0...4, unit: "levels").get() ?? 1,
                extraResponders: try e.optional("extra_responders")?.int(in: 0...1000, unit: "responders").get() ?? 0)
            try e.finish()
        }
        let type = IncidentType(
            id: id,
            name: try map.optional("name")?.string() ?? id,
            site: try readSite(map.optional("site"), sites: sites),
            severity: try map.required("severity", expected: "1 (minor) to 5 (riot)").int(in: 1...5, unit: "severity").get(),
            responders: try map.required("responders", expected: "personnel needed on scene").int(in: 1...1000, unit: "responders").get(),
            timeOnScene: try readDuration(map.required("time_on_scene_minutes", expected: "a duration distribution")),
            ratePerSiteDay: try map.required("rate_per_site_day", expected: "incidents per site per day")
                .double(in: 0...100, unit: "incidents per site per day").get(),
            phaseFactors: factors,
            escalation: escalation)
        try map.finish()
        return type
    }

    private func readSite(_ node: YAMLNode?, sites: Set<IncidentSite>) throws -> IncidentSite {
        guard let node else { return .tps }
        let site = try node.choice(IncidentSite.self)
        guard sites.contains(site) else {
            throw node.error(expected: "a site the scenario has posts for (there is no '\(site.rawValue)' post)")
        }
        return site
    }

    /// `{distribution: lognormal, mean: 90, sd: 45}` and the like, in minutes.
    func readDuration(_ node: YAMLNode) throws -> DurationDistribution {
        let map = try node.mapping()
        let name = try map.required("distribution", expected: "fixed, exponential, lognormal or triangular")
            .choice(DurationDistributionName.self)
        let range = 0.01...100_000.0
        func value(_ key: String) throws -> Double {
            try map.required(key, expected: "minutes").double(in: range, unit: "minutes").get()
        }
        let result: DurationDistribution
        switch name {
        case .fixed: result = .fixed(minutes: try value("mean"))
        case .exponential: result = .exponential(meanMinutes: try value("mean"))
        case .lognormal: result = .lognormal(meanMinutes: try value("mean"), sdMinutes: try value("sd"))
        case .triangular:
            let (a, c, b) = (try value("min"), try value("mode"), try value("max"))
            guard a <= c, c <= b, a < b else {
                throw node.error(expected: "min <= mode <= max with min < max", found: "min \(a), mode \(c), max \(b)")
            }
            result = .triangular(minMinutes: a, modeMinutes: c, maxMinutes: b)
        }
        try map.finish()
        return result
    }
}
