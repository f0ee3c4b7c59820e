import Charts

/// Vega-Lite v5 specs written beside each chart, over the chart's own CSV, for users who want to
/// restyle a chart (https://vega.github.io/vega-lite/). Only the spec's text is written; nothing is
/// fetched when the report is opened.
enum VegaLite {
    static let schema = "https://vega.github.io/schema/vega-lite/v5.json"

    /// A top-level spec: schema, title, description, the CSV by file name with typed columns, then `body`.
    static func spec(id: String, text: ChartText, numbers: [String], body: [(String, JSONValue)]) -> JSONValue {
        let parse = JSONValue.object(numbers.map { ($0, .string("number")) })
        let data = JSONValue.object([("url", .string(id + ".csv")), ("format", .object([("type", .string("csv")), ("parse", parse)]))])
        return .object([("$schema", .string(schema)), ("title", .string(text.title)), ("description", .string(text.caption)),
                        ("data", data)] + body)
    }

    /// An encoding channel: `{"field": ..., "type": ..., "title": ...}` plus extras.
    static func channel(_ field: String, _ type: String, title: String? = nil, _ extra: [(String, JSONValue)] = []) -> JSONValue {
        var members: [(String, JSONValue)] = [("field", .string(field)), ("type", .string(type))]
        if let title { members.append(("title", .string(title))) }
        return .object(members + extra)
    }

    /// A colour scale with a fixed domain and range, so that colours match the SVG.
    static func scale(domain: [String], range: [String]) -> JSONValue {
        .object([("domain", .array(domain.map { .string($0) })), ("range", .array(range.map { .string($0) }))])
    }

    static func mark(_ type: String, _ extra: [(String, JSONValue)] = []) -> JSONValue {
        extra.isEmpty ? .string(type) : .object([("type", .string(type))] + extra)
    }
}
