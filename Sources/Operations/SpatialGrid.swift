/// A uniform grid over points on the planar projection, for nearest-neighbour queries: the
/// nearest TPS to a contagion offspring's displaced position, and the nearest posts to a site.
///
/// Points are bucketed into square cells of side `cellKm`, chosen so that a cell holds about
/// `itemsPerCell` points on average, and stored cell by cell (compressed rows: `cellStart[c]
/// ..< cellStart[c + 1]` index `items`). A query visits rings of cells around the query's cell,
/// r = 0, 1, 2, ...; a point in ring r + 1 or beyond is at least `r · cellKm` away, so the search
/// stops after ring r once it holds k points no farther than that (Bentley, Weide and Yao,
/// "Optimal expected-time algorithms for closest point problems", ACM TOMS 6(4), 1980).
///
/// - Complexity: O(n) to build; O(k + points in the rings visited) per query, O(k) expected for
///   points spread like TPS.
struct SpatialGrid: Sendable {
    let projection: PlanarProjection
    let minX: Double, minY: Double, cellKm: Double
    let columns: Int, rows: Int
    let cellStart: [Int32]
    let items: [Int32]
    /// Planar coordinates of `items[j]`, in the same order.
    let itemX: [Double], itemY: [Double]

    /// Builds the grid over points `0 ..< latitude.count`.
    init(latitude: [Double], longitude: [Double], itemsPerCell: Double = 2) {
        let n = latitude.count
        projection = PlanarProjection(meanLatitude: n == 0 ? 0 : latitude.reduce(0, +) / Double(n))
        let xs = longitude.map(projection.x), ys = latitude.map(projection.y)
        let lowX = xs.min() ?? 0, highX = xs.max() ?? 0, lowY = ys.min() ?? 0, highY = ys.max() ?? 0
        let width = max(highX - lowX, 1e-3), height = max(highY - lowY, 1e-3)
        let cell = max((width * height * itemsPerCell / Double(max(n, 1))).squareRoot(), 1e-3)
        minX = lowX
        minY = lowY
        cellKm = cell
        columns = min(1 << 15, Int(width / cell) + 1)
        rows = min(1 << 15, Int(height / cell) + 1)
        var counts = [Int32](repeating: 0, count: columns * rows + 1)
        var cellOf = [Int32](repeating: 0, count: n)
        for i in 0..<n {
            let c = Int32(SpatialGrid.cell(xs[i], ys[i], minX: lowX, minY: lowY, size: cell, columns: columns, rows: rows))
            cellOf[i] = c
            counts[Int(c) + 1] += 1
        }
        for c in 0..<(columns * rows) { counts[c + 1] += counts[c] }
        var fill = counts
        var items = [Int32](repeating: 0, count: n)
        var itemX = [Double](repeating: 0, count: n), itemY = [Double](repeating: 0, count: n)
        for i in 0..<n {
            let slot = Int(fill[Int(cellOf[i])])
            fill[Int(cellOf[i])] += 1
            items[slot] = Int32(i)
            itemX[slot] = xs[i]
            itemY[slot] = ys[i]
        }
        cellStart = counts
        self.items = items
        self.itemX = itemX
        self.itemY = itemY
    }

    private static func cell(_ x: Double, _ y: Double, minX: Double, minY: Double, size: Double, columns: Int, rows: Int) -> Int {
        let cx = min(columns - 1, max(0, Int((x - minX) / size)))
        let cy = min(rows - 1, max(0, Int((y - minY) / size)))
        return cy * columns + cx
    }

    /// The point nearest to a position, or nil for an empty grid.
    func nearest(latitude: Double, longitude: Double) -> Int32? {
        var found: [(item: Int32, distance2: Double)] = []
        nearest(1, latitude: latitude, longitude: longitude, into: &found)
        return found.first?.item
    }

    /// The `k` points nearest to a position on the projection, nearest first, into `result`
    /// (emptied first; fewer than `k` when the grid holds fewer points).
    func nearest(_ k: Int, latitude: Double, longitude: Double, into result: inout [(item: Int32, distance2: Double)]) {
        result.removeAll(keepingCapacity: true)
        guard k > 0, !items.isEmpty else { return }
        let x = projection.x(longitude), y = projection.y(latitude)
        let cx = min(columns - 1, max(0, Int((x - minX) / cellKm)))
        let cy = min(rows - 1, max(0, Int((y - minY) / cellKm)))
        let wanted = min(k, items.count)
        let maxRing = max(columns, rows)
        var ring = 0
        while ring <= maxRing {
            visitRing(ring, cx: cx, cy: cy, x: x, y: y, k: wanted, result: &result)
            let reach = Double(ring) * cellKm
            if result.count == wanted, result[wanted - 1].distance2 <= reach * reach { return }
            ring += 1
        }
    }

    /// Offers every point of the cells at Chebyshev distance `ring` from (cx, cy) to `result`.
    private func visitRing(_ ring: Int, cx: Int, cy: Int, x: Double, y: Double, k: Int,
                           result: inout [(item: Int32, distance2: Double)]) {
        let lowY = max(0, cy - ring), highY = min(rows - 1, cy + ring)
        guard lowY <= highY else { return }
        for row in lowY...highY {
            let isEdgeRow = row == cy - ring || row == cy + ring
            let step = isEdgeRow ? 1 : 2 * ring
            var column = cx - ring
            while column <= cx + ring {
                if column >= 0 && column < columns {
                    let c = row * columns + column
                    for j in Int(cellStart[c])..<Int(cellStart[c + 1]) {
                        let dx = itemX[j] - x, dy = itemY[j] - y
                        SpatialGrid.offer(items[j], dx * dx + dy * dy, k: k, into: &result)
                    }
                }
                column += max(step, 1)
            }
        }
    }

    /// Inserts a candidate into a list kept sorted by distance and at most `k` long; ties keep
    /// the lower index first so results do not depend on the visiting order.
    @inline(__always)
    private static func offer(_ item: Int32, _ distance2: Double, k: Int, into result: inout [(item: Int32, distance2: Double)]) {
        if result.count == k {
            let last = result[k - 1]
            guard distance2 < last.distance2 || (distance2 == last.distance2 && item < last.item) else { return }
            result.removeLast()
        }
        var position = result.count
        while position > 0 {
            let previous = result[position - 1]
            if previous.distance2 < distance2 || (previous.distance2 == distance2 && previous.item < item) { break }
            position -= 1
        }
        result.insert((item, distance2), at: position)
    }
}
