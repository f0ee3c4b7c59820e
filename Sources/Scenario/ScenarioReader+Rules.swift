extension ScenarioReader {
    func readDispatch(_ node: YAMLNode) throws -> Dispatch {
        let map = try node.mapping()
        var dispatch = Dispatch()
        if let targetsNode = map.optional("response_target_minutes") {
            let targets = try targetsNode.mapping()
            for access in AccessType.allCases {
                if let value = targets.optional(access.rawValue) {
                    dispatch.responseTargetMinutes[access] = try value.double(in: 1...10_080, unit: "minutes").get()
                }
            }
            try targets.finish()
        }
        dispatch.roadFactor = try map.optional("road_factor")?.double(in: 1...5, unit: "road km per straight km").get() ?? 1.3
        dispatch.dispatchDelayMinutes = try map.optional("dispatch_delay_minutes")?.double(in: 0...1440, unit: "minutes").get() ?? 2
        dispatch.preemption = try map.optional("preemption")?.bool() ?? true
        dispatch.mutualAid = try map.optional("mutual_aid")?.bool() ?? true
        dispatch.bkoRequestThreshold = try map.optional("bko_request_threshold")?.int(in: Limit.personnel, unit: "idle reserves").get() ?? 0
        try map.finish()
        return dispatch
    }

    func readSecurity(_ node: YAMLNode) throws -> SecurityPattern {
        let map = try node.mapping()
        var security = SecurityPattern(ratios: SecurityPattern.practice2024)
        if let patternsNode = map.optional("patterns") {
            try readRatios(patternsNode, into: &security.ratios)
        }
        if let minimumNode = map.optional("minimum") {
            try readRatios(minimumNode, into: &security.minimum)
        }
        security.ppkGuards = try map.optional("ppk_guards")?.int(in: 0...10_000, unit: "personnel per PPK").get() ?? 15
        security.kpuGuards = try map.optional("kpu_guards")?.int(in: 0...10_000, unit: "personnel per KPU office").get() ?? 30
        try map.finish()
        return security
    }

    /// `CATEGORY: {police: N, tps: M}` entries of `patterns` or `minimum`; categories not given
    /// keep their value in `ratios`.
    private func readRatios(_ node: YAMLNode, into ratios: inout [VulnerabilityCategory: SecurityPattern.Ratio]) throws {
        let patterns = try node.mapping()
        for category in VulnerabilityCategory.allCases {
            guard let ratioNode = patterns.optional(category.rawValue) else { continue }
            let ratio = try ratioNode.mapping()
            ratios[category] = .init(
                police: try ratio.required("police", expected: "police officers").int(in: 0...1000, unit: "police").get(),
                tps: try ratio.required("tps", expected: "TPS they guard together").int(in: 1...1000, unit: "TPS").get())
            try ratio.finish()
        }
        try patterns.finish()
    }

    func readPlanning(_ node: YAMLNode) throws -> PlanningOptions {
        let map = try node.mapping()
        var planning = PlanningOptions()
        if let zone = map.optional("zone") {
            planning.zone = try zone.choice(PlanningOptions.Zone.self)
        }
        try map.finish()
        return planning
    }
}
