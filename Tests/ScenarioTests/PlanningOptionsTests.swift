import Testing
@testable import Scenario

/// `security.minimum` (the doctrine minimum by category) and `planning.zone`: defaults, values
/// read, and one wrong thing at a time.
@Suite("Doctrine minimum and planning options")
struct PlanningOptionsTests {
    @Test func defaultsAreTheFullPatternAndATwoPerEightyKurangRawanMinimum() throws {
        let scenario = try Scenario.load(path: Fixture.tinyPath)
        #expect(scenario.security.minimum == [
            .kurangRawan: .init(police: 2, tps: 80), .rawan: .init(police: 2, tps: 2),
            .sangatRawan: .init(police: 2, tps: 1), .khusus: .init(police: 2, tps: 1),
        ])
        // tiny: ceil(4/80)*2, ceil(2/2)*2, 1*2, 1*2.
        #expect(scenario.security.minimumPolice(scenario.tps.countByCategory())
                == [.kurangRawan: 2, .rawan: 2, .sangatRawan: 2, .khusus: 2])
        #expect(scenario.planning.zone == .desa)
        // Ketapang: 42 + 80 + 32 + 6 = 160, within the 368 deployable.
        let ketapang = try Scenario.load(path: Fixture.ketapangPath)
        #expect(ketapang.security.minimumPolice(ketapang.tps.countByCategory()).values.reduce(0, +) == 160)
    }

    @Test func theMinimumAndTheZoneAreRead() throws {
        let edit = Fixture.Edit.yaml("contingencies:", with: """
            security:
              minimum:
                kurang_rawan: {police: 1, tps: 2}
                rawan: {police: 0, tps: 1}
            planning:
              zone: tps
            contingencies:
            """)
        let scenario = try Fixture.withTiny(edit) { try Scenario.load(path: $0) }
        #expect(scenario.security.minimum[.kurangRawan] == .init(police: 1, tps: 2))
        #expect(scenario.security.minimum[.rawan] == .init(police: 0, tps: 1))
        #expect(scenario.security.minimum[.khusus] == .init(police: 2, tps: 1), "categories not given keep the default")
        #expect(scenario.security.ratios == SecurityPattern.practice2024, "the pattern is untouched")
        #expect(scenario.planning.zone == .tps)
    }

    @Test func aMinimumWithoutTPSIsAnError() throws {
        let error = try Fixture.loadError(.yaml("contingencies:", with: "security: {minimum: {rawan: {police: 2}}}\ncontingencies:"))
        #expect(error.keyPath == "security.minimum.rawan.tps", "\(error)")
    }

    @Test func anUnknownZoneIsAnErrorWithAHint() throws {
        let error = try Fixture.loadError(.yaml("contingencies:", with: "planning: {zone: desas}\ncontingencies:"))
        #expect(error.keyPath == "planning.zone", "\(error)")
        #expect(error.hint?.contains("desa") == true, "\(error)")
    }

    @Test func anUnknownPlanningKeyIsAnError() throws {
        let error = try Fixture.loadError(.yaml("contingencies:", with: "planning: {zones: desa}\ncontingencies:"))
        #expect(error.keyPath == "planning.zones", "\(error)")
    }
}
