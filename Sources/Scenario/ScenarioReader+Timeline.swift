extension Timeline {
    /// Election day as a date (validated by the loader).
    var day: CivilDate { CivilDate(electionDay)! }
}

extension ScenarioReader {
    /// - Parameter sites: the sites the scenario has posts for (guard duties at PPK or KPU need them).
    func readTimeline(_ node: YAMLNode, sites: Set<IncidentSite>) throws -> Timeline {
        let map = try node.mapping()
        let dayNode = try map.required("election_day", expected: "election day as YYYY-MM-DD")
        let dayText = try dayNode.string()
        guard let day = CivilDate(dayText) else { throw dayNode.error(expected: "a real date as YYYY-MM-DD") }
        let offset = try map.optional("utc_offset_hours")?.int(in: -12...14, unit: "hours").get() ?? 7

        let phasesNode = try map.required("phases", expected: "a list of phases")
        let phaseNodes = try phasesNode.sequence()
        guard !phaseNodes.isEmpty else { throw phasesNode.error(expected: "at least one phase", found: "an empty list") }
        var phases: [Timeline.Phase] = []
        var ids = Set<String>()
        for item in phaseNodes {
            let phase = try readPhase(item, day: day, sites: sites)
            guard ids.insert(phase.id).inserted else {
                throw item.error(expected: "a phase id used once", found: "'\(phase.id)' again")
            }
            if let previous = phases.last, phase.startMinute < previous.endMinute {
                let what = phase.startMinute < previous.startMinute ? "phases in time order" : "phases that do not overlap"
                throw item.error(
                    expected: "\(what): '\(phase.id)' must start at or after \(ScenarioTime.format(previous.endMinute)), when '\(previous.id)' ends",
                    found: "start \(ScenarioTime.format(phase.startMinute))")
            }
            phases.append(phase)
        }
        var escorts: [Timeline.Escort] = []
        if let escortsNode = map.optional("escorts") {
            var escortIds = Set<String>()
            escorts = try escortsNode.sequence().map { item in
                let escort = try readEscort(item, day: day)
                guard escortIds.insert(escort.id).inserted else {
                    throw item.error(expected: "an escort id used once", found: "'\(escort.id)' again")
                }
                return escort
            }
        }
        try map.finish()
        return Timeline(electionDay: dayText, utcOffsetHours: offset, phases: phases, escorts: escorts)
    }

    /// A `start`/`end` pair: both times, end after start.
    func readWindow(_ map: YAMLMapping, day: CivilDate) throws -> (start: Double, end: Double) {
        let startNode = try map.required("start", expected: ScenarioTime.expected)
        let endNode = try map.required("end", expected: ScenarioTime.expected)
        let start = try Self.time(startNode, day: day)
        let end = try Self.time(endNode, day: day)
        guard end > start else {
            throw endNode.error(expected: "an end after the start (\(ScenarioTime.format(start)))")
        }
        return (start, end)
    }

    static func time(_ node: YAMLNode, day: CivilDate) throws -> Double {
        let (text, _) = try node.scalarText(expected: ScenarioTime.expected)
        guard let minutes = ScenarioTime.minutes(text, electionDay: day) else {
            throw node.error(expected: ScenarioTime.expected + ", within 400 days of election day")
        }
        return minutes
    }

    private func readPhase(_ node: YAMLNode, day: CivilDate, sites: Set<IncidentSite>) throws -> Timeline.Phase {
        let map = try node.mapping()
        let idNode = try map.required("id", expected: "the phase's name")
        let id = try idNode.identifier()
        let kind = try map.required("kind", expected: "the kind of phase").choice(PhaseKind.self)
        if let named = PhaseKind(rawValue: id), named != kind {
            // phase_factors keys name a phase id or a phase kind; this id would make them ambiguous.
            throw idNode.error(expected: "a phase id that is not the name of another kind of phase (here '\(kind.rawValue)')")
        }
        let (start, end) = try readWindow(map, day: day)
        let intensity = try map.optional("incident_intensity")?.double(in: 0...1000, unit: "times the base rate").get() ?? 1
        var duties = Set<IncidentSite>()
        if let dutiesNode = map.optional("guard_duties") {
            for item in try dutiesNode.sequence() {
                let duty = try item.choice(IncidentSite.self)
                guard sites.contains(duty) else {
                    throw item.error(expected: "a guard duty at a kind of post the scenario has (there is no '\(duty.rawValue)' post)")
                }
                guard duties.insert(duty).inserted else {
                    throw item.error(expected: "each guard duty once")
                }
            }
        }
        let allowance = try map.optional("allowance_per_person_day_rupiah")?.int(in: 0...10_000_000, unit: "rupiah").get()
        try map.finish()
        return Timeline.Phase(id: id, kind: kind, startMinute: start, endMinute: end, incidentIntensity: intensity,
                              guardDuties: duties, allowancePerPersonDayRupiah: allowance)
    }

    private func readEscort(_ node: YAMLNode, day: CivilDate) throws -> Timeline.Escort {
        let map = try node.mapping()
        let escort = Timeline.Escort(
            id: try map.required("id", expected: "the escort's name").identifier(),
            kind: try map.required("kind", expected: "ballots_out or results_in").choice(Timeline.Escort.Kind.self),
            startMinute: 0, endMinute: 0,
            personnelPerConvoy: try map.required("personnel_per_convoy", expected: "escorts per convoy")
                .int(in: 1...1000, unit: "personnel").get(),
            convoys: try map.required("convoys", expected: "the number of convoys").int(in: 1...100_000, unit: "convoys").get(),
            vehicle: try map.optional("vehicle")?.choice(VehicleKind.self) ?? .truck
        )
        let (start, end) = try readWindow(map, day: day)
        try map.finish()
        var result = escort
        result.startMinute = start
        result.endMinute = end
        return result
    }
}
