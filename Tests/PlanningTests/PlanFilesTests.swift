import Foundation
import Testing
@testable import Planning
@testable import Scenario

/// Writing a plan folder and reading it back.
@Suite("Plan files")
struct PlanFilesTests {
    @Test(arguments: ["tiny", "ketapang"])
    func writeThenLoadGivesTheSamePlan(_ name: String) throws {
        let scenario = try name == "tiny" ? Fixture.tiny() : Fixture.ketapang()
        let plan = try DoctrineStrategy().plan(scenario)
        let folder = try Fixture.write(plan, for: scenario)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == DeploymentPlan.fileNames.sorted())
        #expect(try DeploymentPlan.load(folder: folder, scenario: scenario) == plan)
    }

    @Test func roundTripKeepsPatrolsShiftsAndAnUnusualName() throws {
        let scenario = try Fixture.tiny()
        var plan = try DoctrineStrategy().plan(scenario)
        plan.strategy = "my-plan.v2"
        plan.posts[0].reservePersonnel = 1
        plan.posts[2].patrolPersonnel = 3
        plan.shifts.guardShiftHours = 12.5
        plan.shifts.reserveShiftsPerDay = 3
        let folder = try Fixture.write(plan, for: scenario)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try DeploymentPlan.load(folder: folder, scenario: scenario) == plan)
    }

    @Test func theTinyFilesAreExactlyThese() throws {
        let scenario = try Fixture.tiny()
        let files = try DoctrineStrategy().plan(scenario).files(for: scenario)
        #expect(files.map(\.name) == DeploymentPlan.fileNames)
        #expect(files[0].text == "group_id,police\nsangat_rawan-1,2\nkhusus-1,2\nrawan-1,2\nkurang_rawan-1,2\n")
        #expect(files[1].text.hasPrefix("tps_id,group_id\ntps-1,kurang_rawan-1\ntps-2,kurang_rawan-1\ntps-3,rawan-1\n"))
        #expect(files[2].text == "post_id,reserve_personnel,patrol_personnel\npolres,4,0\nkpu,0,0\npolsek-hilir,0,0\npolsek-hulu,0,0\nppk-hilir,0,0\nppk-hulu,0,0\n")
        #expect(files[3].text.hasPrefix("post_id,vehicle_type,count\npolres,r4,1\npolres,r2,3\npolres,boat,1\nkpu,r4,0\n"))
        #expect(files[4].text == """
        {
          "format": 1,
          "scenario": {
            "name": "Tiny district",
            "tps": 8
          },
          "shifts": {
            "guard_shift_hours": 24,
            "reserve_shifts_per_day": 2
          },
          "strategy": "doctrine"
        }

        """)
    }

    @Test func textIsQuotedWhereCSVAndJSONNeedIt() {
        #expect(CSVText.field("tps-1") == "tps-1")
        #expect(CSVText.field("a,b") == "\"a,b\"")
        #expect(CSVText.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVText.field(" padded") == "\" padded\"")
        #expect(JSONText.string("Kab. \"Ketapang\"\\\n\u{1}") == "\"Kab. \\\"Ketapang\\\"\\\\\\n\\u0001\"")
        #expect(JSONText.number(24) == "24")
        #expect(JSONText.number(12.5) == "12.5")
    }

    @Test func aPlanWithoutGuardsOrUnlistedRowsLoads() throws {
        let scenario = try Fixture.tiny()
        let folder = Fixture.temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let files = [
            "guard_groups.csv": "group_id,police\n",
            "tps_guards.csv": "tps_id,group_id\r\ntps-2,\r\n",
            "posts.csv": "reserve_personnel,post_id\n5,polsek-hulu\n",
            "vehicles.csv": "post_id,vehicle_type,count\npolsek-hulu,boat,1\n",
            "plan.json": "{\"format\":1,\"scenario\":{\"name\":\"variant\",\"tps\":8},\"strategy\":\"hand\"}",
        ]
        for (name, text) in files { try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8) }
        let plan = try DeploymentPlan.load(folder: folder, scenario: scenario)
        #expect(plan.strategy == "hand")
        #expect(plan.guardGroups.isEmpty)
        #expect(plan.tpsGuardGroup == [Int32](repeating: -1, count: 8))
        #expect(plan.reserves(scenario)["polsek-hulu"] == 5)
        #expect(plan.vehiclePlacement(scenario) == ["polsek-hulu/boat": 1])
        #expect(plan.shifts == DeploymentPlan.ShiftPattern())
    }
}
