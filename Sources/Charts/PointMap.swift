import Foundation

/// Points on a map from longitude and latitude, in the equirectangular projection scaled by the
/// cosine of the mean latitude, with a scale bar in kilometres and a north arrow.
///
/// ```
/// x = R * (lon - lon_mid) * cos(lat_mean),  y = R * (lat - lat_mid),  angles in radians,
/// R = 6371.0088 km (the mean Earth radius, IUGG)
/// ```
/// Over a district (a few hundred kilometres) the distortion of distances is below a few percent,
/// which a planning map can bear; the scale bar is true at the mean latitude.
public struct PointMap {
    public struct Point: Sendable {
        public var longitude: Double
        public var latitude: Double
        public var shape: MarkerShape
        public var fill: String
        public var size: Double
        public init(longitude: Double, latitude: Double, shape: MarkerShape, fill: String, size: Double) {
            self.longitude = longitude; self.latitude = latitude; self.shape = shape; self.fill = fill; self.size = size
        }
    }

    public static let earthRadiusKilometres = 6371.0088

    public var text: ChartText
    /// Layers drawn in order, the last on top.
    public var layers: [[Point]]
    /// Legends above the map, one after the other (for example colours, then shapes).
    public var legends: [Legend]
    /// The scale bar's label for a length in kilometres, such as `20 km`.
    public var scaleLabel: (Double) -> String
    /// The letter on the north arrow.
    public var north = "N"
    public var width = 860.0
    public var maxPlotHeight = 640.0
    public var idPrefix = "map"

    public init(text: ChartText, layers: [[Point]], legends: [Legend], scaleLabel: @escaping (Double) -> String) {
        self.text = text; self.layers = layers; self.legends = legends; self.scaleLabel = scaleLabel
    }

    /// The projection of the map's points: kilometres east and north of the extent's centre.
    public struct Projection: Sendable {
        public let longitudeMid: Double
        public let latitudeMid: Double
        public let cosine: Double

        public init(points: [Point]) {
            let lons = points.map(\.longitude), lats = points.map(\.latitude)
            longitudeMid = ((lons.min() ?? 0) + (lons.max() ?? 0)) / 2
            latitudeMid = ((lats.min() ?? 0) + (lats.max() ?? 0)) / 2
            let mean = lats.isEmpty ? 0 : lats.reduce(0, +) / Double(lats.count)
            cosine = cos(mean * .pi / 180)
        }

        /// (east, north) in kilometres.
        public func kilometres(longitude: Double, latitude: Double) -> (x: Double, y: Double) {
            let k = PointMap.earthRadiusKilometres * .pi / 180
            return ((longitude - longitudeMid) * cosine * k, (latitude - latitudeMid) * k)
        }
    }

    /// The drawing; `withText: false` leaves out the title and caption (for a page that sets them as text).
    public func document(withText: Bool = true) -> SVGDocument {
        var (document, top) = ChartLayout.begin(text, legends: legends, width: width, idPrefix: idPrefix, withText: withText)
        let all = layers.flatMap { $0 }
        let projection = Projection(points: all)
        let km = all.map { projection.kilometres(longitude: $0.longitude, latitude: $0.latitude) }
        let (minX, maxX) = (km.map(\.x).min() ?? -1, km.map(\.x).max() ?? 1)
        let (minY, maxY) = (km.map(\.y).min() ?? -1, km.map(\.y).max() ?? 1)
        let spanX = max(maxX - minX, 1), spanY = max(maxY - minY, 1)
        let available = width - 2 * ChartLayout.margin, pad = 14.0
        let pixelsPerKm = min((available - 2 * pad) / spanX, (maxPlotHeight - 2 * pad) / spanY)
        let frameHeight = spanY * pixelsPerKm + 2 * pad
        let frame = Rect(x: ChartLayout.margin, y: top + 2, width: available, height: frameHeight)
        let originX = frame.x + (frame.width - spanX * pixelsPerKm) / 2
        document.rect(frame, fill: "#FAFAF7", stroke: Palette.frame, strokeWidth: 1)
        for layer in layers {
            for point in layer {
                let p = projection.kilometres(longitude: point.longitude, latitude: point.latitude)
                let px = originX + (p.x - minX) * pixelsPerKm, py = frame.y + pad + (maxY - p.y) * pixelsPerKm
                document.append(point.shape.element(x: px, y: py, size: point.size, fill: point.fill))
            }
        }
        drawScaleBar(in: &document, frame: frame, pixelsPerKm: pixelsPerKm)
        drawNorthArrow(in: &document, frame: frame)
        document.plotRegion = frame
        ChartLayout.finish(&document, caption: text.caption, y: frame.maxY + 6, withText: withText)
        return document
    }

    /// A bar of a nice length (about a fifth of the frame), in two halves, at the bottom left.
    private func drawScaleBar(in document: inout SVGDocument, frame: Rect, pixelsPerKm: Double) {
        let kilometres = NiceTicks.nice(frame.width / 5 / pixelsPerKm, round: true)
        let length = kilometres * pixelsPerKm
        let x = frame.x + 14, y = frame.maxY - 16
        document.rect(Rect(x: x - 6, y: y - 16, width: length + 12 + TextMetrics.width(scaleLabel(kilometres), size: 11) + 8,
                           height: 26), fill: Palette.background, opacity: 0.85)
        document.rect(Rect(x: x, y: y, width: length / 2, height: 5), fill: Palette.ink, stroke: Palette.ink)
        document.rect(Rect(x: x + length / 2, y: y, width: length / 2, height: 5), fill: Palette.background, stroke: Palette.ink)
        document.text("0", x: x, y: y - 4, size: 10, anchor: "middle")
        document.text(scaleLabel(kilometres), x: x + length + 6, y: y + 6, size: 11)
    }

    private func drawNorthArrow(in document: inout SVGDocument, frame: Rect) {
        let x = frame.maxX - 22, y = frame.y + 14
        let f = SVGNumber.format
        let d = "M\(f(x)) \(f(y))L\(f(x + 7)) \(f(y + 20))L\(f(x)) \(f(y + 15))L\(f(x - 7)) \(f(y + 20))Z"
        document.path(d, stroke: nil, fill: Palette.ink)
        document.text(north, x: x, y: y + 33, size: 11, anchor: "middle", weight: "bold")
    }
}
