import Testing
@testable import Operations
@testable import Scenario

/// A scenario without escorts runs exactly as before escorts were modelled: the KPIs of Ketapang
/// with its escorts removed, bit for bit, against values recorded from the model before the change
/// (commit bb420aa, plan TestPlans.allAtHeadquarters, the scenario's contingencies and seed).
@Suite("No escorts, no change")
struct EscortRegressionTests {
    /// The 34 KPIs of replications 0 and 1 before escorts, in `KPI.all` order, as bit patterns.
    static let before: [[UInt64]] = [
        [
            0x4073300000000000, 0x4058c00000000000, 0x4065a60eb0331fe0, 0x405ffbb099999800, 0x4074e8bdd97f6d8f,
            0x4078942440000000, 0x403b316451335536, 0x407174d2bb1f09f3, 0x3fda8b35166a2cd4, 0x3fc29e4129e4129e, 0x0,
            0x4046800000000000, 0x0, 0x4045800000000000, 0x4024000000000000, 0x3fe33f3dbd22829a, 0x4107190000000000,
            0x3f9402b7b9596abb, 0x3f79afdcb601fc83, 0x4032000000000000, 0x40a8534ffee149b7, 0x4120357bf3b64b72,
            0x41d6813afffffffc, 0x41a66c29614e6e8a, 0x4179bfcc00000000, 0x41b53272248fcaca, 0x0, 0x41df025be54dc08d,
            0x3ff0000000000000, 0x40cf4a11b7d7bc82, 0x4008000000000000, 0x3ff0000000000000, 0x40b4a3ae244af89c, 0x0
        ],
        [
            0x4074f00000000000, 0x4058000000000000, 0x4061ba98a983d4a4, 0x4059914200000000, 0x40770f0e5eb851e8,
            0x407ac75e028f5c19, 0x402c671abe6112a6, 0x406e418ade309065, 0x3fd9dc79354a3011, 0x3fce5f75270d0457, 0x0,
            0x4048000000000000, 0x0, 0x4046000000000000, 0x4026000000000000, 0x3fe2337eec85cc5a, 0x4107190000000000,
            0x3f988edb5011e8f7, 0x3f7c617cd909038c, 0x4026000000000000, 0x40ada32960bad5cb, 0x412049ab7f3d5899,
            0x41d6813b00000006, 0x41a79694ff19f1c1, 0x416f78a400000000, 0x41b6d06a0db53049, 0x0, 0x41df67196b508a50,
            0x3ff0000000000000, 0x40ce92292a73d662, 0x4008000000000000, 0x3ff0000000000000, 0x40aa67aa23625484,
            0x3ff0000000000000
        ],
    ]
    /// Person-hours by phase, the same way.
    static let phaseHoursBefore: [[UInt64]] = [
        [
            0x41144db55fcaf138, 0x40cc8d4311ed24ef, 0x4091c70a0cd87348, 0x40b2c5c0eb5d45f2, 0x40c7e5156017b2d5,
            0x4101ec2e7c0e0193, 0x40d26ba7850306ca
        ],
        [
            0x41144af239bec24d, 0x40cc7c081ff8a5f2, 0x40923efab387447d, 0x40b2e7730373ddc2, 0x40c9e791ba9daffd,
            0x4102229e00b68099, 0x40d261c2ecaa5047
        ],
    ]

    @Test("Ketapang without escorts: every earlier KPI bit for bit, the escort KPIs empty", arguments: [0, 1])
    func identicalWithoutEscorts(replication: Int) throws {
        var scenario = try Fixture.ketapang()
        scenario.timeline.escorts = []
        let model = try OperationsModel(scenario: scenario, plan: TestPlans.allAtHeadquarters(scenario),
                                        contingencies: scenario.contingencies, options: SimulationOptions())
        let result = model.run(replication: replication, seed: scenario.seed)
        #expect(Array(result.kpis.prefix(34).map(\.bitPattern)) == Self.before[replication])
        #expect(result.personnelHoursByPhase.map(\.bitPattern) == Self.phaseHoursBefore[replication])
        #expect(Fixture.kpi(result, "escort_convoys") == 0 && Fixture.kpi(result, "escort_delay_mean_minutes").isNaN)
        #expect(Fixture.kpi(result, "escort_personnel_hours") == 0 && Fixture.kpi(result, "escorts_unfinished") == 0)
    }

    @Test("Escorts due outside the timeline change nothing at all")
    func escortsOutsideTheTimeline() throws {
        var scenario = try Fixture.ketapang()
        scenario.timeline.escorts = []
        let plan = TestPlans.allAtHeadquarters(scenario)
        let without = try OperationsModel(scenario: scenario, plan: plan, contingencies: scenario.contingencies,
                                          options: SimulationOptions()).run(replication: 2, seed: scenario.seed)
        let end = scenario.timeline.endMinute
        scenario.timeline.escorts = [Timeline.Escort(id: "late", kind: .resultsIn, startMinute: end, endMinute: end + 600,
                                                     personnelPerConvoy: 2, convoys: 3, vehicle: .car)]
        let with = try OperationsModel(scenario: scenario, plan: plan, contingencies: scenario.contingencies,
                                       options: SimulationOptions()).run(replication: 2, seed: scenario.seed)
        #expect(DeterminismTests.isIdentical(without, with) && without.events == with.events)
    }
}
