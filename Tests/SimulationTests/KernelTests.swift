import Testing
import Simulation

/// A single-server queue whose arrivals and service times are fixed or
/// drawn from streams; it records arrive/start/depart on its monitor.
struct TinyBank<M: Monitor>: EventHandler {
    enum Event: Sendable { case arrive(Int), depart(Int) }

    var monitor: M
    /// Fixed service time, or `nil` to draw Exp(mean 1.5) from `service`.
    var fixedService: Double?
    var service = RandomStream(seed: 0, purpose: .service)
    var queue: [Int] = []
    var isBusy = false

    mutating func handle(_ event: Event, kernel: inout Kernel<Event>) {
        switch event {
        case .arrive(let id):
            monitor.record("arrive \(id)", time: kernel.now)
            if isBusy { queue.append(id) } else { start(id, kernel: &kernel) }
        case .depart(let id):
            monitor.record("depart \(id)", time: kernel.now)
            isBusy = false
            if !queue.isEmpty { start(queue.removeFirst(), kernel: &kernel) }
        }
    }

    private mutating func start(_ id: Int, kernel: inout Kernel<Event>) {
        isBusy = true
        monitor.record("start \(id)", time: kernel.now)
        let duration = fixedService ?? service.exponential(mean: 1.5)
        // A departure releases the server before a same-time arrival seizes it.
        kernel.schedule(.depart(id), after: duration, priority: .release)
    }
}

/// Runs TinyBank with `customers` Exp(mean 1) arrivals from `seed`.
func randomBankTrace(seed: UInt64, customers: Int = 200) -> [TraceRecord] {
    var arrivals = RandomStream(seed: seed, purpose: .arrivals)
    var bank = TinyBank(monitor: TraceMonitor(), fixedService: nil)
    bank.service = RandomStream(seed: seed, purpose: .service)
    var kernel = Kernel<TinyBank<TraceMonitor>.Event>()
    var time = 0.0
    for id in 0..<customers {
        kernel.schedule(.arrive(id), at: time, priority: .arrival)
        time += arrivals.exponential(mean: 1)
    }
    kernel.run(handler: &bank)
    return bank.monitor.records
}

@Suite("Kernel")
struct KernelTests {
    /// Arrivals at 0, 1, 2, 4.5 and a fixed service of 1.5, worked out by hand.
    /// At 4.5 the departure of 2 (priority release) runs before the arrival
    /// of 3 (priority arrival) although the arrival was scheduled first.
    static let expectedTrace: [TraceRecord] = [
        .init(name: "arrive 0", time: 0), .init(name: "start 0", time: 0),
        .init(name: "arrive 1", time: 1), .init(name: "depart 0", time: 1.5),
        .init(name: "start 1", time: 1.5), .init(name: "arrive 2", time: 2),
        .init(name: "depart 1", time: 3), .init(name: "start 2", time: 3),
        .init(name: "depart 2", time: 4.5), .init(name: "arrive 3", time: 4.5),
        .init(name: "start 3", time: 4.5), .init(name: "depart 3", time: 6),
    ]

    private func fixedBank() -> (Kernel<TinyBank<TraceMonitor>.Event>, TinyBank<TraceMonitor>) {
        var kernel = Kernel<TinyBank<TraceMonitor>.Event>()
        for (id, time) in [0.0, 1, 2, 4.5].enumerated() {
            kernel.schedule(.arrive(id), at: time, priority: .arrival)
        }
        return (kernel, TinyBank(monitor: TraceMonitor(), fixedService: 1.5))
    }

    @Test("a tiny fixed model produces the hand-checked trace")
    func handCheckedTrace() {
        var (kernel, bank) = fixedBank()
        kernel.run(handler: &bank)
        #expect(bank.monitor.records == Self.expectedTrace)
        #expect(kernel.now == 6)
        #expect(kernel.processedEventCount == 8)
        #expect(kernel.pendingEventCount == 0 && kernel.peek() == nil)
    }

    @Test("run(until:) stops before the limit, sets now and leaves later events pending")
    func runUntil() {
        var (kernel, bank) = fixedBank()
        kernel.run(until: 4.5, handler: &bank)
        // Events at exactly 4.5 stay pending, as in SimPy.
        #expect(bank.monitor.records == Array(Self.expectedTrace.prefix(8)))
        #expect(kernel.now == 4.5)
        #expect(kernel.pendingEventCount == 2 && kernel.peek() == 4.5)
        kernel.run(until: 5, handler: &bank)
        #expect(bank.monitor.records == Array(Self.expectedTrace.prefix(11)))
        #expect(kernel.now == 5 && kernel.peek() == 6 && kernel.pendingEventCount == 1)
        kernel.run(handler: &bank)
        #expect(bank.monitor.records == Self.expectedTrace)
    }

    @Test("the same random model run twice gives the same whole trace")
    func determinism() {
        let first = randomBankTrace(seed: 7)
        let second = randomBankTrace(seed: 7)
        #expect(first.count == 600)
        #expect(first == second)
        #expect(first != randomBankTrace(seed: 8))
    }

    @Test("equal-time events run by priority, then first in first out")
    func sameTimeOrdering() {
        var kernel = Kernel<String>()
        kernel.schedule("monitor", at: 2, priority: .monitor)
        kernel.schedule("normal a", at: 2)
        kernel.schedule("arrival", at: 2, priority: .arrival)
        kernel.schedule("normal b", at: 2)
        kernel.schedule("release", at: 2, priority: .release)
        kernel.schedule("early", at: 1, priority: .monitor)
        kernel.schedule("normal c", at: 2)
        var names: [String] = []
        while let (time, name) = kernel.next() {
            names.append(name)
            #expect(kernel.now == time)
        }
        #expect(names == ["early", "release", "arrival", "normal a", "normal b", "normal c", "monitor"])
        #expect(kernel.processedEventCount == 7)
    }

    @Test("next() hands out the root lazily without changing what is observable")
    func lazyRootRemoval() {
        var kernel = Kernel<Int>(startTime: 10, capacity: 4)
        kernel.schedule(1, after: 1)
        kernel.schedule(2, after: 3)
        kernel.schedule(3, after: 2)
        #expect(kernel.next()! == (11, 1))
        #expect(kernel.pendingEventCount == 2 && kernel.peek() == 12)
        kernel.schedule(4, after: 0)  // replaces the handed-out root
        kernel.schedule(5, after: 0)
        #expect(kernel.pendingEventCount == 4 && kernel.peek() == 11)
        var order: [Int] = []
        while let (_, event) = kernel.next() { order.append(event) }
        #expect(order == [4, 5, 3, 2])
        #expect(kernel.now == 13 && kernel.processedEventCount == 5)
    }

    @Test("a NullMonitor records nothing and never builds the name")
    func nullMonitor() {
        var monitor = NullMonitor()
        var built = false
        monitor.record({ built = true; return "x" }(), time: 0)
        #expect(!built && !monitor.isRecording)
        var trace = TraceMonitor()
        trace.record("a", time: 1)
        #expect(trace.names == ["a"] && trace.isRecording)
    }

    @Test("scheduling in the past stops the program")
    func schedulingInThePast() async {
        await #expect(processExitsWith: .failure) {
            var kernel = Kernel<Int>()
            kernel.schedule(1, at: 5)
            _ = kernel.next()
            kernel.schedule(2, at: 4.9)
        }
    }
}
