import Scenario

/// Why a scenario, plan and contingency list cannot be simulated together.
///
/// Bad input is caught once, when the ``OperationsModel`` is built; a model that exists runs
/// every replication to completion (an incident nobody could answer is an outcome, not an error).
public struct OperationsError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        /// The plan was made for a different scenario (counts of TPS, posts or vehicle types differ).
        case planMismatch
        /// A number in the plan is out of range (a negative head count, a group index past the end).
        case invalidPlan
        /// A contingency names a kecamatan the scenario does not have.
        case unknownKecamatan
        /// A scripted incident names a type, site or minute that does not exist.
        case invalidScriptedIncident
        /// An option is out of range.
        case invalidOption
    }

    public var kind: Kind
    /// Where: the plan field, contingency id, scripted incident or option.
    public var subject: String
    public var expected: String
    public var found: String

    public init(_ kind: Kind, subject: String, expected: String, found: String) {
        self.kind = kind
        self.subject = subject
        self.expected = expected
        self.found = found
    }

    public var description: String { "\(subject): expected \(expected), found \(found)" }
}

extension OperationsError {
    /// Checks that `plan` fits `scenario` and that every count in it is usable.
    static func check(plan: DeploymentPlan, scenario: Scenario) throws(OperationsError) {
        guard plan.tpsGuardGroup.count == scenario.tps.count else {
            throw OperationsError(.planMismatch, subject: "plan.tpsGuardGroup",
                                  expected: "one entry per TPS (\(scenario.tps.count))", found: "\(plan.tpsGuardGroup.count)")
        }
        guard plan.posts.count == scenario.posts.count else {
            throw OperationsError(.planMismatch, subject: "plan.posts",
                                  expected: "one entry per post (\(scenario.posts.count))", found: "\(plan.posts.count)")
        }
        for (index, force) in plan.posts.enumerated() {
            let subject = "plan.posts[\(index)]"
            guard force.post == index else {
                throw OperationsError(.planMismatch, subject: subject, expected: "post \(index)", found: "post \(force.post)")
            }
            guard force.vehicles.count == scenario.vehicles.count else {
                throw OperationsError(.planMismatch, subject: subject + ".vehicles",
                                      expected: "\(scenario.vehicles.count) vehicle types", found: "\(force.vehicles.count)")
            }
            guard force.reservePersonnel >= 0, force.patrolPersonnel >= 0, force.vehicles.allSatisfy({ $0 >= 0 }) else {
                throw OperationsError(.invalidPlan, subject: subject, expected: "non-negative counts", found: "a negative count")
            }
        }
        for (index, group) in plan.guardGroups.enumerated() where group.police < 0 {
            throw OperationsError(.invalidPlan, subject: "plan.guardGroups[\(index)].police",
                                  expected: "a non-negative head count", found: "\(group.police)")
        }
        let groups = Int32(plan.guardGroups.count)
        if let bad = plan.tpsGuardGroup.firstIndex(where: { $0 < -1 || $0 >= groups }) {
            throw OperationsError(.invalidPlan, subject: "plan.tpsGuardGroup[\(bad)]",
                                  expected: "-1 or a guard group index below \(groups)", found: "\(plan.tpsGuardGroup[bad])")
        }
        guard plan.shifts.reserveShiftsPerDay >= 1 && plan.shifts.reserveShiftsPerDay <= 24 else {
            throw OperationsError(.invalidPlan, subject: "plan.shifts.reserveShiftsPerDay",
                                  expected: "1 to 24 shifts a day", found: "\(plan.shifts.reserveShiftsPerDay)")
        }
        guard plan.shifts.guardShiftHours > 0 && plan.shifts.guardShiftHours.isFinite else {
            throw OperationsError(.invalidPlan, subject: "plan.shifts.guardShiftHours",
                                  expected: "a positive number of hours", found: "\(plan.shifts.guardShiftHours)")
        }
    }

    /// Checks the options' model constants.
    static func check(options: SimulationOptions) throws(OperationsError) {
        guard (1...64).contains(options.candidatePostCount) else {
            throw OperationsError(.invalidOption, subject: "candidatePostCount", expected: "1 to 64",
                                  found: "\(options.candidatePostCount)")
        }
        guard options.guardSpeedKmh > 0 && options.guardSpeedKmh.isFinite else {
            throw OperationsError(.invalidOption, subject: "guardSpeedKmh", expected: "a positive speed",
                                  found: "\(options.guardSpeedKmh)")
        }
        guard options.movedTPSKilometres >= 0 && options.movedTPSKilometres.isFinite else {
            throw OperationsError(.invalidOption, subject: "movedTPSKilometres", expected: "a distance >= 0",
                                  found: "\(options.movedTPSKilometres)")
        }
        guard options.preemptionScanLimit >= 1 else {
            throw OperationsError(.invalidOption, subject: "preemptionScanLimit", expected: "at least 1",
                                  found: "\(options.preemptionScanLimit)")
        }
        guard (0...100).contains(options.maxEscalationsPerIncident) else {
            throw OperationsError(.invalidOption, subject: "maxEscalationsPerIncident", expected: "0 to 100",
                                  found: "\(options.maxEscalationsPerIncident)")
        }
        guard options.escortHandoverMinutes >= 0 && options.escortHandoverMinutes.isFinite else {
            throw OperationsError(.invalidOption, subject: "escortHandoverMinutes", expected: "minutes >= 0",
                                  found: "\(options.escortHandoverMinutes)")
        }
    }
}
