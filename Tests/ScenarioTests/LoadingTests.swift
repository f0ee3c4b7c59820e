import Foundation
import Testing
@testable import Scenario

/// The reference scenarios load with the figures worked out by hand (tiny) or taken from the
/// sources the Ketapang scenario cites (DOMAIN.md).
@Suite("Loading")
struct LoadingTests {
    @Test("tiny: TPS table, categories, voters, desa and kecamatan")
    func tinyTPS() throws {
        let scenario = try Scenario.load(path: Fixture.tinyPath)
        #expect(scenario.tps.count == 8)
        #expect(scenario.tps.countByCategory() == [.kurangRawan: 4, .rawan: 2, .sangatRawan: 1, .khusus: 1])
        #expect(scenario.tps.countByAccess() == [.road: 5, .river: 2, .remote: 1])
        #expect(scenario.tps.totalVoters == 1_860)
        #expect(scenario.tps.kecamatanNames == ["Hilir", "Hulu"])
        #expect(scenario.tps.desaNames == ["Sukamaju", "Tanjung", "Nanga", "Riam"])
        #expect(scenario.tps.ids.first == "tps-1" && scenario.tps.ids.last == "tps-8")
        #expect(scenario.tps.latitude[0] == -1.811 && scenario.tps.longitude[0] == 110.012)
        #expect(scenario.tps.risk[5] == 0.9)
        // tps-1 to tps-4 belong to polsek-hilir (post 2), tps-5 to tps-8 to polsek-hulu (post 3).
        #expect(scenario.tps.polsek == [2, 2, 2, 2, 3, 3, 3, 3])
        #expect(scenario.posts.map(\.id) == ["polres", "kpu", "polsek-hilir", "polsek-hulu", "ppk-hilir", "ppk-hulu"])
        #expect(scenario.posts[4].name == "ppk-hilir", "a post without a name is named by its id")
        // 2024 pattern: ceil(4/10)*2, ceil(2/2)*2, 1*2, 1*2.
        #expect(scenario.tpsPoliceNeed() == [.kurangRawan: 2, .rawan: 2, .sangatRawan: 2, .khusus: 2])
    }

