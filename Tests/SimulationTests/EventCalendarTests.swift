import Testing
@testable import Simulation

@Suite("EventCalendar")
struct EventCalendarTests {
    @Test("an entry is at most 24 bytes")
    func entrySize() {
        #expect(MemoryLayout<CalendarEntry>.stride <= 24)
    }

    @Test("equal time and priority leave first in, first out")
    func fifoTies() {
        var calendar = EventCalendar()
        for payload in UInt32(0)..<50 { calendar.schedule(at: 7.5, payload: payload) }
        var order: [UInt32] = []
        while let entry = calendar.popMin() { order.append(entry.payload) }
        #expect(order == Array(0..<50))
    }

    @Test("at equal times the smaller priority leaves first, then FIFO")
    func priorityOrdering() {
        var calendar = EventCalendar()
        calendar.schedule(at: 1, priority: .monitor, payload: 0)
        calendar.schedule(at: 1, priority: .normal, payload: 1)
        calendar.schedule(at: 1, priority: .seize, payload: 2)
        calendar.schedule(at: 1, priority: .release, payload: 3)
        calendar.schedule(at: 0.5, priority: .monitor, payload: 4)
        calendar.schedule(at: 1, priority: .urgent, payload: 5)
        calendar.schedule(at: 1, priority: .release, payload: 6)
        calendar.schedule(at: 1, priority: EventPriority(rawValue: 80), payload: 7)
        var order: [UInt32] = []
        while let entry = calendar.popMin() { order.append(entry.payload) }
        #expect(order == [4, 5, 3, 6, 7, 2, 1, 0])
    }

    @Test("order bits sort like the times, negative and zero included")
    func orderBits() {
        let times: [Double] = [-1e300, -3.5, -1, -Double.leastNonzeroMagnitude, -0.0, 0, 1e-300, 0.1, 1, 2, 1e300, .infinity]
        let bits = times.map(CalendarEntry.orderBits(of:))
        for i in 1..<times.count {
            if times[i - 1] == times[i] {
                #expect(bits[i - 1] == bits[i], "\(times[i - 1]) and \(times[i]) should share a key")
            } else {
                #expect(bits[i - 1] < bits[i], "\(times[i - 1]) should sort before \(times[i])")
            }
        }
        for time in times {
            let entry = CalendarEntry(time: time, priority: .normal, sequence: 3, payload: 9)
            #expect(entry.time == time && entry.priority == .normal && entry.sequence == 3)
        }
    }

    @Test("replaceMin equals popMin followed by schedule")
    func replaceMinMatchesPopPush() {
        var stream = RandomStream(seed: 11, purpose: .benchmark)
        var fast = EventCalendar()
        var slow = EventCalendar()
        for payload in UInt32(0)..<1_000 {
            let time = stream.uniform(0, 10).rounded(.down)
            fast.schedule(at: time, payload: payload)
            slow.schedule(at: time, payload: payload)
        }
        for payload in UInt32(1_000)..<6_000 {
            let delay = stream.uniform(0, 3).rounded(.down)
            let priority = stream.bernoulli(0.5) ? EventPriority.release : .normal
            let now = fast.peek()!.time
            let replaced = fast.replaceMin(time: now + delay, priority: priority, payload: payload)
            let popped = slow.popMin()!
            slow.schedule(at: now + delay, priority: priority, payload: payload)
            #expect(replaced == popped)
        }
        fast._checkInvariants()
        var fastOrder: [CalendarEntry] = []
        var slowOrder: [CalendarEntry] = []
        while let entry = fast.popMin() { fastOrder.append(entry) }
        while let entry = slow.popMin() { slowOrder.append(entry) }
        #expect(fastOrder == slowOrder)
    }

    @Test("random operations match a sorted reference", arguments: [UInt64(1), 2, 3, 42])
    func matchesSortedReference(seed: UInt64) {
        var stream = RandomStream(seed: seed, purpose: .benchmark)
        var calendar = EventCalendar()
        var reference: [CalendarEntry] = []  // kept sorted, earliest first
        var sequence: UInt64 = 0
        var now = 0.0
        for step in 0..<5_000 {
            let operation = stream.integer(below: 10)
            let time = now + Double(stream.integer(below: 4))  // few distinct times: many ties
            let priority = EventPriority(rawValue: UInt8(stream.integer(below: 3)) * 64)
            let payload = UInt32(step)
            if operation < 5 || reference.isEmpty {
                calendar.schedule(at: time, priority: priority, payload: payload)
                insert(CalendarEntry(time: time, priority: priority, sequence: sequence, payload: payload), into: &reference)
                sequence += 1
            } else if operation < 8 {
                let popped = calendar.popMin()
                #expect(popped == reference.removeFirst(), "seed \(seed), step \(step)")
                now = popped?.time ?? now
            } else {
                let replaced = calendar.replaceMin(time: time, priority: priority, payload: payload)
                #expect(replaced == reference.removeFirst(), "seed \(seed), step \(step)")
                insert(CalendarEntry(time: time, priority: priority, sequence: sequence, payload: payload), into: &reference)
                sequence += 1
            }
            #expect(calendar.count == reference.count)
            #expect(calendar.peek() == reference.first, "seed \(seed), step \(step)")
            #expect(calendar.peekAfterMin() == reference.dropFirst().first, "seed \(seed), step \(step)")
            if step % 500 == 0 { calendar._checkInvariants() }
        }
        #expect(calendar.scheduledCount == sequence)
    }

    @Test("an empty calendar pops and peeks nothing")
    func empty() {
        var calendar = EventCalendar()
        calendar.reserveCapacity(16)
        #expect(calendar.isEmpty && calendar.count == 0)
        #expect(calendar.popMin() == nil && calendar.peek() == nil && calendar.peekAfterMin() == nil)
        calendar.schedule(at: 2, payload: 1)
        #expect(calendar.peekAfterMin() == nil)
        #expect(calendar.popMin()?.payload == 1)
        #expect(calendar.isEmpty)
    }

    private func insert(_ entry: CalendarEntry, into sorted: inout [CalendarEntry]) {
        let index = sorted.firstIndex { entry.precedes($0) } ?? sorted.endIndex
        sorted.insert(entry, at: index)
    }
}
