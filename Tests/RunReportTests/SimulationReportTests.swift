import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import RunReport
import Scenario

/// The report of a simulate folder: its files, its data against hand-worked answers, its GeoJSON,
/// well-formed SVG, languages and determinism.
@Suite struct SimulationReportTests {
    @Test func writesEveryChartWithItsDataSpecAndLayers() throws {
        let output = try Fixture.build(try Fixture.simulation())
        #expect(output.kind == .simulation)
        #expect(output.charts == ["response-cdf", "availability", "budget", "incidents-by-hour", "map"])
        #expect(output.notes.isEmpty)
        var expected = ["posts.geojson", "report.html", "tps.geojson"]
        for chart in output.charts { expected += [chart + ".csv", chart + ".svg", chart + ".vl.json"] }
        #expect(output.files.map(\.name) == expected.sorted())
        let html = Fixture.text(output, "report.html")
        #expect(html.components(separatedBy: "<figure ").count - 1 == 5)
        #expect(html.components(separatedBy: "<svg ").count - 1 == 5)
        #expect(!html.contains("<script"))
        #expect(!html.contains("http://") || html.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "").contains("http://") == false)
    }

    @Test func everySVGIsWellFormedXML() throws {
        let output = try Fixture.build(try Fixture.simulation())
        for file in output.files where file.name.hasSuffix(".svg") {
            let parser = XMLParser(data: Data(file.bytes))
            #expect(parser.parse(), "\(file.name): \(parser.parserError.map { "\($0)" } ?? "")")
        }
    }

    /// Edges 0...45: 0 before 10 minutes, 1/4 from 10, 2/4 from 20, 3/4 from 45 (an unanswered
    /// incident stays in the denominator). Every curve reaches 90% of its height (0.675) at 45,
    /// so the chart runs to the nice 50 and every edge is drawn.
    @Test func responseCurveFromTheIncidentLog() throws {
        let output = try Fixture.build(try Fixture.simulation())
        let lines = Fixture.text(output, "response-cdf.csv").split(separator: "\n").map(String.init)
        #expect(lines.first == "case,strategy,response_minutes,share_within")
        #expect(lines.count == 1 + 46)
        #expect(lines[1] == "base,doctrine,0,0")
        #expect(lines[10] == "base,doctrine,9,0")
        #expect(lines[11] == "base,doctrine,10,0.25")
        #expect(lines[21] == "base,doctrine,20,0.5")
        #expect(lines.last == "base,doctrine,45,0.75")
        #expect(Fixture.text(output, "response-cdf.svg").contains("Computed from incidents.csv over 2 replications."))
    }

    @Test func incidentsByPhaseAndHour() throws {
        let output = try Fixture.build(try Fixture.simulation())
        let csv = Fixture.text(output, "incidents-by-hour.csv")
        #expect(csv.hasPrefix("phase,hour_of_day,incidents_per_replication\n"))
        for row in ["quiet,14,0.5", "voting,8,0.5", "counting,15,0.5", "recap,9,0.5", "voting,9,0", "quiet,0,0"] {
            #expect(csv.contains("\n" + row + "\n"), "\(row)")
        }
        #expect(csv.split(separator: "\n").count == 1 + 4 * 24)
    }

    @Test func budgetAgainstPlan() throws {
        let output = try Fixture.build(try Fixture.simulation())
        let csv = Fixture.text(output, "budget.csv")
        #expect(csv.hasPrefix("line,measure,rupiah,rupiah_low,rupiah_high\n"))
        #expect(csv.contains("\nallowance,allocated,30000000,,\n"))
        #expect(csv.contains("\nallowance,planned,4104000,,\n"))
        #expect(csv.contains("\nallowance,spent,4000000,3600000,4400000\n"))
        #expect(!csv.contains("\nbko,"))  // no allocation, plan or spend
        #expect(Fixture.text(output, "budget.svg").contains("allocated Rp 50,000,000, planned Rp 4,224,000"))
    }

    @Test func availabilityOverTheTimeline() throws {
        let output = try Fixture.build(try Fixture.simulation())
        let lines = Fixture.text(output, "availability.csv").split(separator: "\n")
        #expect(lines.first == "hour,time,days_from_h0,phase,idle_reserves_persons,working_vehicles_count")
        #expect(lines[1] == "0,2024-02-13T00:00:00+07:00,-1,quiet,4,4")
        #expect(lines.count == 1 + 96)
    }

