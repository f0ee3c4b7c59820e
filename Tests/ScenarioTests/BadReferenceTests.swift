import Testing
@testable import Scenario

/// Bad inputs whose error comes from a cross-reference or a stricter spelling rule.
@Suite("bad references and spellings") struct BadReferenceTests {
    @Test("an empty inline posts list")
    func emptyPosts() throws {
        let posts = try String(contentsOfFile: Fixture.tinyPath, encoding: .utf8)
            .components(separatedBy: "\n").filter { $0.hasPrefix("  - {id: p") || $0.hasPrefix("  - {id: kpu") }
        #expect(posts.count == 6)
        let error = try Fixture.loadError(.yaml("posts:\n" + posts.joined(separator: "\n") + "\n", with: "posts: []\n"))
        #expect(error.kind == .invalid)
        #expect(error.keyPath == "posts")
        #expect(error.expected == "at least one post (a Polsek at least)")
    }

    @Test("a day offset without a sign", arguments: ["H5", "H", "H00", "H 07:00"])
    func unsignedDay(text: String) throws {
        #expect(ScenarioTime.minutes(text, electionDay: CivilDate("2024-02-14")!) == nil)
    }

    @Test("an escort id used twice")
    func duplicateEscort() throws {
        let escort = "    - {id: ballots-out, kind: ballots_out, start: \"H-1 06:00\", end: \"H-1 18:00\", convoys: 2, personnel_per_convoy: 2}\n"
        let error = try Fixture.loadError(.yaml(escort, with: escort + escort))
        #expect(error.keyPath == "timeline.escorts[1]")
        #expect(error.found == "'ballots-out' again")
    }

    @Test("a phase id that names another kind of phase")
    func ambiguousPhaseId() throws {
        let ambiguous = try Fixture.loadError(.yaml("{id: quiet, kind: quiet_period", with: "{id: counting, kind: quiet_period"))
        #expect(ambiguous.keyPath == "timeline.phases[0].id")
        #expect(ambiguous.expected.contains("not the name of another kind of phase"))
    }

    @Test("a guard duty at a kind of post the scenario lacks")
    func dutyWithoutPost() throws {
        let error = try Fixture.loadError(.yaml("  - {id: kpu, name: Kantor KPU Kecil, kind: kpu, kecamatan: Hilir, latitude: -1.802, longitude: 110.004}\n", with: ""))
        #expect(error.keyPath == "timeline.phases[3].guard_duties[1]")
        #expect(error.expected.contains("there is no 'kpu' post"))
    }

    @Test("digit groups that are not thousands", arguments: ["5_0000_000", "1_0", "_50", "50_"])
    func badDigitGroups(text: String) throws {
        let error = try Fixture.loadError(.yaml("total_rupiah: 50_000_000", with: "total_rupiah: \(text)"))
        #expect(error.keyPath == "budget.total_rupiah")
        #expect(error.expected.hasPrefix("a whole number of rupiah"))
    }

    @Test("digit groups in thousands are read")
    func goodDigitGroups() {
        #expect("1_227_895_000".replacingUnderscores() == "1227895000")
        #expect("-12_000.5".replacingUnderscores() == "-12000.5")
        #expect("1_2".replacingUnderscores() == "1_2")
    }
}
