/// Incidents waiting for responders, in dispatch order: highest current severity first, then
/// earliest occurrence, then lowest index (so ties are reproducible).
///
/// When a post gets personnel or a vehicle back, only the waiting incidents it may answer
/// matter, so each waiting incident is filed in one binary heap per (candidate post, the site's
/// access type) (Williams, "Algorithm 232: Heapsort", CACM 7(6), 1964); a release at post p pops
/// p's heaps for the access types its idle vehicles reach, best first. Entries are deleted lazily:
/// an incident that leaves the queue, or re-enters it with a new key after escalating, gets a new
/// stamp, and entries with an old stamp are dropped when they surface. `queued` holds the waiting
/// incidents in no order, for the rare walks over all of them (a shift change).
struct DispatchQueues {
    struct Entry {
        var severity: Int8
        var stamp: UInt32
        var time: Double
        var incident: Int32

        @inline(__always)
        func precedes(_ other: Entry) -> Bool {
            if severity != other.severity { return severity > other.severity }
            if time != other.time { return time < other.time }
            return incident < other.incident
        }
    }

    /// Heap of post p and access a at index `3 p + a`.
    private var heaps: [[Entry]]
    /// The waiting incidents, unordered; `position[i]` is incident i's index here, or -1.
    private(set) var queued: [Int32] = []
    private var position: [Int32] = []
    private var stamp: [UInt32] = []

    init(postCount: Int) {
        heaps = [[Entry]](repeating: [], count: 3 * postCount)
    }

    var isEmpty: Bool { queued.isEmpty }
    var count: Int { queued.count }

    @inline(__always)
    func isQueued(_ incident: Int) -> Bool { incident < position.count && position[incident] >= 0 }

    /// Files incident `incident` under each of `posts` for its site's access type.
    ///
    /// - Complexity: O(k log n) for k posts and n entries per heap.
    mutating func enqueue(_ incident: Int, severity: Int8, time: Double, access: Int, posts: ArraySlice<Int32>) {
        while position.count <= incident {
            position.append(-1)
            stamp.append(0)
        }
        stamp[incident] &+= 1
        position[incident] = Int32(queued.count)
        queued.append(Int32(incident))
        let entry = Entry(severity: severity, stamp: stamp[incident], time: time, incident: Int32(incident))
        for p in posts { push(entry, into: 3 * Int(p) + access) }
    }

    /// Takes an incident out of the queue (its heap entries become stale).
    ///
    /// - Complexity: O(1).
    mutating func dequeue(_ incident: Int) {
        let at = Int(position[incident])
        let last = queued.removeLast()
        if at < queued.count {
            queued[at] = last
            position[Int(last)] = Int32(at)
        }
        position[incident] = -1
        stamp[incident] &+= 1
    }

    /// Whether an entry still stands for a waiting incident.
    @inline(__always)
    func isCurrent(_ entry: Entry) -> Bool {
        let i = Int(entry.incident)
        return position[i] >= 0 && stamp[i] == entry.stamp
    }

    /// Removes and returns the best current entry of post p's heap for access a, or nil.
    ///
    /// - Complexity: O(log n) amortised over the stale entries it drops.
    mutating func popBest(post p: Int, access a: Int) -> Entry? {
        let h = 3 * p + a
        while let top = heaps[h].first {
            pop(h)
            if isCurrent(top) { return top }
        }
        return nil
    }

    /// Puts back an entry that `popBest` returned and could not be served.
    mutating func restore(_ entry: Entry, post p: Int, access a: Int) { push(entry, into: 3 * p + a) }

    // The sifts work on the heap's buffer in place: indexing `heaps[h][i]` on a nested array checks
    // uniqueness on every write, which showed in the profile.
    private mutating func push(_ entry: Entry, into h: Int) {
        heaps[h].append(entry)
        heaps[h].withUnsafeMutableBufferPointer { heap in
            var child = heap.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard entry.precedes(heap[parent]) else { break }
                heap[child] = heap[parent]
                child = parent
            }
            heap[child] = entry
        }
    }

    private mutating func pop(_ h: Int) {
        let last = heaps[h].removeLast()
        guard !heaps[h].isEmpty else { return }
        heaps[h].withUnsafeMutableBufferPointer { heap in
            let n = heap.count
            var parent = 0
            while true {
                var child = 2 * parent + 1
                if child >= n { break }
                if child + 1 < n && heap[child + 1].precedes(heap[child]) { child += 1 }
                guard heap[child].precedes(last) else { break }
                heap[parent] = heap[child]
                parent = child
            }
            heap[parent] = last
        }
    }
}