    /// Coordinates are [longitude, latitude] (RFC 7946): tps-1 is at latitude -1.811, longitude 110.012.
    @Test func tpsLayerIsGeoJSONWithPlanAndResults() throws {
        let output = try Fixture.build(try Fixture.simulation())
        let json = try JSONSerialization.jsonObject(with: Data(Fixture.text(output, "tps.geojson").utf8)) as! [String: Any]
        #expect(json["type"] as? String == "FeatureCollection")
        let features = json["features"] as! [[String: Any]]
        #expect(features.count == 8)
        let scenario = try Fixture.tiny()
        for (i, feature) in features.enumerated() {
            #expect(feature["type"] as? String == "Feature")
            let geometry = feature["geometry"] as! [String: Any]
            #expect(geometry["type"] as? String == "Point")
            #expect(geometry["coordinates"] as? [Double] == [scenario.tps.longitude[i], scenario.tps.latitude[i]])
        }
        let first = features[0]["properties"] as! [String: Any]
        #expect((features[0]["geometry"] as! [String: Any])["coordinates"] as? [Double] == [110.012, -1.811])
        #expect(first["id"] as? String == "tps-1")
        #expect(first["kecamatan"] as? String == "Hilir")
        #expect(first["category"] as? String == "kurang_rawan")
        #expect(first["access"] as? String == "road")
        #expect(first["voters"] as? Int == 280)
        #expect(first["guards"] as? Int == 2)
        #expect(first["incidents_per_replication"] as? Double == 1)
        #expect(first["late_per_replication"] as? Double == 0.5)
        #expect(first["response_mean_minutes"] as? Double == 27.5)
        let fourth = features[3]["properties"] as! [String: Any]
        #expect(fourth["late_per_replication"] as? Double == 0.5)
        #expect(fourth["response_mean_minutes"] is NSNull)
        let fifth = features[4]["properties"] as! [String: Any]
        #expect(fifth["guards"] as? Int == 0)
        #expect(fifth["guarded"] as? Bool == false)
        #expect(fifth["incidents_per_replication"] as? Double == 0)
    }

    @Test func postsLayerCarriesReservesAndVehicles() throws {
        let output = try Fixture.build(try Fixture.simulation())
        let json = try JSONSerialization.jsonObject(with: Data(Fixture.text(output, "posts.geojson").utf8)) as! [String: Any]
        let features = json["features"] as! [[String: Any]]
        #expect(features.count == 6)
        let polres = features[0]["properties"] as! [String: Any]
        #expect(polres["id"] as? String == "polres")
        #expect(polres["reserve_personnel"] as? Int == 4)
        #expect(polres["vehicles"] as? Int == 3)
        #expect(polres["vehicles_r2"] as? Int == 2)
        #expect((features[0]["geometry"] as! [String: Any])["coordinates"] as? [Double] == [110.0, -1.8])
    }

    @Test func vegaLiteSpecsReferenceTheirCSV() throws {
        let output = try Fixture.build(try Fixture.simulation())
        for chart in output.charts {
            let spec = try JSONSerialization.jsonObject(with: Data(Fixture.text(output, chart + ".vl.json").utf8)) as! [String: Any]
            #expect(spec["$schema"] as? String == "https://vega.github.io/schema/vega-lite/v5.json")
            let data = spec["data"] as! [String: Any]
            #expect(data["url"] as? String == chart + ".csv")
            #expect((data["format"] as! [String: Any])["type"] as? String == "csv")
        }
    }

    @Test func withoutAnIncidentLogTheHourChartIsLeftOutWithANote() throws {
        let output = try Fixture.build(try Fixture.simulation(incidents: false))
        #expect(output.charts == ["availability", "budget", "map"])
        #expect(output.notes.count == 2)
        #expect(output.notes.contains { $0.contains("no incidents.csv") })
        #expect(!output.files.contains { $0.name.hasPrefix("incidents-by-hour") })
        // The map falls back to coverage by the plan.
        #expect(Fixture.text(output, "map.svg").contains("Unguarded TPS"))
    }

    @Test func theSameRunGivesTheSameBytes() throws {
        let folder = try Fixture.simulation()
        let first = try Fixture.build(folder, .id), second = try Fixture.build(folder, .id)
        #expect(first.files == second.files)
    }

    @Test func languageSwitchesEveryCaption() throws {
        let folder = try Fixture.simulation()
        let english = try Fixture.build(folder, .en), indonesian = try Fixture.build(folder, .id)
        for chart in english.charts {
            let en = Fixture.text(english, chart + ".svg"), id = Fixture.text(indonesian, chart + ".svg")
            let caption = { (svg: String) in svg.components(separatedBy: "<desc>")[1].components(separatedBy: "</desc>")[0] }
            #expect(caption(en) != caption(id), "\(chart)")
        }
        let en = Fixture.text(english, "report.html"), id = Fixture.text(indonesian, "report.html")
        #expect(en.contains("<html lang=\"en\">") && id.contains("<html lang=\"id\">"))
        for phrase in ["Response time (minutes)", "Cumulative distribution of response times", "Idle reserve personnel",
                       "Vehicles in working order", "Incidents by phase and hour of day", "District map", "Plan"] {
            #expect(en.contains(phrase), "\(phrase)")
        }
        for phrase in ["Waktu respons (menit)", "Distribusi kumulatif waktu respons", "Personel cadangan siaga", "Kendaraan laik jalan",
                       "Anggaran", "Rencana", "Realisasi", "Kejadian per fase dan jam", "Peta distrik", "Pos"] {
            #expect(id.contains(phrase), "\(phrase)")
            #expect(!en.contains(phrase) || phrase == "Pos", "\(phrase)")
        }
        // Numbers follow the language: 50.000.000 in Indonesian, 50,000,000 in English.
        #expect(id.contains("Rp 50.000.000") && en.contains("Rp 50,000,000"))
    }
}
