import Foundation
@testable import RunReport
import Scenario

/// Run folders written by hand on the tiny scenario, with answers worked out beside them: a
/// simulate folder (plan, summary, time series, four incidents over two replications) and a
/// compare folder (two strategies, two cases, hand-written response curves, the baseline plan).
enum Fixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let tinyPath = root.appendingPathComponent("scenarios/tiny/scenario.yaml").path

    static func tiny() throws -> Scenario { try Scenario.load(path: tinyPath) }

    static func temporaryFolder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("siaga-report-tests-\(UUID().uuidString)").path
    }

    static func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    /// Groups: g1 (2 police) guards tps-1, tps-2, tps-3; g2 (2 police) guards tps-4; tps-5 to tps-8
    /// are unguarded. Polres holds 4 reserves, a car and two motorcycles; Polsek Hulu the boat.
    static func plan(_ scenario: Scenario) -> DeploymentPlan {
        var posts = scenario.posts.indices.map {
            DeploymentPlan.PostForce(post: $0, reservePersonnel: 0, patrolPersonnel: 0, vehicles: [0, 0, 0])
        }
        posts[0].reservePersonnel = 4
        posts[0].vehicles = [1, 2, 0]
        posts[3].vehicles = [0, 0, 1]
        return DeploymentPlan(strategy: "doctrine", guardGroups: [.init(id: "g1", police: 2), .init(id: "g2", police: 2)],
                              tpsGuardGroup: [0, 0, 0, 1, -1, -1, -1, -1], posts: posts, shifts: .init())
    }

    static func writePlan(to folder: String, scenario: Scenario) throws {
        for file in plan(scenario).files(for: scenario) { try write(file.text, to: folder + "/" + file.name) }
        try write("""
            line,planned_rupiah,allocated_rupiah,left_rupiah
            allowance,4104000,30000000,25896000
            fuel,120000,10000000,9880000
            maintenance,0,5000000,5000000
            bko,0,,
            contingency,0,,
            other,0,,
            total,4224000,50000000,45776000

            """, to: folder + "/budget.csv")
    }

    static let incidentHeader = "replication,incident,type,site_kind,site_id,kecamatan,access,contagion,severity_initial,severity_final,"
        + "escalations,responders_needed,responders_max,occurred_at,occurred_minute,dispatch_minute,first_arrival_minute,"
        + "full_strength_minute,resolved_minute,response_minutes"

    /// Four incidents over two replications:
    /// - tps-1 (road, target 30) at H-1 14:00 (quiet), answered in 10 minutes;
    /// - tps-1 at H0 08:00 (voting), answered in 45: late;
    /// - tps-4 (river) at H0 15:00 (counting), never answered: late;
    /// - ppk-hilir at H+1 09:20 (recap), answered in 20.
    /// So tps-1 has 1 incident and 0.5 late per replication, mean response 27.5; tps-4 0.5 and 0.5;
    /// the response curve is 0 before 10 minutes, 1/4 from 10, 2/4 from 20, 3/4 from 45.
    static let incidents = incidentHeader + """

        0,0,dispute,tps,tps-1,Hilir,road,0,2,2,0,2,2,2024-02-13T14:00:00+07:00,-600,-598,-590,-590,-560,10
        0,1,dispute,tps,tps-1,Hilir,road,0,2,2,0,2,2,2024-02-14T08:00:00+07:00,480,482,525,525,560,45
        1,0,brawl,tps,tps-4,Hilir,river,0,3,3,0,3,0,2024-02-14T15:00:00+07:00,900,,,,,
        1,1,dispute,ppk,ppk-hilir,Hilir,road,0,2,2,0,2,2,2024-02-15T09:20:00+07:00,2000,2002,2020,2020,2050,20

        """

    static func summary() -> String {
        var text = "kpi,unit,description,replications,mean,sd,mean_low,mean_high\n"
        for (kpi, mean) in [("incidents", 2.0), ("response_mean_minutes", 25), ("spend_allowance_rupiah", 4_000_000),
                            ("spend_fuel_rupiah", 150_000), ("spend_maintenance_rupiah", 0), ("spend_bko_rupiah", 0),
                            ("spend_contingency_rupiah", 0), ("spend_total_rupiah", 4_150_000)] {
            text += "\(kpi),x,\"a, description\",2,\(mean),0,\(mean * 0.9),\(mean * 1.1)\n"
        }
        return text
    }

    static func timeseries(_ scenario: Scenario) -> String {
        var text = "hour,time,phase,active_incidents_mean,idle_reserves_mean,working_vehicles_mean,personnel_on_duty_mean,spend_rupiah_mean\n"
        let timeline = scenario.timeline
        let hours = Int((timeline.endMinute - timeline.startMinute) / 60)
        for hour in 0..<hours {
            let minute = timeline.startMinute + Double(hour) * 60
            let phase = timeline.phases.first { $0.startMinute <= minute && minute < $0.endMinute }?.id ?? ""
            text += "\(hour),\(timeline.isoTime(minutes: minute)),\(phase),0,\(4 - hour % 3),\(hour % 10 == 0 ? 4 : 5),12,\(hour * 1000)\n"
        }
        return text
    }

    static func manifest(scenario: String, plan: String?) -> String {
        let planText = plan.map { ",\n  \"plan\" : {\"name\" : \"doctrine\", \"path\" : \"\($0)\", \"sha256\" : \"0\"}" } ?? ""
        return """
            {
              "contingencies" : ["rain"],
              "replications" : 2,
              "scenario" : {"name" : "Tiny district", "path" : "\(scenario)", "sha256" : "0"},
              "seed" : 42,
              "siaga_version" : "0.1.0",
              "started_at" : "2026-01-01T00:00:00Z"\(planText)
            }

            """
    }

    /// A simulate folder and its plan folder in a new temporary folder; returns the run folder.
    static func simulation(incidents: Bool = true) throws -> String {
        let scenario = try tiny()
        let base = temporaryFolder()
        try writePlan(to: base + "/plan", scenario: scenario)
        let run = base + "/sim"
        try write(manifest(scenario: tinyPath, plan: base + "/plan"), to: run + "/manifest.json")
        try write(summary(), to: run + "/summary.csv")
        try write(timeseries(scenario), to: run + "/timeseries.csv")
        if incidents { try write(Self.incidents, to: run + "/incidents.csv") }
        return run
    }

    /// A compare folder with strategies doctrine (baseline) and proportional, cases base and rain.
    static func comparison(plans: Bool = true, curves: Bool = true) throws -> String {
        let scenario = try tiny()
        let run = temporaryFolder() + "/cmp"
        try write(manifest(scenario: tinyPath, plan: nil), to: run + "/manifest.json")
        let strategies = ["doctrine", "proportional"], cases = ["base", "rain"]
        let kpis = ["incidents", "response_mean_minutes", "response_p90_minutes", "within_target_share_road", "spend_total_rupiah"]
        var comparison = "case,strategy,kpi,unit,replications,mean,mean_low,mean_high,p90,p90_low,p90_high\n"
        var pairwise = "case,kpi,unit,strategy_a,strategy_b,replications,difference,difference_low,difference_high,relative,relative_low,relative_high,better\n"
        var ranking = "case,kpi,direction,strategy,rank,mean,in_best_subset,mcb_low,mcb_high\n"
        var cdf = "case,strategy,response_minutes,share_within\n"
        for c in cases {
            for s in strategies {
                for k in kpis { comparison += "\(c),\(s),\(k),x,2,1,0.5,1.5,,,\n" }
                for minute in stride(from: 0, through: 60, by: 10) {
                    cdf += "\(c),\(s),\(minute),\(min(1, Double(minute) / (s == "doctrine" ? 80 : 60)))\n"
                }
            }
            for k in kpis {
                pairwise += "\(c),\(k),x,proportional,doctrine,2,-1,-2,0,-0.1,-0.2,0,neither\n"
                pairwise += "\(c),\(k),x,doctrine,proportional,2,1,0,2,0.1,0,0.2,neither\n"
                for (rank, s) in strategies.enumerated() where k != "incidents" {
                    ranking += "\(c),\(k),lower,\(s),\(rank + 1),\(Double(rank) + 1.5),1,,\n"
                }
            }
        }
        try write(comparison, to: run + "/comparison.csv")
        try write(pairwise, to: run + "/pairwise.csv")
        try write(ranking, to: run + "/ranking.csv")
        if curves { try write(cdf, to: run + "/response_cdf.csv") }
        if plans { try writePlan(to: run + "/plans/doctrine", scenario: scenario) }
        return run
    }

    static func build(_ folder: String, _ language: ReportLanguage = .en) throws -> ReportOutput {
        try ReportBuilder.build(ReportOptions(folder: folder, language: language, siagaVersion: "test"))
    }

    static func text(_ output: ReportOutput, _ name: String) -> String {
        String(decoding: output.files.first { $0.name == name }?.bytes ?? [], as: UTF8.self)
    }
}
