/// Incidents waiting for responders, in dispatch order: highest current severity first, then
/// earliest occurrence, then lowest index (so ties are reproducible).
///
/// A sorted array rather than a heap: dispatch walks the list in order after every release, which
/// a heap cannot do without popping, and the list is short (tens of incidents even when the
/// force is overwhelmed). An escalation changes a key by removing and re-inserting the incident.
struct WaitingList {
    struct Entry {
        var severity: Int8
        var time: Double
        var incident: Int32

        @inline(__always)
        func precedes(_ other: Entry) -> Bool {
            if severity != other.severity { return severity > other.severity }
            if time != other.time { return time < other.time }
            return incident < other.incident
        }
    }

    private(set) var entries: [Entry] = []

    var count: Int { entries.count }
    var isEmpty: Bool { entries.isEmpty }

    @inline(__always)
    subscript(position: Int) -> Int32 { entries[position].incident }

    /// Inserts an incident at its place in dispatch order.
    ///
    /// - Complexity: O(log n) comparisons and O(n) moves.
    mutating func insert(_ incident: Int32, severity: Int8, time: Double) {
        let entry = Entry(severity: severity, time: time, incident: incident)
        var low = 0, high = entries.count
        while low < high {
            let mid = (low + high) / 2
            if entries[mid].precedes(entry) { low = mid + 1 } else { high = mid }
        }
        entries.insert(entry, at: low)
    }

    /// Removes an incident.
    ///
    /// - Complexity: O(n).
    mutating func remove(_ incident: Int32) {
        if let position = entries.firstIndex(where: { $0.incident == incident }) {
            entries.remove(at: position)
        }
    }
}
