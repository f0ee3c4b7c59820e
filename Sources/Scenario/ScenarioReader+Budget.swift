extension ScenarioReader {
    func readBudget(_ node: YAMLNode) throws -> Budget {
        let map = try node.mapping()
        let total = try map.required("total_rupiah", expected: "the whole budget in rupiah")
            .int(in: Limit.rupiah, unit: "rupiah").get()
        var lines: [Budget.Line] = []
        if let linesNode = map.optional("lines") {
            let linesMap = try linesNode.mapping()
            for kind in Budget.LineKind.allCases {
                if let value = linesMap.optional(kind.rawValue) {
                    lines.append(.init(kind: kind, rupiah: try value.int(in: Limit.rupiah, unit: "rupiah").get()))
                }
            }
            try linesMap.finish()
            let sum = lines.reduce(0) { $0 + $1.rupiah }
            if sum > total {
                throw linesNode.error(expected: "lines that add up to at most total_rupiah (\(total))",
                                      found: "lines adding up to \(sum)")
            }
        }
        var budget = Budget(totalRupiah: total, lines: lines)
        let perDay = 0...10_000_000
        if let value = map.optional("allowance_per_person_day_rupiah") {
            budget.allowancePerPersonDayRupiah = try value.int(in: perDay, unit: "rupiah").get()
        }
        if let value = map.optional("bko_allowance_per_person_day_rupiah") {
            budget.bkoAllowancePerPersonDayRupiah = try value.int(in: perDay, unit: "rupiah").get()
        }
        if let pricesNode = map.optional("fuel_price_rupiah_per_litre") {
            let prices = try pricesNode.mapping()
            for fuel in FuelType.allCases {
                if let value = prices.optional(fuel.rawValue) {
                    budget.fuelPriceRupiahPerLitre[fuel] = try value.int(in: 1...1_000_000, unit: "rupiah per litre").get()
                }
            }
            try prices.finish()
        }
        if let value = map.optional("repair_cost_rupiah") {
            budget.repairCostRupiah = try value.int(in: 0...10_000_000_000, unit: "rupiah").get()
        }
        try map.finish()
        return budget
    }
}
