extension ScenarioReader {
    func readForce(_ node: YAMLNode) throws -> Force {
        let map = try node.mapping()
        let unitsNode = try map.required("units", expected: "a list of units with id and personnel")
        let unitNodes = try unitsNode.sequence()
        guard !unitNodes.isEmpty else { throw unitsNode.error(expected: "at least one unit", found: "an empty list") }
        var seen = Set<String>()
        let units = try unitNodes.map { unitNode -> Force.Unit in
            let unit = try unitNode.mapping()
            let idNode = try unit.required("id", expected: "the unit's name, e.g. sabhara")
            let id = try idNode.identifier()
            guard seen.insert(id).inserted else { throw idNode.error(expected: "a unit id used once", found: "'\(id)' again") }
            let personnel = try unit.required("personnel", expected: "a head count")
                .int(in: Limit.personnel, unit: "personnel").get()
            try unit.finish()
            return Force.Unit(id: id, personnel: personnel)
        }
        var force = Force(units: units)
        if force.totalPersonnel == 0 {
            throw unitNodes[0].error(expected: "a force of at least one person", found: "0 personnel in all units")
        }
        if let fraction = map.optional("deployable_fraction") {
            force.deployableFraction = try readFraction(fraction)
        }
        let reserveNode = map.optional("reserve_personnel")
        force.reservePersonnel = try reserveNode?.int(in: Limit.personnel, unit: "personnel").get() ?? 0
        if let reserveNode, force.reservePersonnel > force.deployablePersonnel {
            throw reserveNode.error(expected: "a reserve within the deployable force of \(force.deployablePersonnel)",
                                    found: "\(force.reservePersonnel)")
        }
        force.linmasPerTPS = try map.optional("linmas_per_tps")?.int(in: 0...50, unit: "Linmas per TPS").get() ?? 2
        let tniNode = map.optional("tni_personnel")
        force.tniPersonnel = try tniNode?.int(in: Limit.personnel, unit: "personnel").get() ?? 0
        if let tniNode, force.tniPersonnel > force.tniCap {
            throw tniNode.error(expected: "at most \(force.tniCap) TNI (2/3 of Polri's \(force.totalPersonnel), the cap of 2019)",
                                found: "\(force.tniPersonnel)")
        }
        if let bkoNode = map.optional("bko") {
            let bko = try bkoNode.mapping()
            force.bko.personnel = try bko.optional("personnel")?.int(in: Limit.personnel, unit: "personnel").get() ?? 0
            force.bko.delayHours = try bko.optional("delay_hours")?.double(in: 0...720, unit: "hours").get() ?? 12
            try bko.finish()
        }
        if let shiftNode = map.optional("shift") {
            let shift = try shiftNode.mapping()
            force.shift.maxDutyHours = try shift.optional("max_duty_hours")?.double(in: 1...72, unit: "hours").get() ?? 12
            force.shift.restHours = try shift.optional("rest_hours")?.double(in: 0...72, unit: "hours").get() ?? 8
            try shift.finish()
        }
        try map.finish()
        return force
    }

    /// A fraction in (0, 1], written as a number (`0.6667`) or a ratio (`2/3`).
    private func readFraction(_ node: YAMLNode) throws -> Double {
        let expected = "a fraction in (0, 1], such as 0.6667 or 2/3"
        let (text, _) = try node.scalarText(expected: expected)
        let value: Double?
        let parts = text.split(separator: "/")
        if parts.count == 2, let a = Double(parts[0]), let b = Double(parts[1]), b != 0 {
            value = a / b
        } else {
            value = Double(text)
        }
        guard let value, value.isFinite, value > 0, value <= 1 else { throw node.error(expected: expected) }
        return value
    }
}