    @Test("tiny: force, fleet and budget")
    func tinyResources() throws {
        let scenario = try Scenario.load(path: Fixture.tinyPath)
        let force = scenario.force
        #expect(force.units == [.init(id: "samapta", personnel: 12), .init(id: "binmas", personnel: 6)])
        #expect(force.totalPersonnel == 18)
        #expect(force.deployableFraction == 2.0 / 3.0)
        #expect(force.deployablePersonnel == 12)
        #expect(force.routinePersonnel == 6)
        #expect(force.reservePersonnel == 4)
        #expect(force.tniPersonnel == 2 && force.tniCap == 12)
        #expect(force.linmasPerTPS == 2, "default when linmas_per_tps is absent")
        #expect(force.bko.personnel == 4 && force.bko.delayHours == 6)
        #expect(force.shift.maxDutyHours == 12 && force.shift.restHours == 8)

        #expect(scenario.vehicles.map(\.id) == ["r4", "r2", "boat"])
        #expect(scenario.vehicles.map(\.kind) == [.car, .motorcycle, .boat])
        #expect(scenario.vehicles.map(\.count) == [2, 4, 1])
        #expect(scenario.vehicles.map(\.operableCount) == [1, 3, 1])
        let boat = scenario.vehicles[2]
        #expect(boat.speedKmh == [.road: 0, .river: 20, .remote: 0], "river speed given, the others from the boat defaults")
        #expect(boat.fuel == .pertalite && boat.fuelLitresPerHour == 15 && boat.seats == 8)

        let budget = scenario.budget
        #expect(budget.totalRupiah == 50_000_000)
        #expect(budget.lines == [.init(kind: .allowance, rupiah: 30_000_000), .init(kind: .fuel, rupiah: 10_000_000),
                                 .init(kind: .maintenance, rupiah: 5_000_000)])
        #expect(budget.unallocatedRupiah == 5_000_000)
        #expect(budget.allocated(.bko) == 0)
        #expect(budget.allowancePerPersonDayRupiah == 171_000)
        #expect(budget.fuelPriceRupiahPerLitre[.pertamax] == 13_500, "default price when absent")
    }

    @Test("tiny: timeline, incidents and contingencies")
    func tinyCalendar() throws {
        let scenario = try Scenario.load(path: Fixture.tinyPath)
        let timeline = scenario.timeline
        #expect(timeline.electionDay == "2024-02-14")
        #expect(timeline.utcOffsetHours == 7, "WIB by default")
        #expect(timeline.phases.map(\.id) == ["quiet", "voting", "counting", "recap"])
        #expect(timeline.phases.map(\.kind) == [.quiet, .voting, .counting, .recapitulation])
        #expect(timeline.phases.map(\.startMinute) == [-1440, 420, 780, 1440])
        #expect(timeline.phases.map(\.endMinute) == [420, 780, 1440, 4320])
        #expect(timeline.phases.map(\.incidentIntensity) == [1, 6, 4, 1])
        #expect(timeline.phases[3].guardDuties == [.ppk, .kpu])
        #expect(timeline.startMinute == -1440 && timeline.endMinute == 4320)
        #expect(timeline.escorts.count == 1)
        let escort = try #require(timeline.escorts.first)
        #expect(escort.kind == .ballotsOut && escort.convoys == 2 && escort.personnelPerConvoy == 2)
        #expect(escort.startMinute == -1080 && escort.endMinute == -360)
        #expect(escort.vehicle == .truck, "default escort vehicle")

        let incidents = scenario.incidents
        #expect(incidents.types.map(\.id) == ["dispute", "brawl"])
        #expect(incidents.types[0].timeOnScene == .exponential(meanMinutes: 30))
        #expect(incidents.types[0].phaseFactors == ["voting": 2])
        #expect(incidents.types[0].site == .tps && incidents.types[0].name == "dispute")
        #expect(incidents.types[1].timeOnScene == .triangular(minMinutes: 30, modeMinutes: 60, maxMinutes: 120))
        #expect(incidents.types[1].escalation == .init(afterMinutes: 30, severityStep: 1, extraResponders: 0))
        #expect(incidents.hourlyProfile == IncidentModel.flatProfile)
        #expect(incidents.riskWeights == [.kurangRawan: 1, .rawan: 3, .sangatRawan: 6, .khusus: 4])
        #expect(incidents.contagion == .off)

        #expect(scenario.contingencies.count == 1)
        let rain = try #require(scenario.contingencies.first)
        #expect(rain.kind == .flood && rain.probability == 0.5 && rain.kecamatan == ["Hulu"])
        #expect(rain.startMinute == 0 && rain.endMinute == 1440 && rain.travelTimeMultiplier == 2)
        #expect(rain.tpsMovedShare == nil && rain.personnel == nil)
    }

    @Test("tiny: defaults where sections and keys are absent")
    func tinyDefaults() throws {
        let scenario = try Scenario.load(path: Fixture.tinyPath)
        #expect(scenario.name == "Tiny district" && scenario.seed == 42)
        #expect(scenario.district == .init(name: "Kabupaten Kecil", province: "Kalimantan Barat", areaKm2: 120))
        #expect(scenario.dispatch.roadFactor == 1.3)
        #expect(scenario.dispatch.dispatchDelayMinutes == 2)
        #expect(scenario.dispatch.responseTargetMinutes == [.road: 30, .river: 90, .remote: 120])
        #expect(scenario.dispatch.preemption && scenario.dispatch.mutualAid)
        #expect(scenario.security.ratios == [
            .kurangRawan: .init(police: 2, tps: 10), .rawan: .init(police: 2, tps: 2),
            .sangatRawan: .init(police: 2, tps: 1), .khusus: .init(police: 2, tps: 1),
        ])
        #expect(scenario.security.ppkGuards == 15 && scenario.security.kpuGuards == 30)
        #expect(scenario.travelTimes.isEmpty)
        #expect(scenario.files.tps.hasSuffix("scenarios/tiny/tps.csv"))
        #expect(scenario.files.posts == nil)
    }

    @Test("tiny with CRLF line ends and a byte-order mark in tps.csv loads the same table")
    func tinyCRLF() throws {
        let text = try String(contentsOfFile: Fixture.scenarios + "/tiny/tps.csv", encoding: .utf8)
        let crlf = [0xEF, 0xBB, 0xBF] + Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        let edited = try Fixture.withTiny(.contents(file: "tps.csv", crlf)) { try Scenario.load(path: $0) }
        let original = try Scenario.load(path: Fixture.tinyPath)
        #expect(edited.tps == original.tps)
    }

    @Test("tiny with a byte-order mark in scenario.yaml loads")
    func tinyYAMLWithBOM() throws {
        let edit = Fixture.Edit.bytes(file: "scenario.yaml", "# A tiny", with: [0xEF, 0xBB, 0xBF] + Array("# A tiny".utf8))
        let scenario = try Fixture.withTiny(edit) { try Scenario.load(path: $0) }
        #expect(scenario.name == "Tiny district" && scenario.tps.count == 8)
    }

    @Test("a missing main file is unreadable")
    func missingMainFile() throws {
        let error = #expect(throws: ScenarioError.self) { try Scenario.load(path: "/nonexistent/siaga/scenario.yaml") }
        #expect(error?.kind == .unreadable)
        #expect(error?.location == SourceLocation(file: "/nonexistent/siaga/scenario.yaml"))
        #expect(error?.found == "no such file")
    }

    @Test("Ketapang: 1,752 TPS in 20 kecamatan and 262 desa, 414,830 voters")
    func ketapangTPS() throws {
        let scenario = try Scenario.load(path: Fixture.ketapangPath)
        #expect(scenario.tps.count == 1_752)
        #expect(scenario.tps.kecamatanNames.count == 20)
        #expect(scenario.tps.desaNames.count == 262)
        #expect(scenario.tps.totalVoters == 414_830)
        #expect(scenario.tps.countByCategory() == [.kurangRawan: 1_654, .rawan: 79, .sangatRawan: 16, .khusus: 3])
        #expect(scenario.posts.count == 42)
        #expect(scenario.posts.filter { $0.kind == .polsek }.count == 20)
        #expect(scenario.files.posts?.hasSuffix("ketapang/posts.csv") == true)
    }

    @Test("Ketapang: 552 personnel, 368 deployable, the 2024 budget and a fleet 22.2% out of order")
    func ketapangResources() throws {
        let scenario = try Scenario.load(path: Fixture.ketapangPath)
        #expect(scenario.force.totalPersonnel == 552)
        #expect(scenario.force.deployablePersonnel == 368)
        #expect(scenario.force.reservePersonnel == 90)
        #expect(scenario.force.tniPersonnel == 150 && scenario.force.tniCap == 368)
        #expect(scenario.budget.totalRupiah == 1_227_895_000)
        #expect(scenario.budget.lines.reduce(0) { $0 + $1.rupiah } == 1_227_895_000)
        #expect(scenario.vehicles.map(\.count) == [45, 200, 4, 8])
        #expect(scenario.vehicles.map(\.operableCount) == [35, 156, 3, 6])
        #expect(scenario.timeline.phases.count == 7)
        #expect(scenario.timeline.phases.first?.startMinute == -112_320, "H-78")
        #expect(scenario.timeline.phases.last?.endMinute == 30_240, "H+21")
        #expect(scenario.incidents.types.count == 8)
        #expect(scenario.incidents.contagion.isEnabled && scenario.incidents.contagion.branchingRatio == 0.3)
        let profile = scenario.incidents.hourlyProfile
        #expect(profile.count == 24 && abs(profile.reduce(0, +) / 24 - 1) < 1e-12, "the profile is normalised to mean 1")
        #expect(scenario.contingencies.map(\.kind) == [.flood, .kpuProtest])
    }
}
