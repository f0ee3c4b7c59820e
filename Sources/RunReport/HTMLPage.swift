import Charts

/// `report.html`: one self-contained page (inline SVG and CSS; no script, no font or image from
/// the network) with the run's facts, every chart with its caption and files, tables, notes on
/// what was left out, and the map layers.
struct HTMLPage {
    var language: ReportLanguage
    var title: String
    var subtitle: String
    /// Facts about the run: (label, value).
    var facts: [(String, String)]
    var sections: [ReportSection]
    var strings: ReportStrings
    /// GeoJSON files to list under "Map layers".
    var layers: [String]
    var footer: String

    static let style = """
    body { margin: 0; background: #fff; color: #222; font-family: DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif; }
    main { max-width: 900px; margin: 0 auto; padding: 20px 20px 40px; }
    h1 { font-size: 23px; margin: 0 0 4px; }
    h2 { font-size: 17px; margin: 0 0 8px; }
    .subtitle { color: #555; margin: 0 0 14px; }
    table { border-collapse: collapse; font-size: 13px; }
    th, td { text-align: left; padding: 3px 10px 3px 0; vertical-align: top; }
    table.facts th { font-weight: normal; color: #555; }
    table.data th { border-bottom: 1px solid #999; }
    table.data td { border-bottom: 1px solid #e5e5e5; }
    table.data td.n { text-align: right; font-variant-numeric: tabular-nums; }
    figure, section { margin: 30px 0 0; padding: 0; }
    figure svg { display: block; max-width: 100%; height: auto; }
    figcaption, section p { font-size: 14px; line-height: 1.45; margin: 6px 0 0; }
    .files { font-size: 12.5px; color: #555; margin: 4px 0 0; }
    .notes { background: #fff8e5; border-left: 4px solid #E69F00; padding: 8px 12px; font-size: 14px; }
    .notes ul { margin: 4px 0 0; padding-left: 20px; }
    footer { margin-top: 36px; font-size: 12px; color: #666; }
    a { color: #0060a0; }
    """

    var html: String {
        var out = "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>\(e(title))</title>\n<style>\n\(Self.style)\n</style>\n</head>\n<body>\n<main>\n"
        out += "<header>\n<h1>\(e(title))</h1>\n<p class=\"subtitle\">\(e(subtitle))</p>\n<table class=\"facts\">\n"
        for (label, value) in facts { out += "<tr><th>\(e(label))</th><td>\(e(value))</td></tr>\n" }
        out += "</table>\n</header>\n"
        let notes = sections.compactMap { if case let .note(text) = $0 { text } else { nil } }
        if !notes.isEmpty {
            out += "<section class=\"notes\"><strong>\(e(strings[.notes]))</strong>\n<ul>\n"
            for note in notes { out += "<li>\(e(note))</li>\n" }
            out += "</ul>\n</section>\n"
        }
        for section in sections {
            switch section {
            case let .chart(chart): out += figure(chart)
            case let .table(table): out += self.table(table)
            case .note: continue
            }
        }
        if !layers.isEmpty {
            out += "<section id=\"map-layers\">\n<h2>\(e(strings[.mapLayers]))</h2>\n<p>\(e(strings[.mapLayersText])) "
            out += layers.map { "<a href=\"\(e($0))\">\(e($0))</a>" }.joined(separator: ", ") + "</p>\n</section>\n"
        }
        out += "<footer>\(e(footer))</footer>\n</main>\n</body>\n</html>\n"
        return out
    }

    private func figure(_ chart: ReportChart) -> String {
        var out = "<figure id=\"\(chart.id)\" class=\"chart\">\n<h2>\(e(chart.text.title))</h2>\n"
        out += chart.inline.element
        out += "<figcaption>\(e(chart.text.caption))</figcaption>\n"
        out += "<p class=\"files\">\(e(strings[.files])): "
        out += [("\(chart.id).csv", strings[.data]), ("\(chart.id).svg", strings[.svgFile]), ("\(chart.id).vl.json", strings[.vegaLiteFile])]
            .map { "<a href=\"\(e($0.0))\">\(e($0.1))</a>" }.joined(separator: " · ")
        return out + "</p>\n</figure>\n"
    }

    private func table(_ table: ReportTable) -> String {
        var out = "<section id=\"\(table.id)\" class=\"table\">\n<h2>\(e(table.text.title))</h2>\n<table class=\"data\">\n<tr>"
        out += table.header.map { "<th>\(e($0))</th>" }.joined() + "</tr>\n"
        for row in table.rows {
            out += "<tr>" + row.enumerated().map { i, cell in
                (table.numeric.indices.contains(i) && table.numeric[i] ? "<td class=\"n\">" : "<td>") + e(cell) + "</td>"
            }.joined() + "</tr>\n"
        }
        out += "</table>\n<p>\(e(table.text.caption))</p>\n"
        out += "<p class=\"files\">\(e(strings[.files])): <a href=\"\(table.id).csv\">\(e(strings[.data]))</a></p>\n</section>\n"
        return out
    }

    private func e(_ text: String) -> String { XMLText.escape(text) }
}
